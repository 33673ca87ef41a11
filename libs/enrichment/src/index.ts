// Optional enrichment adapters (machine translation, embeddings), off by default.
export {};

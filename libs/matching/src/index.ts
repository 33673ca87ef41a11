// Matching: pure scoring functions, candidate generation, match lists and broker reviews.
export {};

/** The parts of a posting (one language version of it) that say what it is about. */
export interface EmbeddingTextParts {
  title: string;
  summary?: string | null;
  keywords?: readonly string[] | null;
  description?: string | null;
}

/** Default cut, in characters: about 500 tokens of CJK text and well within most embedding models' limits. */
export const EMBEDDING_TEXT_MAX_CHARS = 2_000;

/**
 * Version of the recipe below. Part of the fingerprint: changing what is embedded changes the
 * vectors, so a new recipe must bump it and documents are re-embedded as after a model change.
 */
export const EMBEDDING_TEXT_VERSION = 1;

/**
 * What to embed for a posting: title, keywords, summary, then description, one per line with
 * whitespace collapsed, empty parts and a summary that repeats the title left out, cut to
 * `maxChars` characters (at a space when one is near the end, never inside a character).
 * An empty result means there is nothing to embed.
 */
export function embeddingText(parts: EmbeddingTextParts, maxChars = EMBEDDING_TEXT_MAX_CHARS): string {
  if (!Number.isInteger(maxChars) || maxChars < 1) throw new RangeError(`maxChars must be ≥ 1, got ${maxChars}`);
  const title = collapse(parts.title);
  const summary = collapse(parts.summary);
  const lines = [
    title,
    (parts.keywords ?? []).map(collapse).filter(Boolean).join(', '),
    summary.toLowerCase() === title.toLowerCase() ? '' : summary,
    collapse(parts.description),
  ].filter(Boolean);
  return cut(lines.join('\n'), maxChars);
}

/**
 * Identifies the vector space a document's vector lives in: the embedding model, its dimensions
 * and the version of `embeddingText`. Stored beside each vector; when the current one differs, the
 * vector is stale (another model or recipe) and must be recomputed, never compared.
 */
export function vectorFingerprint(model: string, dimensions: number): string {
  if (!model.trim()) throw new RangeError('the embedding model name is empty');
  if (!Number.isInteger(dimensions) || dimensions < 1) {
    throw new RangeError(`dimensions must be a positive integer, got ${dimensions}`);
  }
  return `emb${EMBEDDING_TEXT_VERSION}:${dimensions}:${model.trim()}`;
}

function collapse(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** The first `maxChars` code points, ending at a space when there is one in the last fifth. */
function cut(text: string, maxChars: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  const head = chars.slice(0, maxChars).join('');
  const space = head.search(/\s\S*$/);
  return (space >= head.length * 0.8 ? head.slice(0, space) : head).trimEnd();
}

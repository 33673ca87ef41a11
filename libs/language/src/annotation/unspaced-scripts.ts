/**
 * Languages written without spaces between words. Their labels are found by substring search on
 * normalised text rather than by comparing analyzer tokens: a segmenter may cut the same
 * compound differently in a short label and in a long sentence.
 */
const UNSPACED_LANGUAGES = new Set(['zh', 'th', 'ja', 'lo', 'km', 'my']);

export function isUnspacedLanguage(language: string): boolean {
  return UNSPACED_LANGUAGES.has(language);
}

/** Languages whose own script is not Latin: Latin words inside them are usually English terms. */
const NON_LATIN_LANGUAGES = new Set(['zh', 'th', 'ja', 'ru', 'uk', 'kk', 'ar', 'fa', 'ur', 'hi', 'bn', 'am', 'ko']);

export function writesInNonLatinScript(language: string): boolean {
  return NON_LATIN_LANGUAGES.has(language);
}

/**
 * Case and width folding that keeps string length, so offsets found in the folded text are the
 * offsets in the original (full-width Latin letters and digits become ASCII; case is lowered).
 */
export function foldKeepingOffsets(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const narrowed = code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : ch;
    const lower = narrowed.toLowerCase();
    out += lower.length === narrowed.length ? lower : narrowed;
  }
  return out;
}

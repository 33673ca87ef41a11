/** A language a translation server reads, and the languages it can translate it into. */
export interface TranslationLanguage {
  code: string;
  name: string;
  targets: string[];
}

/**
 * Machine translation, optional: the engine bridges languages without it (thesaurus concepts, IPC
 * codes, technical tokens). Inject with `@Inject(TRANSLATION_PROVIDER)`; the value is `null` when off.
 */
export interface TranslationProvider {
  /** Names the server in logs and errors, e.g. `libretranslate:http://127.0.0.1:5000`. */
  readonly id: string;
  /**
   * The translations of `texts` from `from` into `to`, in the same order and number. Blank texts
   * come back as they are, without a request; `from === to` returns the texts unchanged.
   * Throws `EnrichmentError` (naming the provider and the HTTP status, never the texts).
   */
  translate(texts: readonly string[], from: string, to: string, signal?: AbortSignal): Promise<string[]>;
  /** The server's languages (cached for a few minutes). */
  languages(): Promise<TranslationLanguage[]>;
  /** Whether the server translates `from` into `to`. */
  supports(from: string, to: string): Promise<boolean>;
}

/**
 * The languages the engine handles by name (ISO 639-1). Text in any other language is still
 * accepted and indexed with a language-neutral analysis; see `libs/search` for the analyzers.
 * README.md lists the same table; a unit test keeps them in step.
 */
export const LANGUAGES = {
  zh: 'Chinese',
  en: 'English',
  ru: 'Russian',
  pt: 'Portuguese',
  es: 'Spanish',
  fr: 'French',
  ar: 'Arabic',
  fa: 'Persian',
  hi: 'Hindi',
  id: 'Indonesian',
  th: 'Thai',
  bn: 'Bengali',
  tr: 'Turkish',
  vi: 'Vietnamese',
  de: 'German',
  sw: 'Swahili',
  am: 'Amharic',
} as const;

export type LanguageCode = keyof typeof LANGUAGES;

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as LanguageCode[];

export function isLanguageCode(value: string): value is LanguageCode {
  return Object.hasOwn(LANGUAGES, value);
}

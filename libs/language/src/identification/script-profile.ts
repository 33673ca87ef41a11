/** Writing systems we tell apart by code point; `latin` and `cyrillic` need more than the script. */
export type Script =
  | 'han'
  | 'kana'
  | 'hangul'
  | 'thai'
  | 'lao'
  | 'khmer'
  | 'myanmar'
  | 'ethiopic'
  | 'devanagari'
  | 'bengali'
  | 'gurmukhi'
  | 'gujarati'
  | 'tamil'
  | 'telugu'
  | 'kannada'
  | 'malayalam'
  | 'sinhala'
  | 'arabic'
  | 'hebrew'
  | 'greek'
  | 'armenian'
  | 'georgian'
  | 'cyrillic'
  | 'latin';

const RANGES: [Script, RegExp][] = [
  ['han', /\p{Script=Han}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['thai', /\p{Script=Thai}/u],
  ['lao', /\p{Script=Lao}/u],
  ['khmer', /\p{Script=Khmer}/u],
  ['myanmar', /\p{Script=Myanmar}/u],
  ['ethiopic', /\p{Script=Ethiopic}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['bengali', /\p{Script=Bengali}/u],
  ['gurmukhi', /\p{Script=Gurmukhi}/u],
  ['gujarati', /\p{Script=Gujarati}/u],
  ['tamil', /\p{Script=Tamil}/u],
  ['telugu', /\p{Script=Telugu}/u],
  ['kannada', /\p{Script=Kannada}/u],
  ['malayalam', /\p{Script=Malayalam}/u],
  ['sinhala', /\p{Script=Sinhala}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['greek', /\p{Script=Greek}/u],
  ['armenian', /\p{Script=Armenian}/u],
  ['georgian', /\p{Script=Georgian}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['latin', /\p{Script=Latin}/u],
];

/** How many letters of each script a text has (digits, punctuation and symbols ignored). */
export function scriptProfile(text: string): { counts: Map<Script, number>; letters: number } {
  const counts = new Map<Script, number>();
  let letters = 0;
  for (const char of text) {
    if (!/\p{L}|\p{M}/u.test(char)) continue;
    const script = RANGES.find(([, re]) => re.test(char))?.[0];
    if (!script) continue;
    letters += 1;
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return { counts, letters };
}

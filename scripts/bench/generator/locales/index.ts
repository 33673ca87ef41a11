/** The language banks and how often postings are written in each language. */
import type { Locale } from '../generator.types.ts';
import { en } from './en.ts';

export const LOCALES: Record<string, Locale> = { en };

/** Share of postings per language: Chinese, English, Russian, Portuguese and Spanish weigh most. */
export const LANGUAGE_SHARES: readonly (readonly [string, number])[] = [
  ['zh', 22],
  ['en', 20],
  ['ru', 11],
  ['pt', 9],
  ['es', 9],
  ['fr', 6],
  ['ar', 6],
  ['hi', 5],
  ['id', 4],
  ['th', 3],
  ['fa', 3],
  ['sw', 2],
];

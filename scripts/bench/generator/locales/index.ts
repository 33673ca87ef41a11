/** The language banks and how often postings are written in each language. */
import type { Locale } from '../generator.types.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fa } from './fa.ts';
import { fr } from './fr.ts';
import { hi } from './hi.ts';
import { id } from './id.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import { sw } from './sw.ts';
import { th } from './th.ts';
import { zh } from './zh.ts';

export const LOCALES: Record<string, Locale> = { zh, en, ru, pt, es, fr, ar, hi, id, th, fa, sw };

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

/** The interchange rows (shared/eval/README.md) and the vocabulary the language banks fill in. */

// The engine's own list (a plain module, importable from scripts).
import type { CooperationMode } from '../../../libs/postings/src/posting.types.ts';
export { COOPERATION_MODES, type CooperationMode } from '../../../libs/postings/src/posting.types.ts';

export interface Money {
  amount: number;
  currency: string;
}

export interface OfferRow {
  externalId: string;
  title: string;
  summary: string;
  description: string;
  language: string;
  country: string;
  organization: { name: string; type: 'research_institute' | 'university' | 'company' };
  trl: number;
  ipcCodes: string[];
  cooperationModes: CooperationMode[];
  keywords: string[];
  askingPrice: Money | null;
}

export interface DemandRow {
  externalId: string;
  title: string;
  summary: string;
  description: string;
  language: string;
  country: string;
  organization: { name: string; type: 'company' | 'research_institute' | 'government' };
  desiredTrlMin: number;
  ipcCodes: string[];
  cooperationModes: CooperationMode[];
  keywords: string[];
  budget: Money | null;
  deadline: string | null;
}

/** A row and the thesaurus concept it was written about (not part of the row: for checks and ground truth). */
export type GeneratedPosting =
  { kind: 'offer'; row: OfferRow; concept: string } | { kind: 'demand'; row: DemandRow; concept: string };

export type OrganizationType = 'research_institute' | 'university' | 'company' | 'government';

/** Sectors where a technology is applied; each language names them (in the form its templates need). */
export const INDUSTRIES = [
  'energy_utilities',
  'oil_gas',
  'automotive',
  'electronics',
  'chemicals',
  'pharma',
  'healthcare',
  'agriculture',
  'food',
  'construction',
  'mining',
  'metallurgy',
  'water',
  'municipal',
  'telecom',
  'logistics',
  'aviation',
  'shipping',
  'textiles',
  'consumer_goods',
  'machinery',
  'fisheries',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** Kinds of technical parameter; each language writes one noun phrase per kind, with numbers and units. */
export const PARAMETER_KINDS = [
  'efficiency',
  'energy_saving',
  'cost_reduction',
  'lifetime',
  'capacity',
  'throughput',
  'accuracy',
  'precision',
  'temperature',
  'pressure',
  'purity',
  'response_time',
  'power',
  'weight_reduction',
  'yield_increase',
  'emission_reduction',
  'strength',
  'detection_limit',
  'latency',
  'payback',
  'shelf_life',
] as const;
export type ParameterKind = (typeof PARAMETER_KINDS)[number];

/** Maturity as the text describes it: laboratory (TRL 2–4), pilot (5–6), market (7–9). */
export type Maturity = 'lab' | 'pilot' | 'market';

/** Sentence templates of an offer, by section, in the order a description uses them. */
export interface OfferBank {
  titles: string[];
  summaries: string[];
  intro: string[];
  technology: string[];
  advantages: string[];
  parameters: string[];
  applications: string[];
  ip: string[];
  maturity: Record<Maturity, string[]>;
  /** Uses {price}. */
  price: string[];
  /** When no price is given. */
  noPrice: string[];
  cooperation: string[];
  closing: string[];
}

/** Sentence templates of a demand, by section. */
export interface DemandBank {
  titles: string[];
  summaries: string[];
  company: string[];
  need: string[];
  problem: string[];
  requirements: string[];
  constraints: string[];
  /** Uses {budget}. */
  budget: string[];
  noBudget: string[];
  /** Uses {deadline}. */
  deadline: string[];
  cooperation: string[];
  closing: string[];
}

/**
 * Everything one language contributes. A template starting with ⚙ speaks of physical plant
 * (equipment, floor space, spare parts) and is left out for software topics. Templates are plain text with slots:
 * {main} {alt} {r1} {r2} {r3} {rels} {industry} {industry2} {p1} {p2} {p3} (a capital first letter, as
 * in {Main}, capitalises the value), {n:MIN-MAX} or {n:MIN-MAX/STEP} integers, {f:MIN-MAX} one decimal,
 * {std} a standard, {formula} a chemical formula, {model} a model number, {patentNo}, {org}, {city},
 * {trl}, {trlMin}, {price}, {budget}, {deadline}, {modes}, {year}.
 */
export interface Locale {
  code: string;
  /** Countries that write postings in this language, with weights. */
  countries: readonly (readonly [string, number])[];
  /** Whether lengths are counted in words (space-separated) or characters (zh, th). */
  lengthUnit: 'word' | 'char';
  lengths: { title: [number, number]; summary: [number, number]; description: [number, number] };
  decimalSeparator: string;
  /** Thousands separator of numbers from 10,000 on. */
  groupSeparator: string;
  /** Between sentences of one paragraph ('' for Chinese). */
  sentenceSeparator: string;
  /** Digits the text is written with, if not 0–9 (e.g. Persian); applied to numbers the slots produce. */
  nativeDigits?: { digits: string; share: number };
  list(items: readonly string[]): string;
  /** Fixes a rendered sentence where a label meets the words around it (French elision, Spanish y → e). */
  polish?(sentence: string): string;
  formatMoney(money: Money): string;
  formatDate(year: number, month: number, day: number): string;
  cities: Record<string, readonly string[]>;
  organization(type: OrganizationType, city: string, country: string, draw: <T>(items: readonly T[]) => T): string;
  modes: Record<CooperationMode, string>;
  industries: Record<Industry, string>;
  parameters: Record<ParameterKind, string>;
  /** National standards of the countries of this language, as templates ({n:..}, {year}). */
  nationalStandards: Record<string, readonly string[]>;
  /** Patent or application numbers as templates, by country (falls back to '*'). */
  patentNumbers: Record<string, readonly string[]>;
  offer: OfferBank;
  demand: DemandBank;
}

/**
 * Language-independent tokens of a technical text: they read the same whatever language surrounds
 * them, so they bridge an offer in Russian and a demand in Chinese. Each token keeps the surface
 * form it came from, for explanations.
 */
export type TechnicalTokenKind = 'standard' | 'formula' | 'acronym' | 'model' | 'quantity' | 'latin_term';

export interface TechnicalToken {
  kind: TechnicalTokenKind;
  /** Normalised value: what two texts must share to match (e.g. `iso:9001`, `formula:lifepo4`, `qty:temperature:400c`). */
  value: string;
  /** The text as written. */
  surface: string;
}

/** Token boundaries are Latin letters and digits only: Chinese or Thai text runs straight into a token. */
const STANDARD_BODIES = [
  'ISO',
  'IEC',
  'IEEE',
  'ASTM',
  'EN',
  'DIN',
  'GB/T',
  'GB',
  'JIS',
  'ANSI',
  'API',
  'UL',
  'ГОСТ',
  'GOST',
  'IS',
  'SNI',
  'NBR',
  'TIS',
  'YS/T',
  'HG/T',
  'JB/T',
  'SAE',
  'ITU-T',
  'IPC',
  'NF',
  'BS',
];
const STANDARD = new RegExp(
  String.raw`(?<![A-Za-z0-9А-Яа-я])(${STANDARD_BODIES.map((b) => b.replace('/', '\\/')).join('|')})(?:\s|-|\u00a0)?(\d{1,6}(?:[.-](?!(?:19|20)\d{2}(?!\d))\d{1,5})*)(?:[:/-]((?:19|20)\d{2}))?`,
  'gu',
);

/** Element symbols, to tell formulas (LiFePO4, CO2, H2SO4) from acronyms. */
const ELEMENTS = new Set(
  (
    'H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb Mo Tc ' +
    'Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi ' +
    'Po At Rn Fr Ra Ac Th Pa U Np Pu'
  ).split(' '),
);
const FORMULA =
  /(?<![A-Za-z0-9])((?:[A-Z][a-z]?\d{0,3}(?:\.\d+)?|\((?:[A-Z][a-z]?\d{0,3})+\)\d{0,3})+)(?![A-Za-z0-9])/g;
const ACRONYM = /(?<![A-Za-z0-9])([A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,6})?)(?![A-Za-z0-9])/g;
/** Letters and digits mixed (STM32F407, XC7Z020, A-320): at least one letter first and two digits. */
const MODEL = /(?<![A-Za-z0-9])(?=[A-Z0-9-]*\d[A-Z0-9-]*\d)([A-Z][A-Z0-9-]{3,15})(?![A-Za-z0-9])/g;
const LATIN_WORD = /[A-Za-z][A-Za-z-]{3,}/g;

interface UnitSpec {
  dimension: string;
  /** Factor to the base unit of the dimension. */
  factor: number;
  base: string;
}
const UNITS: Record<string, UnitSpec> = {
  '°C': { dimension: 'temperature', factor: 1, base: 'c' },
  '℃': { dimension: 'temperature', factor: 1, base: 'c' },
  K: { dimension: 'temperature_k', factor: 1, base: 'k' },
  nm: { dimension: 'length', factor: 1e-9, base: 'm' },
  µm: { dimension: 'length', factor: 1e-6, base: 'm' },
  μm: { dimension: 'length', factor: 1e-6, base: 'm' },
  um: { dimension: 'length', factor: 1e-6, base: 'm' },
  mm: { dimension: 'length', factor: 1e-3, base: 'm' },
  cm: { dimension: 'length', factor: 1e-2, base: 'm' },
  km: { dimension: 'length', factor: 1e3, base: 'm' },
  mW: { dimension: 'power', factor: 1e-3, base: 'w' },
  W: { dimension: 'power', factor: 1, base: 'w' },
  kW: { dimension: 'power', factor: 1e3, base: 'w' },
  MW: { dimension: 'power', factor: 1e6, base: 'w' },
  GW: { dimension: 'power', factor: 1e9, base: 'w' },
  Wh: { dimension: 'energy', factor: 1, base: 'wh' },
  kWh: { dimension: 'energy', factor: 1e3, base: 'wh' },
  MWh: { dimension: 'energy', factor: 1e6, base: 'wh' },
  mAh: { dimension: 'charge', factor: 1e-3, base: 'ah' },
  Ah: { dimension: 'charge', factor: 1, base: 'ah' },
  mV: { dimension: 'voltage', factor: 1e-3, base: 'v' },
  V: { dimension: 'voltage', factor: 1, base: 'v' },
  kV: { dimension: 'voltage', factor: 1e3, base: 'v' },
  mA: { dimension: 'current', factor: 1e-3, base: 'a' },
  A: { dimension: 'current', factor: 1, base: 'a' },
  Hz: { dimension: 'frequency', factor: 1, base: 'hz' },
  kHz: { dimension: 'frequency', factor: 1e3, base: 'hz' },
  MHz: { dimension: 'frequency', factor: 1e6, base: 'hz' },
  GHz: { dimension: 'frequency', factor: 1e9, base: 'hz' },
  Pa: { dimension: 'pressure', factor: 1, base: 'pa' },
  kPa: { dimension: 'pressure', factor: 1e3, base: 'pa' },
  MPa: { dimension: 'pressure', factor: 1e6, base: 'pa' },
  GPa: { dimension: 'pressure', factor: 1e9, base: 'pa' },
  bar: { dimension: 'pressure', factor: 1e5, base: 'pa' },
  mg: { dimension: 'mass', factor: 1e-3, base: 'g' },
  g: { dimension: 'mass', factor: 1, base: 'g' },
  kg: { dimension: 'mass', factor: 1e3, base: 'g' },
  t: { dimension: 'mass', factor: 1e6, base: 'g' },
  ppm: { dimension: 'fraction', factor: 1e-6, base: 'ratio' },
  ppb: { dimension: 'fraction', factor: 1e-9, base: 'ratio' },
  '%': { dimension: 'percent', factor: 1, base: 'pct' },
};
const UNIT_NAMES = Object.keys(UNITS).sort((a, b) => b.length - a.length);
const QUANTITY = new RegExp(
  String.raw`(?<![A-Za-z0-9.,])(\d+(?:[.,]\d+)?)\s?(${UNIT_NAMES.map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![A-Za-z0-9])`,
  'gu',
);

/** Common English words in capitals or short words that are not technical tokens. */
const NOT_ACRONYMS = new Set([
  'THE',
  'AND',
  'FOR',
  'WITH',
  'NOT',
  'ALL',
  'NEW',
  'USE',
  'ONE',
  'TWO',
  'OUR',
  'ARE',
  'CAN',
]);

/** A number in a unit, normalised to the dimension's base unit with 3 significant digits. */
function quantityValue(amount: string, unit: string): string | undefined {
  const spec = UNITS[unit];
  if (!spec) return undefined;
  const value = Number(amount.replace(',', '.')) * spec.factor;
  if (!Number.isFinite(value)) return undefined;
  return `qty:${spec.dimension}:${Number(value.toPrecision(3))}${spec.base}`;
}

function isFormula(candidate: string): boolean {
  // At least two element symbols, or one with a count (CO2, H2O, LiFePO4, Al2O3, SiC, GaN …).
  const parts = candidate.match(/[A-Z][a-z]?/g) ?? [];
  if (parts.length === 0 || !parts.every((p) => ELEMENTS.has(p))) return false;
  const hasDigit = /\d/.test(candidate);
  return parts.length >= 2 ? hasDigit || /[a-z]/.test(candidate) : hasDigit;
}

interface Pass {
  kind: TechnicalTokenKind;
  pattern: RegExp;
  /** The token of a match and the text shown for it, or undefined to pass the match over. */
  read: (m: RegExpMatchArray) => { value: string; surface: string } | undefined;
}

/** In order: an earlier pass claims its characters, so a standard's number is not also a quantity. */
const PASSES: Pass[] = [
  {
    kind: 'standard',
    pattern: STANDARD,
    read: (m) => ({
      value: `std:${m[1]!.toLowerCase().replace('гост', 'gost').replace(/\//g, '')}:${m[2]}`,
      surface: m[0],
    }),
  },
  {
    kind: 'quantity',
    pattern: QUANTITY,
    read: (m) => {
      const value = quantityValue(m[1]!, m[2]!);
      return value ? { value, surface: m[0] } : undefined;
    },
  },
  {
    kind: 'formula',
    pattern: FORMULA,
    read: (m) => (isFormula(m[1]!) ? { value: `formula:${m[1]!.toLowerCase()}`, surface: m[1]! } : undefined),
  },
  {
    kind: 'model',
    pattern: MODEL,
    read: (m) => ({ value: `model:${m[1]!.toLowerCase().replace(/-/g, '')}`, surface: m[1]! }),
  },
  {
    kind: 'acronym',
    pattern: ACRONYM,
    read: (m) => (NOT_ACRONYMS.has(m[1]!) ? undefined : { value: `acr:${m[1]!.toLowerCase()}`, surface: m[1]! }),
  },
];

/** Latin words inside a text in another script are technical terms left untranslated (LiDAR, Transformer…). */
const LATIN_TERMS: Pass = {
  kind: 'latin_term',
  pattern: LATIN_WORD,
  read: (m) => ({ value: `term:${m[0].toLowerCase()}`, surface: m[0] }),
};

/** Extracts standards, formulas, acronyms, model numbers, quantities and Latin terms inside non-Latin text. */
export function extractTechnicalTokens(text: string): TechnicalToken[] {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const otherScripts = letters - (text.match(/[A-Za-z]/g) ?? []).length;
  const passes = letters > 0 && otherScripts / letters >= 0.2 ? [...PASSES, LATIN_TERMS] : PASSES;

  const tokens = new Map<string, TechnicalToken>();
  const taken: [number, number][] = [];
  for (const { kind, pattern, read } of passes) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (!taken.every(([s, e]) => end <= s || start >= e)) continue;
      const token = read(m);
      if (!token) continue;
      if (!tokens.has(token.value)) tokens.set(token.value, { kind, ...token });
      taken.push([start, end]);
    }
  }
  return [...tokens.values()];
}

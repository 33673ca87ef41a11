/** Money by country: the local currency and roughly how many units make one US dollar. */
export const CURRENCIES: Record<string, readonly [currency: string, perUsd: number]> = {
  CN: ['CNY', 7.2],
  SG: ['SGD', 1.35],
  US: ['USD', 1],
  GB: ['GBP', 0.79],
  IN: ['INR', 83],
  ZA: ['ZAR', 18.5],
  NG: ['NGN', 1500],
  AU: ['AUD', 1.5],
  CA: ['CAD', 1.36],
  KE: ['KES', 130],
  TZ: ['TZS', 2600],
  RU: ['RUB', 90],
  KZ: ['KZT', 480],
  BY: ['BYN', 3.2],
  BR: ['BRL', 5.3],
  PT: ['EUR', 0.92],
  AO: ['AOA', 830],
  ES: ['EUR', 0.92],
  MX: ['MXN', 17.5],
  AR: ['ARS', 900],
  CO: ['COP', 4000],
  CL: ['CLP', 930],
  PE: ['PEN', 3.7],
  FR: ['EUR', 0.92],
  BE: ['EUR', 0.92],
  CH: ['CHF', 0.88],
  MA: ['MAD', 10],
  SN: ['XOF', 600],
  TN: ['TND', 3.1],
  EG: ['EGP', 48],
  SA: ['SAR', 3.75],
  AE: ['AED', 3.67],
  JO: ['JOD', 0.71],
  QA: ['QAR', 3.64],
  OM: ['OMR', 0.385],
  IR: ['IRR', 42000],
  ID: ['IDR', 15800],
  TH: ['THB', 35],
};

/** An amount given in US dollars, in the country's currency (or in USD, as international postings often do). */
export function localMoney(usd: number, country: string, quoted: 'local' | 'USD') {
  const [currency, perUsd] = quoted === 'local' ? (CURRENCIES[country] ?? ['USD', 1]) : ['USD', 1];
  return { amount: roundAmount(usd * perUsd), currency };
}

/** Two significant digits, as asking prices and budgets are written (250 000, 1 200 000). */
export function roundAmount(value: number): number {
  if (value < 100) return Math.round(value);
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / magnitude) * magnitude;
}

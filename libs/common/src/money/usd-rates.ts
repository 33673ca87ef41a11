/**
 * Dated reference rates to compare an asking price in roubles with a budget in yuan. They rank
 * matches ("within budget", "about twice the budget"); they are not for accounting. Each table
 * holds units of the currency per US dollar, from the date given; the newest table not after the
 * posting's date applies. Operators add a table when rates move; never edit an old one, so a
 * match computed last year can still be explained.
 *
 * Figures are rounded approximations entered by the project for these dates.
 */
export const USD_RATE_TABLES: readonly { from: string; perUsd: Readonly<Record<string, number>> }[] = [
  {
    from: '2025-01-01',
    perUsd: {
      USD: 1,
      EUR: 0.96,
      GBP: 0.8,
      CHF: 0.9,
      JPY: 157,
      CNY: 7.3,
      HKD: 7.77,
      RUB: 100,
      BRL: 6.2,
      INR: 85.6,
      ZAR: 18.8,
      EGP: 50.8,
      SAR: 3.75,
      AED: 3.67,
      IRR: 42_000,
      ETB: 126,
      IDR: 16_200,
      THB: 34.2,
      MYR: 4.47,
      VND: 25_400,
      TRY: 35.4,
      KZT: 525,
      BYN: 3.27,
      NGN: 1_540,
      KES: 129,
      TZS: 2_430,
      MXN: 20.6,
      ARS: 1_030,
      CLP: 995,
      COP: 4_400,
      PEN: 3.76,
      BDT: 119.5,
      PKR: 278,
      KRW: 1_470,
      SGD: 1.36,
      AUD: 1.61,
      CAD: 1.44,
    },
  },
  {
    from: '2026-01-01',
    perUsd: {
      USD: 1,
      EUR: 0.86,
      GBP: 0.75,
      CHF: 0.8,
      JPY: 150,
      CNY: 7.1,
      HKD: 7.8,
      RUB: 80,
      BRL: 5.4,
      INR: 88,
      ZAR: 17.5,
      EGP: 48,
      SAR: 3.75,
      AED: 3.67,
      IRR: 42_000,
      ETB: 150,
      IDR: 16_500,
      THB: 32.5,
      MYR: 4.2,
      VND: 26_000,
      TRY: 42,
      KZT: 520,
      BYN: 3.1,
      NGN: 1_500,
      KES: 129,
      TZS: 2_500,
      MXN: 18.5,
      ARS: 1_400,
      CLP: 950,
      COP: 3_900,
      PEN: 3.5,
      BDT: 122,
      PKR: 282,
      KRW: 1_400,
      SGD: 1.3,
      AUD: 1.53,
      CAD: 1.38,
    },
  },
];

/**
 * `amount` in US dollars at the rate table in force on `on` (YYYY-MM-DD or a Date); null when
 * the currency is not in that table (unknown money is not compared, rather than compared wrongly).
 */
export function toUsd(amount: number, currency: string, on: string | Date = new Date()): number | null {
  const day = typeof on === 'string' ? on.slice(0, 10) : on.toISOString().slice(0, 10);
  const table = [...USD_RATE_TABLES].reverse().find((t) => t.from <= day) ?? USD_RATE_TABLES[0];
  const rate = table?.perUsd[currency.toUpperCase()];
  if (!rate || !Number.isFinite(amount)) return null;
  return Math.round((amount / rate) * 100) / 100;
}

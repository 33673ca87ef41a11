import { toUsd, USD_RATE_TABLES } from './usd-rates.ts';

describe('toUsd', () => {
  it('converts with the table in force on the date', () => {
    expect(toUsd(710, 'CNY', '2026-03-01')).toBe(100);
    expect(toUsd(730, 'CNY', '2025-06-30')).toBe(100);
  });
  it('dates before the first table use the first table', () => {
    expect(toUsd(100, 'USD', '2020-01-01')).toBe(100);
  });
  it('is case-insensitive on the currency and null for an unknown one', () => {
    expect(toUsd(8_000, 'rub', '2026-05-01')).toBe(100);
    expect(toUsd(100, 'XXX', '2026-05-01')).toBeNull();
  });
  it('tables are in date order and every table quotes USD at 1', () => {
    const dates = USD_RATE_TABLES.map((t) => t.from);
    expect([...dates].sort()).toEqual(dates);
    for (const t of USD_RATE_TABLES) expect(t.perUsd.USD).toBe(1);
  });
});

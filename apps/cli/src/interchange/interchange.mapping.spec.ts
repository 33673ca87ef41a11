import { readFileSync } from 'node:fs';
import { DemandRowDto, OfferRowDto, validateRow } from './interchange-row.dto.ts';
import { DEMANDS, OFFERS, textLanguage } from './interchange.mapping.ts';

const devRows = (file: string) =>
  readFileSync(new URL(`../../../../../shared/eval/dev/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('interchange rows', () => {
  it('every row of the dev set is valid', () => {
    for (const row of devRows('offers.jsonl')) expect(validateRow(OfferRowDto, row).errors).toBeUndefined();
    for (const row of devRows('demands.jsonl')) expect(validateRow(DemandRowDto, row).errors).toBeUndefined();
  });

  it('text is NFC and trimmed, codes upper-case; the language hint is kept as declared', () => {
    const [first] = devRows('offers.jsonl');
    const result = validateRow(OfferRowDto, {
      ...first,
      title: '  Cafe\u0301 ',
      country: 'cn',
      language: 'Chinese',
      askingPrice: { amount: 10, currency: 'cny' },
    });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    const imported = OFFERS.toImported(result.row);
    expect(imported.declaredLanguage).toBe('Chinese');
    expect(imported.input).toMatchObject({
      ownerCountry: 'CN',
      askingPrice: { amount: 10, currency: 'CNY' },
      translations: [{ language: 'en', origin: 'original', title: 'Café' }],
    });
  });

  it('the text is in the declared language when it is an ISO 639-1 code, else in English', () => {
    expect(textLanguage('zh')).toBe('zh');
    expect(textLanguage('PT')).toBe('pt');
    expect(textLanguage('zh-CN')).toBe('en');
    expect(textLanguage(undefined)).toBe('en');
  });

  it('a demand without budget or deadline maps to nulls', () => {
    const [first] = devRows('demands.jsonl');
    const result = validateRow(DemandRowDto, { ...first, budget: undefined, deadline: undefined });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    expect(DEMANDS.toImported(result.row).input).toMatchObject({ budget: null, deadline: null });
  });
});

import { identifyLanguage, loadThesaurus } from '@ttm/language';
import { DemandRowDto, OfferRowDto, validateRow } from '../../../apps/cli/src/interchange/interchange-row.dto.ts';
import { DEMANDS, OFFERS } from '../../../apps/cli/src/interchange/interchange.mapping.ts';
import { CURRENCIES } from './countries.ts';
import type { DemandRow, GeneratedPosting, OfferRow } from './generator.types.ts';
import { generatePostings, LOCALES, measure } from './index.ts';
import { toSolarHijri } from './locales/fa.ts';

const OFFERS_N = 500;
const DEMANDS_N = 250;
const SEED = 20_240_917;

const generate = (offers = OFFERS_N, demands = DEMANDS_N, seed = SEED) => [
  ...generatePostings({ offers, demands, seed }),
];
const postings = generate();
const offers = postings.filter((p): p is Extract<GeneratedPosting, { kind: 'offer' }> => p.kind === 'offer');
const demands = postings.filter((p): p is Extract<GeneratedPosting, { kind: 'demand' }> => p.kind === 'demand');
const rows: (OfferRow | DemandRow)[] = postings.map((p) => p.row);
const share = (items: unknown[], total: number) => items.length / total;

describe('benchmark posting generator', () => {
  it('writes rows the importer accepts: every row passes the import validation and maps to a posting', () => {
    expect(offers).toHaveLength(OFFERS_N);
    expect(demands).toHaveLength(DEMANDS_N);
    const failures: string[] = [];
    for (const { row } of offers) {
      const result = validateRow(OfferRowDto, row);
      if (result.errors) failures.push(`${row.externalId}: ${JSON.stringify(result.errors)}`);
      else expect(OFFERS.toImported(result.row).input.translations[0]!.language).toBe(row.language);
    }
    for (const { row } of demands) {
      const result = validateRow(DemandRowDto, row);
      if (result.errors) failures.push(`${row.externalId}: ${JSON.stringify(result.errors)}`);
      else expect(DEMANDS.toImported(result.row).input.translations[0]!.language).toBe(row.language);
    }
    expect(failures).toEqual([]);
  });

  it('is deterministic: the same seed and counts give identical rows, another seed other rows', () => {
    expect(JSON.stringify(generate())).toBe(JSON.stringify(postings));
    const other = generate(50, 25, SEED + 1);
    expect(other.map((p) => p.row.title)).not.toEqual(postings.slice(0, 50).map((p) => p.row.title));
    // An offer does not depend on how many are generated: the first 100 are the same in a shorter run.
    expect(JSON.stringify(generate(100, 0).map((p) => p.row))).toBe(
      JSON.stringify(offers.slice(0, 100).map((p) => p.row)),
    );
  });

  it('numbers postings bench-offer-000001… and bench-demand-000001…, each id once', () => {
    expect(offers[0]!.row.externalId).toBe('bench-offer-000001');
    expect(offers.at(-1)!.row.externalId).toBe('bench-offer-000500');
    expect(demands[0]!.row.externalId).toBe('bench-demand-000001');
    expect(new Set(rows.map((r) => r.externalId)).size).toBe(rows.length);
  });

  it('writes in at least ten languages, Chinese, English, Russian, Portuguese and Spanish the most', () => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.language, (counts.get(r.language) ?? 0) + 1);
    for (const language of ['zh', 'en', 'ru', 'pt', 'es', 'fr', 'ar', 'hi', 'id', 'th', 'fa', 'sw'])
      expect({ language, present: (counts.get(language) ?? 0) > 0 }).toEqual({ language, present: true });
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([language]) => language);
    expect(new Set(ranked.slice(0, 5))).toEqual(new Set(['zh', 'en', 'ru', 'pt', 'es']));
    expect(
      share(
        rows.filter((r) => ['zh', 'en'].includes(r.language)),
        rows.length,
      ),
    ).toBeGreaterThan(0.3);
    expect((counts.get('zh') ?? 0) / rows.length).toBeLessThan(0.35);
  });

  it('writes each text in its declared language: the project’s identifier finds it without the hint', () => {
    const wrong = rows.filter(
      (r) => identifyLanguage([r.title, r.summary, r.description].join('\n')).language !== r.language,
    );
    expect(share(wrong, rows.length)).toBeLessThan(0.02);
  });

  it('keeps realistic lengths: titles 5–15 words (zh 10–30 characters), summaries 25–60, descriptions 120–350', () => {
    const outside = (text: string, language: string, part: 'title' | 'summary' | 'description') => {
      const locale = LOCALES[language]!;
      const [min, max] = locale.lengths[part];
      const n = measure(text, locale.lengthUnit);
      return n < min || n > max;
    };
    expect(LOCALES.en!.lengths).toEqual({ title: [5, 15], summary: [25, 60], description: [120, 350] });
    expect(LOCALES.zh!.lengths.title).toEqual([10, 30]);
    for (const r of rows) {
      expect({ id: r.externalId, summary: outside(r.summary, r.language, 'summary') }).toEqual({
        id: r.externalId,
        summary: false,
      });
      expect({ id: r.externalId, description: outside(r.description, r.language, 'description') }).toEqual({
        id: r.externalId,
        description: false,
      });
    }
    // Thai labels are long: a few Thai titles exceed 30 characters; every other title is in range.
    const badTitles = rows.filter((r) => outside(r.title, r.language, 'title'));
    expect(badTitles.filter((r) => r.language !== 'th')).toEqual([]);
    expect(badTitles.length).toBeLessThan(0.15 * rows.filter((r) => r.language === 'th').length);
    expect(rows.every((r) => !/[{}]/.test(r.title + r.summary + r.description))).toBe(true);
    expect(rows.every((r) => r.description.includes('\n\n'))).toBe(true);
  });

  it('names the technology: 3–8 distinct keywords in the text’s language, the main one in the text', () => {
    const { concepts } = loadThesaurus();
    for (const { row, concept } of postings) {
      expect(row.keywords.length).toBeGreaterThanOrEqual(3);
      expect(row.keywords.length).toBeLessThanOrEqual(8);
      expect(new Set(row.keywords.map((k) => k.toLowerCase())).size).toBe(row.keywords.length);
      expect(concepts.get(concept)!.labels[row.language]).toContain(row.keywords[0]);
    }
    const named = postings.filter(({ row }) => `${row.title} ${row.description}`.includes(row.keywords[0]!));
    expect(share(named, postings.length)).toBeGreaterThan(0.97);
  });

  it('fills the structured fields plausibly: country of the language, TRL, IPC, modes, money in local currency, deadline', () => {
    const { concepts } = loadThesaurus();
    for (const r of rows) {
      expect(LOCALES[r.language]!.countries.map(([c]) => c)).toContain(r.country);
      expect(r.cooperationModes.length).toBeGreaterThanOrEqual(1);
    }
    const zh = rows.filter((r) => r.language === 'zh');
    expect(
      share(
        zh.filter((r) => r.country === 'CN'),
        zh.length,
      ),
    ).toBeGreaterThan(0.85);
    for (const { row, concept } of offers) {
      expect(row.trl).toBeGreaterThanOrEqual(2);
      expect(row.trl).toBeLessThanOrEqual(9);
      if (row.askingPrice) expect([CURRENCIES[row.country]![0], 'USD']).toContain(row.askingPrice.currency);
      if (row.ipcCodes.length && concepts.get(concept)!.ipc.length)
        expect(row.ipcCodes).toEqual(expect.arrayContaining(concepts.get(concept)!.ipc.slice(0, 1)));
    }
    expect(
      share(
        offers.filter((o) => o.row.ipcCodes.length),
        OFFERS_N,
      ),
    ).toBeGreaterThan(0.5);
    expect(
      share(
        offers.filter((o) => o.row.askingPrice === null),
        OFFERS_N,
      ),
    ).toBeGreaterThan(0.25);
    expect(new Set(offers.map((o) => o.row.organization.type))).toEqual(
      new Set(['company', 'university', 'research_institute']),
    );
    for (const { row } of demands) {
      if (row.budget) expect([CURRENCIES[row.country]![0], 'USD']).toContain(row.budget.currency);
      if (row.deadline) expect(row.deadline > '2026-01-15').toBe(true);
    }
    expect(
      share(
        demands.filter((d) => d.row.ipcCodes.length === 0),
        DEMANDS_N,
      ),
    ).toBeGreaterThan(0.7);
    expect(
      share(
        demands.filter((d) => d.row.deadline),
        DEMANDS_N,
      ),
    ).toBeGreaterThan(0.5);
    expect(new Set(demands.map((d) => d.row.organization.type))).toEqual(
      new Set(['company', 'research_institute', 'government']),
    );
  });

  it('gives matching real work: most demands share their concept with offers in other languages; some are look-alikes', () => {
    const offerLanguages = new Map<string, Set<string>>();
    for (const { row, concept } of offers)
      offerLanguages.set(concept, (offerLanguages.get(concept) ?? new Set()).add(row.language));
    const crossLanguage = demands.filter(({ row, concept }) =>
      [...(offerLanguages.get(concept) ?? [])].some((language) => language !== row.language),
    );
    const sameLanguage = demands.filter(({ row, concept }) => offerLanguages.get(concept)?.has(row.language));
    expect(share(crossLanguage, DEMANDS_N)).toBeGreaterThan(0.5);
    expect(sameLanguage.length).toBeGreaterThan(0.15 * DEMANDS_N);
    // Look-alikes: no offer on the concept, but offers on a concept of the same parent.
    const { concepts } = loadThesaurus();
    const offerParents = new Set(offers.flatMap((o) => concepts.get(o.concept)!.broader));
    const lookAlikes = demands.filter(
      (d) => !offerLanguages.has(d.concept) && concepts.get(d.concept)!.broader.some((b) => offerParents.has(b)),
    );
    expect(share(lookAlikes, DEMANDS_N)).toBeGreaterThan(0.05);
  });

  it('does not write about equipment, floor space or spare parts for software topics', () => {
    const physical =
      /production line|imported equipment|outdated equipment|The equipment must|Installation space|Spare parts|Power available|pilot plant/;
    const software = postings.filter((p) => p.concept.startsWith('ict.') && p.row.language === 'en');
    const hardware = postings.filter((p) => !p.concept.startsWith('ict.') && p.row.language === 'en');
    expect(software.length).toBeGreaterThan(5);
    expect(software.filter((p) => physical.test(p.row.title + p.row.description)).map((p) => p.row.externalId)).toEqual(
      [],
    );
    expect(
      share(
        hardware.filter((p) => physical.test(p.row.description)),
        hardware.length,
      ),
    ).toBeGreaterThan(0.3);
  });

  it('writes numbers, money and dates the way each language does', () => {
    expect(LOCALES.ru!.formatMoney({ amount: 1_500_000, currency: 'RUB' })).toBe('1 500 000 руб.');
    expect(LOCALES.zh!.formatMoney({ amount: 1_200_000, currency: 'CNY' })).toBe('120万元');
    expect(LOCALES.hi!.formatMoney({ amount: 12_000_000, currency: 'INR' })).toBe('₹1.2 करोड़');
    expect(LOCALES.pt!.formatMoney({ amount: 250_000, currency: 'BRL' })).toBe('R$ 250.000');
    expect(LOCALES.th!.formatDate(2027, 3, 5)).toBe('5 มีนาคม 2570');
    // Nowruz 1403 fell on 20 March 2024.
    expect(toSolarHijri(2024, 3, 20)).toEqual([1403, 1, 1]);
    expect(LOCALES.fr!.polish!('une technologie de énergie solaire que il faut')).toBe(
      'une technologie d’énergie solaire qu’il faut',
    );
    const persian = rows.filter((r) => r.language === 'fa');
    expect(persian.some((r) => /[۰-۹]/.test(r.description))).toBe(true);
  });
});

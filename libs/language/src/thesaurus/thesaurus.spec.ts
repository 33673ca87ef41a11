import { LANGUAGES } from '@ttm/common';
import { coverage, loadThesaurus } from './thesaurus.loader.ts';

/** The twelve languages the thesaurus must carry (issue: at least zh, en, ru, pt, es, fr, ar, fa, hi, id, th, sw). */
const THESAURUS_LANGUAGES = ['zh', 'en', 'ru', 'pt', 'es', 'fr', 'ar', 'fa', 'hi', 'id', 'th', 'sw'];

describe('the technology thesaurus', () => {
  const { concepts, problems } = loadThesaurus();

  it('has valid files: unique ids, en and zh on every concept, no dangling or cyclic relations, IPC format', () => {
    expect(problems).toEqual([]);
  });

  it('covers at least 2,000 concepts across the domains of technology transfer', () => {
    const domains = new Set([...concepts.values()].map((c) => c.domain));
    const per = Object.fromEntries(
      [...domains].map((d) => [d, [...concepts.values()].filter((c) => c.domain === d).length]),
    );
    const cov = coverage(concepts);
    // Printed for the record: coverage per language and size per domain.
    console.log(
      `thesaurus: ${concepts.size} concepts in ${domains.size} domains\n` +
        `  per language: ${THESAURUS_LANGUAGES.map((l) => `${l} ${cov[l] ?? 0} (${Math.round((100 * (cov[l] ?? 0)) / concepts.size)}%)`).join(', ')}\n` +
        `  per domain: ${Object.entries(per)
          .map(([d, n]) => `${d} ${n}`)
          .join(', ')}`,
    );
    expect(concepts.size).toBeGreaterThanOrEqual(2_000);
    expect(domains.size).toBeGreaterThanOrEqual(15);
  });

  it('labels at least 80% of concepts in each of the twelve thesaurus languages', () => {
    const cov = coverage(concepts);
    for (const language of THESAURUS_LANGUAGES) {
      expect({ language, share: (cov[language] ?? 0) / concepts.size >= 0.8 }).toEqual({ language, share: true });
    }
    expect(THESAURUS_LANGUAGES.every((l) => l in LANGUAGES)).toBe(true);
  });
});

/**
 * `npm run bench:scoring`: throughput of the re-rank on realistic, synthetic features (about 40
 * terms, 8 concepts from one domain of the real thesaurus, 2 IPC codes and 3 technical tokens per
 * posting; half the pairs in the same language). Prints pairs per second for `scorePair` (the
 * oracle's path: every pair explained) and for `rankCandidates` over 200 candidates (explanations
 * for the top 20 only). Not a test: nothing is asserted. Deterministic data (seeded).
 *
 * Runs on Node's own TypeScript support, straight from the sources: a resolve hook maps `@ttm/<lib>`
 * to `libs/<lib>/src/index.ts`, and only the pure scoring files are loaded (no decorators).
 */
import './lib-sources.ts';
import type { PostingFeatures } from '../../libs/search/src/indices/postings/posting-features.ts';

const { loadThesaurus } = await import('../../libs/language/src/thesaurus/thesaurus.loader.ts');
const { conceptGraphFromThesaurus } = await import('../../libs/language/src/thesaurus/concept-graph.ts');
const { scorePair } = await import('../../libs/matching/src/scoring/pair.scorer.ts');
const { rankCandidates } = await import('../../libs/matching/src/scoring/candidates.ranker.ts');
const { DEFAULT_SCORING_CONFIG } = await import('../../libs/matching/src/scoring/scoring.config.ts');

const SUBJECTS = 50;
const CANDIDATES = 200;
const TOP_M = 20;
const RUNS = 5;

/** mulberry32: a small seeded generator, so every run scores the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

const { concepts } = loadThesaurus();
const graph = conceptGraphFromThesaurus(concepts);
const byDomain = new Map<string, string[]>();
for (const c of concepts.values()) byDomain.set(c.domain, [...(byDomain.get(c.domain) ?? []), c.id]);
const domains = [...byDomain.keys()];
const ipcPool = [...new Set([...concepts.values()].flatMap((c) => c.ipc))];
const vocabulary = Array.from({ length: 3_000 }, (_, i) => `term${i}`);
const tokenPool = [
  ...Array.from({ length: 20 }, (_, i) => `std:iso:${9000 + i}`),
  ...Array.from({ length: 10 }, (_, i) => `formula:f${i}`),
  ...Array.from({ length: 20 }, (_, i) => `acr:a${i}`),
  ...Array.from({ length: 10 }, (_, i) => `qty:temperature:${i * 100}c`),
];
const languages = ['en', 'zh'];
const modes = ['licence', 'assignment', 'joint_development', 'technical_service', 'investment', 'equipment_supply'];

function posting(kind: 'offer' | 'demand', id: string, domain: string): PostingFeatures {
  const terms: Record<string, number> = {};
  // A topical share of the vocabulary per domain, so that same-domain texts overlap.
  const offset = domains.indexOf(domain) * 150;
  while (Object.keys(terms).length < 40) {
    const term = rand() < 0.5 ? vocabulary[offset + Math.floor(rand() * 150)]! : pick(vocabulary);
    terms[term] = 1 + Math.floor(rand() * 4);
  }
  const conceptIds = byDomain.get(domain)!;
  const mentions: PostingFeatures['concepts'] = {};
  while (Object.keys(mentions).length < 8) {
    mentions[pick(conceptIds)] = { weight: Math.round(rand() * 100) / 100 + 0.01, surfaces: ['surface form'] };
  }
  const techTokens: Record<string, string> = {};
  while (Object.keys(techTokens).length < 3) {
    const token = pick(tokenPool);
    techTokens[token] = token.toUpperCase();
  }
  return {
    kind,
    id,
    version: 1,
    language: pick(languages),
    terms,
    concepts: mentions,
    ipc: [pick(ipcPool)],
    ipcInferred: [pick(ipcPool)],
    techTokens,
    trl: kind === 'offer' ? 3 + Math.floor(rand() * 7) : null,
    trlMin: kind === 'demand' ? 3 + Math.floor(rand() * 6) : null,
    cooperationModes: [pick(modes), pick(modes)],
    country: pick(['CN', 'RU', 'BR', 'KE', 'ID']),
    targetCountries: rand() < 0.5 ? [] : [pick(['CN', 'RU', 'BR', 'KE', 'ID'])],
    amountUsd: rand() < 0.5 ? null : Math.round(rand() * 1_000_000),
    amountConfidential: rand() < 0.3,
    publishedAt: new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 600) * 86_400_000).toISOString(),
    expiresOn: null,
  };
}

const now = new Date('2025-09-01T00:00:00Z');
const subjectDomains = Array.from({ length: SUBJECTS }, () => pick(domains));
const subjects = subjectDomains.map((domain, i) => posting('offer', `o-${i}`, domain));
// Candidate generation returns mostly postings of the same field: 60 % from the subject's domain.
const candidateLists = subjectDomains.map((domain, i) =>
  Array.from({ length: CANDIDATES }, (_, j) => posting('demand', `d-${i}-${j}`, rand() < 0.6 ? domain : pick(domains))),
);
const pairs = SUBJECTS * CANDIDATES;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// Warm-up, then timed runs.
for (const [i, s] of subjects.entries())
  for (const c of candidateLists[i]!) scorePair(s, c, graph, DEFAULT_SCORING_CONFIG, now);

const syncRates: number[] = [];
const rankRates: number[] = [];
let kept = 0;
for (let run = 0; run < RUNS; run++) {
  let started = performance.now();
  for (const [i, s] of subjects.entries())
    for (const c of candidateLists[i]!) scorePair(s, c, graph, DEFAULT_SCORING_CONFIG, now);
  syncRates.push(pairs / ((performance.now() - started) / 1000));

  started = performance.now();
  kept = 0;
  for (const [i, s] of subjects.entries()) {
    const ranked = await rankCandidates(s, candidateLists[i]!, graph, DEFAULT_SCORING_CONFIG, now, TOP_M);
    kept += ranked.counts.kept;
  }
  rankRates.push(pairs / ((performance.now() - started) / 1000));
}

const rate = (r: number) => `${Math.round(r).toLocaleString('en-US')} pairs/s`;
console.log(`${SUBJECTS} subjects × ${CANDIDATES} candidates = ${pairs} pairs, median of ${RUNS} runs`);
console.log(`scorePair (explained):            ${rate(median(syncRates))}`);
console.log(
  `rankCandidates (top ${TOP_M} explained): ${rate(median(rankRates))} (${kept} of ${pairs} pairs kept by the filters)`,
);

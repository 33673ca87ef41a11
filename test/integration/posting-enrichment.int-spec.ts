import type { Client } from '@elastic/elasticsearch';
import type { INestApplicationContext } from '@nestjs/common';
import { EnrichmentError, PostingEnricher, PostingEnrichmentModule, vectorFingerprint } from '@ttm/enrichment';
import { CandidateSource } from '@ttm/matching';
import { type DemandsService, type OffersService, PostingEnrichmentRepository } from '@ttm/postings';
import {
  createElasticsearchClient,
  CrossLingualQueryBuilder,
  LanguageResources,
  type OfferDocument,
  type PostingIndexer,
} from '@ttm/search';
import { randomUUID } from 'node:crypto';
import type { FakeHttpServer } from './support/fake-http-server.ts';
import { fakeTranslation, startFakeLibreTranslate } from './support/fake-libretranslate.ts';
import { startFakeEmbeddings } from './support/fake-openai-embeddings.ts';
import { admin, importedDemand, importedOffer, indexingContext } from './support/indexing-context.ts';

const RU = {
  title: 'Тепловой насос для рекуперации сбросного тепла',
  summary: 'Высокотемпературный тепловой насос возвращает тепло промышленных стоков в производство.',
};
/** What the fake LibreTranslate answers for those texts (our own translations). */
const GLOSSARY = {
  en: {
    [RU.title]: 'Heat pump for waste heat recovery',
    [RU.summary]: 'A high-temperature heat pump returns the heat of industrial effluents to production.',
  },
  zh: { [RU.title]: '用于余热回收的热泵', [RU.summary]: '高温热泵将工业废水的热量送回生产。' },
};

/** Two texts the fake embedding server puts side by side, and one far from both. */
const NEAR_DEMAND = 'Tunatafuta suluhisho jipya kwa kampuni yetu';
const NEAR_OFFER = 'ผลิตภัณฑ์ใหม่จากสถาบันของเรา';
const FAR_OFFER = 'Nouvelle offre de notre laboratoire';
function chosenVector(text: string, dimensions: number): number[] | undefined {
  const axis = (weights: number[]) => Array.from({ length: dimensions }, (_, i) => weights[i] ?? 0);
  if (text.startsWith(NEAR_DEMAND)) return axis([1, 0.1]);
  if (text.startsWith(NEAR_OFFER)) return axis([0.95, 0.2]);
  if (text.startsWith(FAR_OFFER)) return axis([0, 0, 1]);
  return undefined;
}

/**
 * The optional adapters wired into indexing: machine translations stored as `machine` rows and
 * indexed into their languages' sub-fields, vectors stored with their model's fingerprint,
 * re-embedded when the model changes, and nearest neighbours as extra matching candidates.
 * Fake LibreTranslate and OpenAI-compatible servers stand in for the model servers.
 */
describe('enrichment of postings (translation and embedding adapters)', () => {
  let translate: FakeHttpServer;
  let embed: FakeHttpServer;
  let app: INestApplicationContext;
  let offers: OffersService;
  let demands: DemandsService;
  let indexer: PostingIndexer;
  let enricher: PostingEnricher;
  let store: PostingEnrichmentRepository;
  let es: Client;
  const suite = `enr-${randomUUID().slice(0, 6)}`;
  const source = `it-${randomUUID()}`;

  const adapters = (model: string, dimensions: number) => ({
    TRANSLATION_PROVIDER: 'libretranslate',
    TRANSLATION_URL: translate.url,
    TRANSLATION_TARGET_LANGUAGES: 'en,zh',
    EMBEDDING_PROVIDER: 'openai',
    EMBEDDING_URL: `${embed.url}/v1`,
    EMBEDDING_MODEL: model,
    EMBEDDING_DIMENSIONS: String(dimensions),
  });
  const document = async (id: string) => {
    const found = await es.get<OfferDocument>({ index: indexer.alias('offer'), id }, { ignore: [404] });
    return found.found ? (found._source as OfferDocument) : null;
  };
  const searchEnglishTitle = async (text: string) => {
    await indexer.refresh();
    const response = await es.search({ index: indexer.alias('offer'), query: { match: { 'title.en': text } } });
    return response.hits.hits.map((h) => h._id);
  };
  const requestsTo = (server: FakeHttpServer, path: string) => server.requests.filter((r) => r.path === path).length;
  const importOffer = async (title: string, summary = '', language = 'ru') => {
    const [result] = await offers.importBatch([importedOffer(randomUUID(), language, { title, summary })], {
      source,
    });
    const id = (result as { id: string }).id;
    await indexer.indexPosting('offer', id, 1);
    return id;
  };

  beforeAll(async () => {
    translate = await startFakeLibreTranslate({ glossary: GLOSSARY });
    embed = await startFakeEmbeddings({
      models: { 'fake-mini': 8, 'fake-large': 12 },
      vectorFor: (text, _model, dimensions) => chosenVector(text, dimensions),
    });
    const ctx = await indexingContext(suite, { env: adapters('fake-mini', 8), imports: [PostingEnrichmentModule] });
    ({ app, offers, demands, indexer } = ctx);
    enricher = app.get(PostingEnricher);
    store = app.get(PostingEnrichmentRepository);
    es = createElasticsearchClient(ctx.config);
  });
  afterAll(async () => {
    await es?.close();
    await app?.close();
    await translate?.close();
    await embed?.close();
  });

  it('translates a Russian offer into English and Chinese as machine rows, keeps the original, and indexes them', async () => {
    const id = await importOffer(RU.title, RU.summary);
    expect((await document(id))?.languages).toEqual(['ru']);
    expect(await searchEnglishTitle('waste heat recovery')).not.toContain(id);

    const outcome = await enricher.enrich('offer', id);
    expect(outcome).toEqual({ status: 'enriched', version: 1, revision: 1, translated: ['en', 'zh'], embedded: true });
    const stored = await offers.get(admin, id);
    const byLanguage = Object.fromEntries(stored.translations.map((t) => [t.language, t]));
    expect(byLanguage.ru).toMatchObject({ origin: 'original', title: RU.title, summary: RU.summary });
    expect(byLanguage.en).toMatchObject({ origin: 'machine', title: GLOSSARY.en[RU.title] });
    expect(byLanguage.zh).toMatchObject({ origin: 'machine', title: GLOSSARY.zh[RU.title] });
    expect(stored.version).toBe(1); // enrichment is not an edit: the owner's next update still sends version 1

    await indexer.indexPosting('offer', id, 1);
    const doc = (await document(id))!;
    expect(doc.language).toBe('ru');
    expect(doc.title).toEqual({ ru: RU.title, en: GLOSSARY.en[RU.title], zh: GLOSSARY.zh[RU.title] });
    expect(doc.machineLanguages).toEqual(['en', 'zh']);
    expect(doc.embedding?.fingerprint).toBe(vectorFingerprint('fake-mini', 8));
    expect(doc.embedding?.d8).toHaveLength(8);
    expect(await searchEnglishTitle('waste heat recovery')).toContain(id);

    // Nothing new to ask for: no request reaches either server.
    const before = [requestsTo(translate, '/translate'), requestsTo(embed, '/v1/embeddings')];
    expect(await enricher.enrich('offer', id)).toEqual({ status: 'unchanged', version: 1, skippedLanguages: [] });
    expect([requestsTo(translate, '/translate'), requestsTo(embed, '/v1/embeddings')]).toEqual(before);
  });

  it('an edit drops the old machine translations; the new text is translated and embedded again', async () => {
    const id = await importOffer(RU.title, RU.summary);
    await enricher.enrich('offer', id);
    const embeddings = requestsTo(embed, '/v1/embeddings');
    const edited = await offers.update({ principal: admin }, id, 1, {
      ownerCountry: 'RU',
      trl: 6,
      ipcCodes: [],
      cooperationModes: ['licence'],
      translations: [{ language: 'ru', origin: 'original', title: 'Абсорбционный тепловой насос' }],
    });
    expect(edited.translations.map((t) => t.origin)).toEqual(['original']);

    const outcome = await enricher.enrich('offer', id);
    expect(outcome).toMatchObject({ status: 'enriched', version: 2, translated: ['en', 'zh'], embedded: true });
    expect(requestsTo(embed, '/v1/embeddings')).toBe(embeddings + 1);
    const titles = (await offers.get(admin, id)).translations.map((t) => `${t.language}:${t.origin}:${t.title}`);
    expect(titles.sort()).toEqual([
      `en:machine:${fakeTranslation('Абсорбционный тепловой насос', 'en')}`,
      'ru:original:Абсорбционный тепловой насос',
      `zh:machine:${fakeTranslation('Абсорбционный тепловой насос', 'zh')}`,
    ]);
  });

  it('a result that arrives after an edit is dropped, not attached to the new text', async () => {
    const id = await importOffer('Гибридный тепловой насос');
    translate.script({ delayMs: 1_500 });
    const running = enricher.enrich('offer', id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await offers.update({ principal: admin }, id, 1, {
      ownerCountry: 'RU',
      trl: 6,
      ipcCodes: [],
      cooperationModes: ['licence'],
      translations: [{ language: 'ru', origin: 'original', title: 'Гибридный тепловой насос, версия 2' }],
    });
    expect(await running).toEqual({ status: 'skipped', reason: 'changed' });
    expect((await offers.get(admin, id)).translations.map((t) => t.origin)).toEqual(['original']);
    expect((await store.state('offer', id)).revision).toBe(0);
  });

  it('a translation server that is away: the vector is kept, the run fails as retryable, the retry translates', async () => {
    const id = await importOffer('Геотермальный тепловой насос');
    translate.script(...Array.from({ length: 4 }, () => ({ status: 503, body: { error: 'overloaded' } })));
    const failure = await enricher.enrich('offer', id).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EnrichmentError);
    expect(failure).toMatchObject({ code: 'translation.unavailable', transient: true });
    expect(await store.state('offer', id)).toMatchObject({
      revision: 1,
      translationHash: null,
      embeddingFingerprint: vectorFingerprint('fake-mini', 8),
    });
    // The posting stays searchable as it was; the job's retry completes the work.
    expect((await document(id))?.title).toEqual({ ru: 'Геотермальный тепловой насос' });
    expect(await enricher.enrich('offer', id)).toMatchObject({
      status: 'enriched',
      revision: 2,
      translated: ['en', 'zh'],
      embedded: false,
    });
  }, 30_000);

  it('nearest neighbours by vector bring in a candidate the lexical query cannot find', async () => {
    const [near, far] = await Promise.all([importOffer(NEAR_OFFER, '', 'th'), importOffer(FAR_OFFER, '', 'fr')]);
    const [created] = await demands.importBatch([importedDemand(randomUUID(), 'sw', { title: NEAR_DEMAND })], {
      source,
    });
    const demandId = (created as { id: string }).id;
    await indexer.indexPosting('demand', demandId, 1);
    for (const [kind, id] of [
      ['offer', near],
      ['offer', far],
      ['demand', demandId],
    ] as const) {
      await enricher.enrich(kind, id);
      await indexer.indexPosting(kind, id, 1);
    }
    await indexer.refresh();

    const queries = new CrossLingualQueryBuilder(app.get(LanguageResources).graph);
    const alias = (kind: 'offer' | 'demand') => indexer.alias(kind);
    const lexicalOnly = new CandidateSource(es, queries, alias);
    const withVectors = new CandidateSource(es, queries, alias, {
      fingerprint: vectorFingerprint('fake-mini', 8),
      dimensions: 8,
      k: 1,
    });
    const subject = (await lexicalOnly.load('demand', demandId))!.document;
    expect(subject.embedding?.fingerprint).toBe(vectorFingerprint('fake-mini', 8));
    const ids = async (source: CandidateSource) =>
      (await source.candidates('demand', subject, 50, new Date())).map((f) => f.id);
    expect(await ids(lexicalOnly)).not.toContain(near);
    const fused = await ids(withVectors);
    expect(fused).toContain(near);
    expect(fused).not.toContain(far);
  });

  it('another embedding model: postings with the old vectors are pending, re-embedded and indexed in a new field', async () => {
    const id = await importOffer(RU.title, RU.summary);
    await enricher.enrich('offer', id);
    await indexer.indexPosting('offer', id, 1);
    const large = await indexingContext(suite, { env: adapters('fake-large', 12), imports: [PostingEnrichmentModule] });
    try {
      const next = { enricher: large.app.get(PostingEnricher), store: large.app.get(PostingEnrichmentRepository) };
      const want = { translating: true, fingerprint: vectorFingerprint('fake-large', 12) };
      const pending = async () => {
        const ids: string[] = [];
        for (let after: string | null = null; ;) {
          const page = await next.store.pendingPage('offer', want, after, 500);
          if (page.length === 0) return ids;
          ids.push(...page.map((p) => p.id));
          after = page[page.length - 1]!.id;
        }
      };
      expect(await pending()).toContain(id);

      expect(await next.enricher.enrich('offer', id)).toMatchObject({
        status: 'enriched',
        translated: [],
        embedded: true,
      });
      await large.indexer.indexPosting('offer', id, 1);
      const doc = (await document(id))!;
      expect(doc.embedding?.fingerprint).toBe(vectorFingerprint('fake-large', 12));
      expect(doc.embedding?.d12).toHaveLength(12);
      expect(doc.embedding?.d8).toBeUndefined();
      expect(doc.title.en).toBe(GLOSSARY.en[RU.title]); // the translations stay
      expect(await pending()).not.toContain(id);
    } finally {
      await large.app.close();
    }
  });
});

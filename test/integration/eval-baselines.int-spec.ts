import { Client } from '@elastic/elasticsearch';
import { AppConfig } from '@ttm/config';
import { baselineIndexName, runBaselines } from '../../scripts/eval/baselines.ts';
import type { PostingText } from '../../scripts/eval/dataset.ts';

/**
 * The evaluation's two Elasticsearch baselines (more_like_this and BM25 multi_match) on the real
 * Elasticsearch: a tiny two-language set where one offer plainly answers each demand in its own
 * language. Each baseline must rank it first, and leave no index behind.
 */
const posting = (
  externalId: string,
  language: string,
  title: string,
  summary: string,
  description: string,
  keywords: string[],
): PostingText => ({ externalId, language, title, summary, description, keywords });

const OFFERS: PostingText[] = [
  posting(
    'en-lithium',
    'en',
    'Lithium recovery from spent lithium iron phosphate batteries',
    'A hydrometallurgical process recovers lithium carbonate from spent LFP battery cathode powder.',
    'Cathode powder from spent batteries is leached selectively; lithium is precipitated as battery-grade lithium carbonate while iron phosphate stays in the residue.',
    ['lithium recovery', 'battery recycling', 'LFP'],
  ),
  posting(
    'en-rail',
    'en',
    'Ultrasonic inspection of railway tracks',
    'A trolley finds internal cracks in rails with phased-array ultrasonic probes.',
    'The trolley runs at walking speed and maps rail defects, with GPS positions, for the maintenance crew.',
    ['rail inspection', 'ultrasound'],
  ),
  posting(
    'en-vaccine',
    'en',
    'Oral vaccine for farmed fish',
    'A feed-borne vaccine protects farmed tilapia against bacterial disease.',
    'The antigen is encapsulated in the feed pellets, so fish are vaccinated without handling.',
    ['aquaculture', 'vaccine'],
  ),
  posting(
    'es-riego',
    'es',
    'Riego por goteo controlado por sensores de humedad para invernaderos',
    'Un controlador de riego por goteo ajusta el agua de cada invernadero según la humedad del suelo.',
    'Los sensores de humedad del suelo y el controlador de riego reducen el consumo de agua en invernaderos de tomate sin pérdida de cosecha.',
    ['riego por goteo', 'invernadero', 'humedad del suelo'],
  ),
  posting(
    'es-litio',
    'es',
    'Recuperación de litio de baterías usadas',
    'Un proceso hidrometalúrgico recupera carbonato de litio del cátodo de baterías LFP.',
    'El polvo del cátodo se lixivia de forma selectiva y el litio se precipita como carbonato.',
    ['reciclaje de baterías', 'litio'],
  ),
  posting(
    'es-cemento',
    'es',
    'Cemento de bajo carbono con arcilla calcinada',
    'Un cemento que sustituye parte del clínker por arcilla calcinada y caliza.',
    'Reduce las emisiones de la producción de cemento sin cambiar los hornos.',
    ['cemento', 'arcilla calcinada'],
  ),
];

const DEMANDS: PostingText[] = [
  posting(
    'd-en',
    'en',
    'Recovering lithium from spent LFP batteries',
    'A recycler looks for a process to recover lithium from spent lithium iron phosphate batteries.',
    'We collect spent LFP batteries from electric buses and need a licensable process that recovers the lithium as lithium carbonate.',
    ['lithium', 'battery recycling'],
  ),
  posting(
    'd-es',
    'es',
    'Riego eficiente para invernaderos de tomate',
    'Una cooperativa busca un sistema de riego por goteo que ahorre agua en sus invernaderos.',
    'Queremos regar según la humedad del suelo y reducir el agua en los invernaderos de tomate.',
    ['riego', 'invernadero'],
  ),
];

describe('evaluation baselines on Elasticsearch', () => {
  const config = AppConfig.load();
  const options = { url: config.elasticsearch.url, indexPrefix: `${config.elasticsearch.indexPrefix}-evalkit` };
  const index = baselineIndexName(options.indexPrefix);
  let client: Client;

  beforeAll(() => {
    client = new Client({ node: config.elasticsearch.url });
  });
  afterAll(async () => {
    await client.indices.delete({ index, ignore_unavailable: true });
    await client.close();
  });

  it('both baselines rank the plainly relevant same-language offer first, then delete their index', async () => {
    const results = await runBaselines(OFFERS, DEMANDS, options);

    expect(results.indexing).toMatchObject({ index, offers: 6 });
    for (const baseline of [results.mlt, results.bm25]) {
      expect([...baseline.rankings.keys()]).toEqual(['d-en', 'd-es']);
      expect(baseline.rankings.get('d-en')![0]).toBe('en-lithium');
      expect(baseline.rankings.get('d-es')![0]).toBe('es-riego');
      // Only the dataset's offers, each at most once.
      for (const ranking of baseline.rankings.values())
        expect(ranking.every((id) => OFFERS.some((o) => o.externalId === id))).toBe(true);
      for (const ranking of baseline.rankings.values()) expect(new Set(ranking).size).toBe(ranking.length);
      expect(baseline.seconds).toBeGreaterThan(0);
    }
    expect(await client.indices.exists({ index })).toBe(false);
  });

  it('deletes its index when indexing fails part-way', async () => {
    const broken = { ...OFFERS[0]!, externalId: 'broken', keywords: [{ not: 'text' }] } as unknown as PostingText;
    await expect(runBaselines([...OFFERS, broken], DEMANDS, options)).rejects.toThrow(
      /bulk indexing .* failed for broken/,
    );
    expect(await client.indices.exists({ index })).toBe(false);
  });

  it('refuses to run over an index it did not create, and leaves that index alone', async () => {
    await client.indices.create({ index });
    await expect(runBaselines(OFFERS, DEMANDS, options)).rejects.toThrow(/already exists/);
    expect(await client.indices.exists({ index })).toBe(true);
    await client.indices.delete({ index });
  });
});

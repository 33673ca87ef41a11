import { Client } from '@elastic/elasticsearch';
import type { LanguageCode } from '@ttm/common';
import { AppConfig } from '@ttm/config';
import { analysisSettings, createElasticsearchClient, perLanguageTextMapping, physicalIndexName } from '@ttm/search';

/**
 * Each language's sub-field, analysed by the real Elasticsearch with the same settings the
 * indices use: the tokens must be what a speaker of that language would expect to match on.
 */
describe('per-language analysis on Elasticsearch', () => {
  const config = AppConfig.load();
  const index = physicalIndexName(config.elasticsearch.indexPrefix, 'analysis-probe', 'v1');
  let client: Client;

  const tokens = async (language: LanguageCode | 'other', text: string): Promise<string[]> => {
    const res = await client.indices.analyze({ index, field: `text.${language}`, text });
    return (res.tokens ?? []).map((t) => t.token);
  };

  beforeAll(async () => {
    client = createElasticsearchClient(config);
    await client.indices.create({
      index,
      settings: { number_of_shards: 1, number_of_replicas: 0, analysis: analysisSettings() },
      mappings: { dynamic: 'strict', properties: { text: perLanguageTextMapping() } },
    });
  });

  afterAll(async () => {
    await client.indices.delete({ index, ignore_unavailable: true });
    await client.close();
  });

  it('ru: inflected forms of a word share one stem', async () => {
    const [a] = await tokens('ru', 'очистка');
    const [b] = await tokens('ru', 'очистки');
    const [c] = await tokens('ru', 'очисткой');
    expect(a).toBe(b);
    expect(a).toBe(c);
    expect(await tokens('ru', 'Технология очистки сточных вод')).not.toContain('технология');
  });

  it('zh: text is segmented into words, not single characters', async () => {
    const result = await tokens('zh', '锂离子电池正极材料的制备方法');
    expect(result.some((t) => t.length >= 2)).toBe(true);
    expect(result).toEqual(expect.arrayContaining(['离子', '电池', '正极', '材料', '制备', '方法']));
  });

  it('zh: English terms inside Chinese text stay whole words', async () => {
    const result = await tokens('zh', '基于LiDAR的自动驾驶系统');
    expect(result).toContain('lidar');
  });

  it('en: plurals and verb forms are stemmed, stop words dropped', async () => {
    expect(await tokens('en', 'The batteries are charging')).toEqual(['batteri', 'charg']);
  });

  it('pt, es, fr: plural and singular share a stem', async () => {
    expect(await tokens('pt', 'tecnologias')).toEqual(await tokens('pt', 'tecnologia'));
    expect(await tokens('es', 'baterías')).toEqual(await tokens('es', 'batería'));
    expect(await tokens('fr', 'membranes')).toEqual(await tokens('fr', 'membrane'));
  });

  it('ar: alef variants, taa marbuta and the definite article are normalised', async () => {
    const plain = await tokens('ar', 'طاقة');
    expect(await tokens('ar', 'الطاقة')).toEqual(plain);
    expect(await tokens('ar', 'أنظمة')).toEqual(await tokens('ar', 'انظمه'));
  });

  it('fa: Arabic yeh and kaf are folded to the Persian letters', async () => {
    expect(await tokens('fa', 'انرژي پاك')).toEqual(await tokens('fa', 'انرژی پاک'));
  });

  it('hi: text is normalised and stemmed', async () => {
    const singular = await tokens('hi', 'प्रौद्योगिकी');
    expect(singular).toHaveLength(1);
    expect(await tokens('hi', 'प्रौद्योगिकियाँ')).toEqual(singular);
  });

  it('id: affixes are stripped', async () => {
    expect(await tokens('id', 'pengolahan')).toEqual(await tokens('id', 'olahan'));
  });

  it('th: text without spaces is segmented into words', async () => {
    const result = await tokens('th', 'เทคโนโลยีการบำบัดน้ำเสีย');
    expect(result.length).toBeGreaterThanOrEqual(3);
    expect(result).toContain('เทคโนโลยี');
  });

  it('bn, tr, de: a language-specific chain is applied', async () => {
    expect(await tokens('tr', 'enerjinin')).toEqual(await tokens('tr', 'enerji'));
    expect(await tokens('tr', 'sistemleri')).toEqual(await tokens('tr', 'sistemler'));
    expect(await tokens('de', 'Batterien')).toEqual(await tokens('de', 'Batterie'));
    expect(await tokens('bn', 'প্রযুক্তির')).toHaveLength(1);
  });

  it('am, sw, vi and other languages: words are split and case and accents folded', async () => {
    expect(await tokens('am', 'የፀሐይ ኃይል ቴክኖሎጂ')).toHaveLength(3);
    expect(await tokens('sw', 'Teknolojia ya Nishati')).toEqual(['teknolojia', 'ya', 'nishati']);
    expect(await tokens('vi', 'Công nghệ')).toEqual(['cong', 'nghe']);
    expect(await tokens('other', 'Tecnología ÉNERGIE')).toEqual(['tecnologia', 'energie']);
  });
});

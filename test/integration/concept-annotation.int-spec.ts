import type { Client } from '@elastic/elasticsearch';
import { AppConfig } from '@ttm/config';
import { ConceptAnnotator, loadThesaurus, type ConceptMatch } from '@ttm/language';
import { createElasticsearchClient, ElasticsearchTextAnalyzer } from '@ttm/search';

/**
 * The annotator on the real analyzers: one technology described in four languages and scripts,
 * with inflected forms the labels do not spell out, must yield the same concept each time, with
 * the words as the author wrote them.
 */
describe('concept annotation across languages (real Elasticsearch analyzers)', () => {
  let client: Client;
  let annotator: ConceptAnnotator;
  const LITHIUM_ION = 'energy.storage.battery.lithium_ion';

  const annotate = (language: string, title: string, description = ''): Promise<ConceptMatch[]> =>
    annotator.annotate(language, { title, summary: '', description, keywords: [] });
  const find = (matches: ConceptMatch[], id: string) => matches.find((m) => m.conceptId === id);

  beforeAll(() => {
    client = createElasticsearchClient(AppConfig.load());
    annotator = new ConceptAnnotator([...loadThesaurus().concepts.values()], new ElasticsearchTextAnalyzer(client));
  });
  afterAll(() => client.close());

  it('Russian: the genitive plural finds the label written in the nominative singular', async () => {
    const matches = await annotate('ru', 'Технология переработки литий-ионных аккумуляторов');
    expect(find(matches, LITHIUM_ION)?.surfaces).toEqual(['литий-ионных аккумуляторов']);
  });

  it('Chinese: found inside unsegmented text, English acronyms in it too', async () => {
    const matches = await annotate('zh', '废旧锂离子电池回收技术', '采用LFP正极材料的湿法冶金工艺');
    expect(find(matches, LITHIUM_ION)?.surfaces).toEqual(['锂离子电池']);
    expect(find(matches, 'energy.storage.battery.lithium_ion.lfp')?.surfaces).toEqual(['LFP']);
  });

  it('Arabic: the definite article and a proclitic do not hide the label', async () => {
    const matches = await annotate('ar', 'تقنية لإعادة تدوير بطاريات الليثيوم أيون المستعملة');
    expect(find(matches, LITHIUM_ION)?.surfaces).toEqual(['بطاريات الليثيوم أيون']);
  });

  it('Portuguese: the plural finds the singular label', async () => {
    const matches = await annotate('pt', 'Reciclagem de baterias de lítio usadas');
    expect(find(matches, LITHIUM_ION)?.surfaces).toEqual(['baterias de lítio']);
  });

  it('weights say where a concept was read: title above description', async () => {
    const inTitle = await annotate('en', 'Lithium-ion battery recycling', '');
    const inBody = await annotate('en', 'A new process', 'It recycles lithium-ion batteries.');
    expect(find(inTitle, LITHIUM_ION)?.weight).toBeGreaterThan(find(inBody, LITHIUM_ION)?.weight ?? 1);
  });

  it('a label inside a longer matched label does not count on its own', async () => {
    const matches = await annotate('en', 'LiFePO4 lithium iron phosphate battery packs');
    expect(find(matches, 'energy.storage.battery.lithium_ion.lfp')?.surfaces).toEqual(
      expect.arrayContaining(['lithium iron phosphate battery']),
    );
    expect(find(matches, 'energy.storage.battery')).toBeUndefined();
  });

  it('text about something else yields none of these concepts', async () => {
    const matches = await annotate('ru', 'Сорт пшеницы, устойчивый к засухе');
    expect(find(matches, LITHIUM_ION)).toBeUndefined();
  });
});

import type { Client } from '@elastic/elasticsearch';
import type { AppConfig } from '@ttm/config';
import {
  analysisSettings,
  indexAlias,
  LANGUAGE_ANALYZERS,
  perLanguageTextMapping,
  physicalIndexName,
} from '@ttm/search';
import { DEMO_POSTINGS } from './demo-postings.ts';

export interface DemoRow {
  id: string;
  language: string;
  analyzer: string;
  title: string;
  tokens: string[];
}

/**
 * Indexes the demo postings with per-language sub-fields into a fresh physical index behind
 * the `<prefix>-demo` alias, and returns how each title was analysed.
 */
export async function loadDemo(client: Client, config: AppConfig): Promise<{ alias: string; rows: DemoRow[] }> {
  const prefix = config.elasticsearch.indexPrefix;
  const alias = indexAlias(prefix, 'demo');
  const index = physicalIndexName(prefix, 'demo', `v${Date.now()}`);
  await client.indices.create({
    index,
    settings: { number_of_shards: 1, number_of_replicas: 0, analysis: analysisSettings() },
    mappings: {
      dynamic: 'strict',
      properties: {
        side: { type: 'keyword' },
        language: { type: 'keyword' },
        title: perLanguageTextMapping(),
        summary: perLanguageTextMapping(),
      },
    },
  });
  await client.bulk({
    refresh: 'wait_for',
    operations: DEMO_POSTINGS.flatMap((p) => [
      { index: { _index: index, _id: p.id } },
      { side: p.side, language: p.language, title: { [p.language]: p.title }, summary: { [p.language]: p.summary } },
    ]),
  });
  const previous = Object.keys(await client.indices.getAlias({ name: alias }, { ignore: [404] })).filter((name) =>
    name.startsWith(`${alias}-`),
  );
  // One atomic swap: readers see the old demo index or the new one, never none.
  await client.indices.updateAliases({
    actions: [...previous.map((name) => ({ remove: { index: name, alias } })), { add: { index, alias } }],
  });
  if (previous.length) await client.indices.delete({ index: previous });
  const rows = await Promise.all(
    DEMO_POSTINGS.map(async (p) => {
      const analysed = await client.indices.analyze({ index, field: `title.${p.language}`, text: p.title });
      return {
        id: p.id,
        language: p.language,
        analyzer: LANGUAGE_ANALYZERS[p.language],
        title: p.title,
        tokens: (analysed.tokens ?? []).map((t) => t.token),
      };
    }),
  );
  return { alias, rows };
}

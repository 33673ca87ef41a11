import type { Client } from '@elastic/elasticsearch';
import { AppConfig } from '@ttm/config';
import { createElasticsearchClient, indexAlias } from '@ttm/search';
import { fileURLToPath } from 'node:url';
import { assertCliBuilt, runCli } from './support/built-cli.ts';
import { ownNamespace } from '@ttm/testing';

const DEV_OFFERS = fileURLToPath(new URL('../../../shared/eval/dev/offers.jsonl', import.meta.url));

/** `npm run cli -- reindex`: the built CLI rebuilds the indices from PostgreSQL and swaps the aliases. */
describe('reindex from PostgreSQL (the built CLI)', () => {
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  let es: Client;
  let alias: string;

  const cli = (...args: string[]) => runCli(args, env);
  const physical = async () => Object.keys(await es.indices.getAlias({ name: alias }));
  const count = async () => {
    await es.indices.refresh({ index: alias });
    return (await es.count({ index: alias })).count;
  };

  beforeAll(async () => {
    assertCliBuilt();
    ({ env, drop } = await ownNamespace('r'));
    const config = AppConfig.load({ ...process.env, ...env });
    es = createElasticsearchClient(config);
    alias = indexAlias(config.elasticsearch.indexPrefix, 'offers');
  });
  afterAll(async () => {
    await es?.close();
    await drop?.();
  });

  it('indexes every published offer into a new physical index behind the alias, and again on a second run', async () => {
    const imported = await cli('import', 'offers', DEV_OFFERS);
    expect(imported.code).toBe(0);
    const created = Number(/created=(\d+)/.exec(imported.summary)?.[1]);
    expect(created).toBeGreaterThan(0);

    const first = await cli('reindex', 'offers');
    expect(first.code).toBe(0);
    expect(first.summary).toMatch(new RegExp(`^reindexed: offers indexed=${created} seconds=[\\d.]+ rate=[\\d.]+/s `));
    const [firstIndex] = await physical();
    expect(first.summary).toContain(`index=${firstIndex} alias=${alias}`);
    expect(await count()).toBe(created);

    const second = await cli('reindex');
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/reindexed: offers indexed=\d+/);
    expect(second.summary).toMatch(/^reindexed: demands indexed=0 /);
    const after = await physical();
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(firstIndex);
    expect(await count()).toBe(created);
  }, 120_000);

  it('refuses an unknown target with a usage error', async () => {
    const run = await cli('reindex', 'widgets');
    expect(run.code).toBe(64);
    expect(run.stderr).toContain('reindex: expected offers, demands or all, got "widgets"');
  });
});

import { AppConfig } from '@ttm/config';
import { dataSourceOptions } from '@ttm/database';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { assertCliBuilt, runCli } from './support/built-cli.ts';

/** The shared evaluation data sits beside the repository (CI clones both side by side). */
const DEV = fileURLToPath(new URL('../../../shared/eval/dev/', import.meta.url));

const cli = (...args: string[]) => runCli(args);

const summary = (created: number, updated: number, unchanged: number, failed: number) =>
  `imported: created=${created} updated=${updated} unchanged=${unchanged} failed=${failed}`;

const devLines = (file: string) => readFileSync(join(DEV, file), 'utf8').split('\n').filter(Boolean);

describe('bulk import and export (the built CLI on PostgreSQL)', () => {
  const config = AppConfig.load();
  const db = new DataSource(dataSourceOptions(config));
  const dir = mkdtempSync(join(tmpdir(), 'ttm-import-'));
  const offers = devLines('offers.jsonl');
  const demands = devLines('demands.jsonl');

  beforeAll(async () => {
    assertCliBuilt();
    await db.initialize();
  });

  afterAll(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports the dev set, published; a second import changes nothing; the export gives the rows back', async () => {
    const first = await cli('import', 'offers', join(DEV, 'offers.jsonl'));
    expect(first.stderr).toBe('');
    expect(first.summary).toBe(summary(offers.length, 0, 0, 0));
    expect(first.code).toBe(0);
    expect((await cli('import', 'demands', join(DEV, 'demands.jsonl'))).summary).toBe(summary(demands.length, 0, 0, 0));

    const again = await cli('import', 'offers', join(DEV, 'offers.jsonl'));
    expect(again.summary).toBe(summary(0, 0, offers.length, 0));
    expect(again.code).toBe(0);
    expect((await cli('import', 'demands', join(DEV, 'demands.jsonl'))).summary).toBe(summary(0, 0, demands.length, 0));

    const [stored] = await db.query(
      `SELECT count(*)::int AS postings, count(*) FILTER (WHERE status = 'published' AND version = 1)::int AS published,
              count(DISTINCT organization_id)::int AS organizations
         FROM offer WHERE source = 'offers'`,
    );
    expect(stored).toEqual({ postings: offers.length, published: offers.length, organizations: expect.any(Number) });
    const [events] = await db.query(
      `SELECT count(*) FILTER (WHERE e.event_type = 'created' AND e.aggregate_version = 1)::int AS created,
              count(*)::int AS total
         FROM outbox_event e JOIN offer o ON o.id = e.aggregate_id WHERE o.source = 'offers'`,
    );
    expect(events).toEqual({ created: offers.length, total: offers.length });
    // The text in its declared language, as the one original translation; the country as the owner's.
    const [first01] = await db.query(
      `SELECT o.owner_country, o.declared_language, t.language, t.origin, t.title, t.keywords, org.name AS organization
         FROM offer o JOIN offer_translation t ON t.offer_id = o.id JOIN organization org ON org.id = o.organization_id
        WHERE o.source = 'offers' AND o.external_id = 'DA-o-01'`,
    );
    const source = JSON.parse(offers[0]!);
    expect(first01).toEqual({
      owner_country: source.country,
      declared_language: source.language,
      language: source.language,
      origin: 'original',
      title: source.title,
      keywords: source.keywords,
      organization: source.organization.name,
    });

    // Exported again, each row reads exactly like its source row.
    const file = join(dir, 'offers-export.jsonl');
    expect((await cli('export', 'offers', file, '--source', 'offers')).code).toBe(0);
    const exported = new Map(
      readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .map((r) => [r.externalId, r]),
    );
    expect(exported.size).toBe(offers.length);
    for (const line of offers) expect(exported.get(JSON.parse(line).externalId)).toEqual(JSON.parse(line));
  });

  it('bad rows fail with field-level errors in the report, the good rows go in, and the exit code is 1', async () => {
    const rows = offers.slice(0, 7).map((line, i) => ({ ...JSON.parse(line), externalId: `bad-${i}` }));
    rows[1].country = 'XX';
    rows[2].trl = 12;
    delete rows[3].title;
    rows[4].ipcCodes = ['H01M-10/54'];
    rows[5].cooperationModes = ['licence', 'barter'];
    const lines = rows.map((r) => JSON.stringify(r));
    lines.splice(6, 0, '{"externalId": "broken", "title": ');
    const file = join(dir, 'bad-rows.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);

    const run = await cli('import', 'offers', file);
    expect(run.summary).toBe(summary(2, 0, 0, 6));
    expect(run.code).toBe(1);
    const report = readFileSync(`${file}.errors.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { line: number; externalId: string | null; errors: { path: string; code: string }[] },
      );
    expect(report.map((r) => [r.line, r.externalId, r.errors.map((e) => `${e.path}:${e.code}`)])).toEqual([
      [2, 'bad-1', ['country:is_iso31661_alpha2']],
      [3, 'bad-2', ['trl:max']],
      [4, 'bad-3', expect.arrayContaining(['title:is_string'])],
      [5, 'bad-4', ['ipcCodes:matches']],
      [6, 'bad-5', ['cooperationModes:is_in']],
      [7, null, [':invalid_json']],
    ]);
    for (const r of report)
      for (const e of r.errors) expect(e).toEqual(expect.objectContaining({ message: expect.any(String) }));
    const imported = await db.query(`SELECT external_id FROM offer WHERE source = 'bad-rows' ORDER BY external_id`);
    expect(imported).toEqual([{ external_id: 'bad-0' }, { external_id: 'bad-6' }]);
  });

  it('a dry run reports the same counts and writes nothing', async () => {
    const source = `dry-${randomUUID()}`;
    const errors = join(dir, 'dry.errors.jsonl');
    const run = await cli(
      'import',
      'demands',
      join(DEV, 'demands.jsonl'),
      '--dry-run',
      '--source',
      source,
      '--errors',
      errors,
    );
    expect(run.summary).toBe(summary(demands.length, 0, 0, 0));
    expect(run.code).toBe(0);
    const correlationId = /correlation id ([0-9a-f-]{36})/.exec(run.stdout)?.[1];
    const [written] = await db.query(
      `SELECT (SELECT count(*) FROM demand WHERE source = $1)::int AS postings,
              (SELECT count(*) FROM organization WHERE source = $1)::int AS organizations,
              (SELECT count(*) FROM outbox_event WHERE correlation_id = $2)::int AS events`,
      [source, correlationId],
    );
    expect(written).toEqual({ postings: 0, organizations: 0, events: 0 });
    expect(existsSync(errors)).toBe(false);
  });

  it('an edited row is updated: its version bumped and an outbox event written; the others stay unchanged', async () => {
    const source = `edit-${randomUUID()}`;
    const file = join(dir, 'edited.jsonl');
    writeFileSync(file, `${offers.join('\n')}\n`);
    expect((await cli('import', 'offers', file, '--source', source)).summary).toBe(summary(offers.length, 0, 0, 0));

    const edited = offers.map((line, i) =>
      i === 2 ? JSON.stringify({ ...JSON.parse(line), title: 'A new title' }) : line,
    );
    writeFileSync(file, `${edited.join('\n')}\n`);
    const run = await cli('import', 'offers', file, '--source', source);
    expect(run.summary).toBe(summary(0, 1, offers.length - 1, 0));

    const externalId = JSON.parse(offers[2]!).externalId;
    const [posting] = await db.query(
      `SELECT o.id, o.version, t.title FROM offer o JOIN offer_translation t ON t.offer_id = o.id
        WHERE o.source = $1 AND o.external_id = $2`,
      [source, externalId],
    );
    expect(posting).toMatchObject({ version: 2, title: 'A new title' });
    const events = await db.query(
      `SELECT event_type, aggregate_version FROM outbox_event WHERE aggregate_id = $1 ORDER BY id`,
      [posting.id],
    );
    expect(events).toEqual([
      { event_type: 'created', aggregate_version: 1 },
      { event_type: 'updated', aggregate_version: 2 },
    ]);
    const [{ versions }] = await db.query(
      `SELECT array_agg(DISTINCT version) AS versions FROM offer WHERE source = $1`,
      [source],
    );
    expect(versions.sort()).toEqual([1, 2]);
  });

  it.each([
    ['offers', 'jsonl'],
    ['offers', 'csv'],
    ['demands', 'jsonl'],
    ['demands', 'csv'],
  ])('%s exported as %s and imported again are all unchanged', async (kind, format) => {
    const source = `round-${randomUUID()}`;
    const rows = kind === 'offers' ? offers : demands;
    expect((await cli('import', kind, join(DEV, `${kind}.jsonl`), '--source', source)).summary).toBe(
      summary(rows.length, 0, 0, 0),
    );
    const file = join(dir, `${source}.${format}`);
    const exported = await cli('export', kind, file, '--source', source);
    expect(exported.code).toBe(0);
    expect(exported.summary).toBe(`exported: ${rows.length} ${kind} to ${file} (${format})`);

    const again = await cli('import', kind, file, '--source', source);
    expect(again.summary).toBe(summary(0, 0, rows.length, 0));
    expect(again.code).toBe(0);
  });

  it('refuses an unknown kind or format with a usage exit code', async () => {
    expect((await cli('import', 'patents', join(DEV, 'offers.jsonl'))).code).toBe(64);
    expect((await cli('import', 'offers', join(DEV, 'qrels.tsv'))).code).toBe(64);
    expect((await cli('import', 'offers', join(dir, 'missing.jsonl'))).code).toBe(66);
  });
});

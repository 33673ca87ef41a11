import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Principal } from '@ttm/accounts';
import { AppConfig, ConfigModule } from '@ttm/config';
import { DatabaseModule } from '@ttm/database';
import { type ImportedPosting, type OfferInput, OffersService, PostingsModule } from '@ttm/postings';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

const admin: Principal = { userId: randomUUID(), role: 'admin', organizationId: null };

function offer(externalId: string, overrides: Partial<OfferInput> = {}): ImportedPosting<OfferInput> {
  return {
    externalId,
    organization: { name: 'Institut  Catalyse', type: 'research_institute' },
    declaredLanguage: 'fr',
    input: {
      ownerCountry: 'FR',
      trl: 5,
      ipcCodes: ['B01J 23/00'],
      cooperationModes: ['licence'],
      askingPrice: { amount: 1000, currency: 'EUR' },
      translations: [{ language: 'fr', origin: 'original', title: `Catalyseur ${externalId}`, keywords: ['catalyse'] }],
      ...overrides,
    },
  };
}

describe('importing postings (libs/postings) on PostgreSQL', () => {
  const config = AppConfig.load();
  let app: INestApplicationContext;
  let offers: OffersService;
  let db: DataSource;
  const events = async (id: string) =>
    (await db.query(`SELECT event_type, aggregate_version FROM outbox_event WHERE aggregate_id = $1 ORDER BY id`, [
      id,
    ])) as { event_type: string; aggregate_version: number }[];

  beforeAll(async () => {
    @Module({ imports: [ConfigModule.forRoot(config), DatabaseModule, PostingsModule] })
    class PostingsTestModule {}
    app = await NestFactory.createApplicationContext(PostingsTestModule, { logger: false });
    offers = app.get(OffersService);
    db = app.get<DataSource>(getDataSourceToken());
  });

  afterAll(async () => {
    await app.close();
  });

  it('creates published postings with their organisation, found again by its name whatever its spacing or case', async () => {
    const source = `lib-${randomUUID()}`;
    const [a, b] = await offers.importBatch(
      [offer('a'), { ...offer('b'), organization: { name: 'institut catalyse', type: 'university' } }],
      { source, correlationId: 'import-it-1' },
    );
    expect(a).toMatchObject({ outcome: 'created', version: 1 });
    expect(b).toMatchObject({ outcome: 'created', version: 1 });
    const created = await offers.get(admin, (a as { id: string }).id);
    expect(created).toMatchObject({ status: 'published', source, externalId: 'a', declaredLanguage: 'fr', trl: 5 });
    expect(created.publishedAt).toBeInstanceOf(Date);
    const organizations = await db.query(`SELECT name, type, external_id FROM organization WHERE source = $1`, [
      source,
    ]);
    expect(organizations).toEqual([
      { name: 'Institut  Catalyse', type: 'research_institute', external_id: 'institut catalyse' },
    ]);
    expect(await events(created.id)).toEqual([{ event_type: 'created', aggregate_version: 1 }]);
  });

  it('an update replaces only what the import carries, and an api edit makes the next import an update', async () => {
    const source = `lib-${randomUUID()}`;
    const [first] = await offers.importBatch([offer('x')], { source });
    const id = (first as { id: string }).id;
    // Set through the api: confidential details, IP status; and a title edit.
    const edited = await offers.update({ principal: admin }, id, 1, {
      ...offer('x').input,
      translations: [{ language: 'fr', origin: 'original', title: 'Edited in the api' }],
      ipStatus: 'patented',
      confidential: { contactPerson: 'Dr. Martin' },
    });
    expect(edited.importFingerprint).toBeNull();

    const [again] = await offers.importBatch([offer('x', { trl: 6 })], { source });
    expect(again).toEqual({ outcome: 'updated', id, version: 3 });
    const updated = await offers.get(admin, id);
    expect(updated).toMatchObject({ trl: 6, ipStatus: 'patented', confidential: { contactPerson: 'Dr. Martin' } });
    expect(updated.translations.map((t) => t.title)).toEqual(['Catalyseur x']);
    expect(await events(id)).toEqual([
      { event_type: 'created', aggregate_version: 1 },
      { event_type: 'updated', aggregate_version: 2 },
      { event_type: 'updated', aggregate_version: 3 },
    ]);
    expect(await offers.importBatch([offer('x', { trl: 6 })], { source })).toEqual([
      { outcome: 'unchanged', id, version: 3 },
    ]);
  });

  it('a row the database refuses fails alone; a dry run writes nothing', async () => {
    const source = `lib-${randomUUID()}`;
    const outcomes = await offers.importBatch(
      [offer('ok-1'), offer('too-long', { ownerCountry: 'FRA' }), offer('ok-2')],
      {
        source,
      },
    );
    expect(outcomes.map((o) => o.outcome)).toEqual(['created', 'failed', 'created']);
    expect(outcomes[1]).toMatchObject({ errors: [{ path: '', code: 'refused' }] });

    const dry = `lib-${randomUUID()}`;
    expect((await offers.importBatch([offer('d')], { source: dry, dryRun: true })).map((o) => o.outcome)).toEqual([
      'created',
    ]);
    const [{ count }] = await db.query(
      `SELECT (SELECT count(*) FROM offer WHERE source = $1) + (SELECT count(*) FROM organization WHERE source = $1) AS count`,
      [dry],
    );
    expect(Number(count)).toBe(0);
  });
});

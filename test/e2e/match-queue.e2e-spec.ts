import type { NestExpressApplication } from '@nestjs/platform-express';
import { AccountsService } from '@ttm/accounts';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { startApi } from './support/api-app.ts';
import { type Cast, seedCast } from './support/accounts.ts';
import { published, seedMatches } from './support/matches.ts';
import { demandBody, offerBody, type PostingRef } from './support/postings.ts';

/**
 * The brokers' queue across postings, cut to each broker's portfolio (countries and technology
 * fields of either side). Countries ET and AE and this run's field ids are used by this file only,
 * so a portfolio queue holds exactly this file's pairs; other files' pairs crowd the full queue.
 */
const RUN = randomBytes(3).toString('hex');
const FIELD = `queue-test-${RUN}`;

type PairName = 'p1' | 'p2' | 'p3' | 'p4';

describe('the brokers’ queue', () => {
  let app: NestExpressApplication;
  let cast: Cast;
  const http = () => request(app.getHttpServer());
  const pairs = {} as Record<PairName, { offer: PostingRef; demand: PostingRef }>;
  const brokers = {} as Record<'countries' | 'fields' | 'both', { Authorization: string }>;

  const posting = (kind: 'offers' | 'demands', fields: Record<string, unknown>) =>
    published(
      app,
      kind,
      { owner: cast.memberA, reviewer: cast.broker },
      kind === 'offers' ? offerBody(fields) : demandBody(fields),
    );
  const text = (language: string) => [{ language, origin: 'original', title: `Text in ${language}` }];

  const brokerWith = async (portfolioCountries: string[], portfolioFields: string[]) => {
    const email = `broker-${randomBytes(4).toString('hex')}@test.ttm`;
    const password = 'a-long-broker-password';
    await app.get(AccountsService).createUser({
      email,
      password,
      displayName: 'portfolio broker',
      role: 'broker',
      organizationId: null,
      portfolioCountries,
      portfolioFields,
    });
    const login = await http().post('/api/v1/auth/login').send({ email, password }).expect(200);
    return { Authorization: `Bearer ${login.body.accessToken}` };
  };

  const queue = (auth: Record<string, string>, query = '') => http().get(`/api/v1/matches?${query}`).set(auth);
  const namesIn = (res: request.Response): string[] => {
    expect(res.status).toBe(200);
    const key = (i: { offer: { id: string }; demand: { id: string } }) => `${i.offer.id}/${i.demand.id}`;
    const byKey = new Map(Object.entries(pairs).map(([name, p]) => [`${p.offer.id}/${p.demand.id}`, name]));
    return (res.body.items as Parameters<typeof key>[0][]).map((i) => byKey.get(key(i)) ?? 'other');
  };

  // Many postings through the API: more than jest's default 5 s on a busy machine.
  beforeAll(async () => {
    app = await startApi();
    cast = await seedCast(app);
    const oET = await posting('offers', {
      ownerCountry: 'ET',
      technologyFields: [FIELD],
      trl: 3,
      cooperationModes: ['licence'],
      translations: text('am'),
    });
    const oAE = await posting('offers', {
      ownerCountry: 'AE',
      trl: 8,
      cooperationModes: ['technical_service'],
      translations: text('ar'),
    });
    const dET = await posting('demands', { ownerCountry: 'ET', translations: text('en') });
    const dKZ = await posting('demands', {
      ownerCountry: 'KZ',
      technologyFields: [FIELD, `${FIELD}-b`],
      cooperationModes: ['investment'],
      translations: text('kk'),
    });
    const dAE = await posting('demands', { ownerCountry: 'AE', translations: text('ar') });
    Object.assign(pairs, {
      p1: { offer: oET, demand: dKZ },
      p2: { offer: oAE, demand: dET },
      p3: { offer: oAE, demand: dAE },
      p4: { offer: oAE, demand: dKZ },
    });
    const at = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 9, minutes));
    await seedMatches(app, [
      { ...pairs.p1, score: 0.9, computedAt: at(0) },
      { ...pairs.p2, score: 0.7, computedAt: at(1) },
      { ...pairs.p3, score: 0.6, computedAt: at(2) },
      { ...pairs.p4, score: 0.5, computedAt: at(3) },
    ]);
    brokers.countries = await brokerWith(['ET'], []);
    brokers.fields = await brokerWith([], [FIELD]);
    brokers.both = await brokerWith(['ET'], [FIELD]);
  }, 60_000);
  afterAll(() => app.close());

  it('shows a broker the pairs where either side lies in their portfolio', async () => {
    expect(namesIn(await queue(brokers.countries))).toEqual(['p1', 'p2']);
    expect(namesIn(await queue(brokers.fields))).toEqual(['p1', 'p4']);
    // Countries and fields together: a side must be in one of the countries and in one of the fields.
    expect(namesIn(await queue(brokers.both))).toEqual(['p1']);
  });

  it('shows admins, and brokers with an empty portfolio, every pair', async () => {
    for (const auth of [cast.admin.auth, cast.broker.auth]) {
      const res = await queue(auth, 'pageSize=100&minScore=0.5&country=ET');
      expect(namesIn(res)).toEqual(['p1', 'p2']);
      const all = namesIn(await queue(auth, 'pageSize=100'));
      expect(all.filter((n) => n !== 'other')).toEqual(['p1', 'p2', 'p3', 'p4']);
    }
  });

  it('sorts by score or newest first, and pages', async () => {
    expect(namesIn(await queue(brokers.fields, 'sort=newest'))).toEqual(['p4', 'p1']);
    expect(namesIn(await queue(brokers.countries, 'sort=newest'))).toEqual(['p2', 'p1']);
    expect(namesIn(await queue(brokers.countries, 'sort=score'))).toEqual(['p1', 'p2']);
    const second = await queue(brokers.countries, 'pageSize=1&page=2');
    expect(namesIn(second)).toEqual(['p2']);
    expect(second.body.meta).toEqual({ page: 2, pageSize: 1, total: 2 });
  });

  it('shows both sides of each pair, in their original language', async () => {
    const [first] = (await queue(brokers.both)).body.items;
    expect(first).toMatchObject({
      offer: { id: pairs.p1.offer.id, kind: 'offer', language: 'am', title: 'Text in am', country: 'ET' },
      demand: { id: pairs.p1.demand.id, kind: 'demand', language: 'kk', title: 'Text in kk', country: 'KZ' },
      score: 0.9,
      review: { state: 'new', version: 0 },
    });
  });

  it.each([
    ['minScore=0.8', ['p1']],
    ['country=AE', ['p4']],
    ['language=am', ['p1']],
    ['language=kk', ['p1', 'p4']],
    ['mode=investment', ['p1', 'p4']],
    ['mode=licence', ['p1']],
    ['trl=5', ['p4']],
  ])('filters within the portfolio: %s', async (query, expected) => {
    expect(namesIn(await queue(brokers.fields, query))).toEqual(expected);
  });

  it('filters by review state, and drops pairs whose side is no longer published', async () => {
    await http()
      .patch(`/api/v1/matches/${pairs.p4.offer.id}/${pairs.p4.demand.id}/review`)
      .set(brokers.fields)
      .send({ state: 'shortlisted', version: 0 })
      .expect(200);
    expect(namesIn(await queue(brokers.fields, 'state=shortlisted'))).toEqual(['p4']);
    expect(namesIn(await queue(brokers.fields, 'state=new'))).toEqual(['p1']);

    const demand = pairs.p2.demand;
    await http()
      .post(`/api/v1/demands/${demand.id}/status`)
      .set(cast.memberA.auth)
      .send({ to: 'archived', version: demand.version })
      .expect(200);
    expect(namesIn(await queue(brokers.countries))).toEqual(['p1']);
  });

  it('refuses bad queries with 400 naming each field', async () => {
    const res = await queue(brokers.countries, 'sort=oldest&minScore=2&trl=0&state=won').expect(400);
    expect([...new Set(res.body.details.map((d: { path: string }) => d.path))].sort()).toEqual(
      ['minScore', 'sort', 'state', 'trl'].sort(),
    );
  });
});

import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import request from 'supertest';
import { startApi } from './support/api-app.ts';
import { type Cast, seedCast } from './support/accounts.ts';
import { runSchemaClient } from './support/database.ts';
import { demandBody, offerBody, type PostingRef, postingIn } from './support/postings.ts';

/**
 * Bad input loses nothing: each kind of bad request answers its documented status in the standard
 * envelope, naming the offending field, and leaves the database as it was.
 *
 * "As it was" is measured where this request could have written, because other e2e files write
 * to the same schema at the same time: postings (and their translations) of this file's own
 * organisations, the two postings the updates aim at (whole rows), and outbox events carrying this
 * request's correlation id (every change of a posting records one).
 */
const RUN = randomBytes(3).toString('hex');
const NO_SUCH_ORGANIZATION = '00000000-0000-4000-8000-00000000dead';

type Http = ReturnType<typeof request.agent>;
type Send = (http: () => Http, ctx: Context) => request.Test;

interface Context {
  cast: Cast;
  offer: PostingRef;
  demand: PostingRef;
}

interface Case {
  send: Send;
  status: number;
  code: string;
  /** `path code` pairs that must be in details; no detail may name another path. */
  details: string[];
}

const translation = (overrides: Record<string, unknown> = {}) => ({
  language: 'en',
  origin: 'original',
  title: 'Heavy-metal sorbents for industrial wastewater',
  ...overrides,
});

const createOffer =
  (body: Record<string, unknown>): Send =>
  (http, { cast }) =>
    http().post('/api/v1/offers').set(cast.memberA.auth).send(body);
const createDemand =
  (body: Record<string, unknown>): Send =>
  (http, { cast }) =>
    http().post('/api/v1/demands').set(cast.memberA.auth).send(body);
const updateOffer =
  (body: (version: number) => Record<string, unknown>): Send =>
  (http, { cast, offer }) =>
    http().put(`/api/v1/offers/${offer.id}`).set(cast.memberA.auth).send(body(offer.version));
const rawJson =
  (method: 'post' | 'put', path: (ctx: Context) => string, text: string): Send =>
  (http, ctx) =>
    http()[method](path(ctx)).set(ctx.cast.memberA.auth).set('content-type', 'application/json').send(text);
const getAs =
  (url: (ctx: Context) => string): Send =>
  (http, ctx) =>
    http().get(url(ctx)).set(ctx.cast.memberA.auth);

const invalid = (details: string[]) => ({ status: 400, code: 'validation_failed', details });

// prettier-ignore
const CASES: Record<string, Case> = {
  // Shape: fields the API does not know are refused, not dropped.
  'an unknown field':                  { send: createOffer(offerBody({ sponsor: 'ACME' })), ...invalid(['sponsor whitelist_validation']) },
  'an unknown field in confidential':  { send: createOffer(offerBody({ confidential: { fax: '+7 383 000' } })), ...invalid(['confidential.fax whitelist_validation']) },
  'an unknown field in a translation': { send: createOffer(offerBody({ translations: [translation({ subtitle: 'x' })] })), ...invalid(['translations.0.subtitle whitelist_validation']) },
  'an unknown field on update':        { send: updateOffer((version) => offerBody({ version, sponsor: 'ACME' })), ...invalid(['sponsor whitelist_validation']) },
  // Types.
  'TRL as a string':                   { send: createOffer(offerBody({ trl: '6' })), ...invalid(['trl is_int']) },
  'translations as a string':          { send: createOffer(offerBody({ translations: 'en' })), ...invalid(['translations nested_validation']) },
  'a title as a number':               { send: createOffer(offerBody({ translations: [translation({ title: 42 })] })), ...invalid(['translations.0.title is_string']) },
  'confidential as an array':          { send: createOffer(offerBody({ confidential: ['secret'] })), ...invalid(['confidential is_object', 'confidential.0 nested_validation']) },
  // Sizes and ranges.
  'a title of 301 characters':         { send: createOffer(offerBody({ translations: [translation({ title: 'x'.repeat(301) })] })), ...invalid(['translations.0.title max_length']) },
  'a description of 20,001 characters': { send: createOffer(offerBody({ translations: [translation({ description: 'x'.repeat(20_001) })] })), ...invalid(['translations.0.description max_length']) },
  'TRL 0':                             { send: createOffer(offerBody({ trl: 0 })), ...invalid(['trl min']) },
  'TRL 10':                            { send: createOffer(offerBody({ trl: 10 })), ...invalid(['trl max']) },
  'a wanted TRL of 10 (demand)':       { send: createDemand(demandBody({ desiredTrlMin: 10 })), ...invalid(['desiredTrlMin max']) },
  'a negative price':                  { send: createOffer(offerBody({ askingPrice: { amount: -1, currency: 'USD' } })), ...invalid(['askingPrice.amount min']) },
  // Codes and formats.
  'an unknown owner country':          { send: createOffer(offerBody({ ownerCountry: 'XX' })), ...invalid(['ownerCountry is_iso31661_alpha2']) },
  'an unknown target country':         { send: createOffer(offerBody({ targetCountries: ['CN', 'ZZ'] })), ...invalid(['targetCountries is_iso31661_alpha2']) },
  'an unknown currency':               { send: createOffer(offerBody({ askingPrice: { amount: 10, currency: 'XYZ' } })), ...invalid(['askingPrice.currency is_iso4217_currency_code']) },
  'an unknown budget currency':        { send: createDemand(demandBody({ budget: { amount: 10, currency: 'ABC' } })), ...invalid(['budget.currency is_iso4217_currency_code']) },
  'a malformed IPC code':              { send: createOffer(offerBody({ ipcCodes: ['C02F 1/28', 'not an IPC code'] })), ...invalid(['ipcCodes matches']) },
  'an unknown cooperation mode':       { send: createOffer(offerBody({ cooperationModes: ['licence', 'barter'] })), ...invalid(['cooperationModes is_in']) },
  'an unknown language':               { send: createOffer(offerBody({ translations: [translation({ language: 'xx' })] })), ...invalid(['translations.0.language is_iso6391']) },
  'an impossible date':                { send: createDemand(demandBody({ deadline: '2027-02-30' })), ...invalid(['deadline is_iso8601']) },
  'a bad confidential e-mail':         { send: createOffer(offerBody({ confidential: { email: 'tto-at-institute' } })), ...invalid(['confidential.email is_email']) },
  'letters in the confidential phone': { send: createOffer(offerBody({ confidential: { phone: '+7 CALL ME' } })), ...invalid(['confidential.phone matches']) },
  // U+0000: PostgreSQL text and jsonb cannot hold it.
  'NUL in a title':                    { send: createOffer(offerBody({ translations: [translation({ title: 'Sorbents\u0000' })] })), ...invalid(['translations.0.title no_nul_character']) },
  'NUL in a keyword':                  { send: createDemand(demandBody({ translations: [translation({ keywords: ['ok', 'n\u0000l'] })] })), ...invalid(['translations.0.keywords no_nul_character']) },
  'NUL in the confidential contact':   { send: createOffer(offerBody({ confidential: { contactPerson: 'Dr.\u0000Petrova' } })), ...invalid(['confidential.contactPerson no_nul_character']) },
  'NUL in the confidential e-mail':    { send: createOffer(offerBody({ confidential: { email: 'tto\u0000@institute.example' } })), ...invalid(['confidential.email is_email']) },
  'NUL in a review comment':           { send: (http, { cast, offer }) => http().post(`/api/v1/offers/${offer.id}/review`).set(cast.broker.auth).send({ version: offer.version, decision: 'hold', comment: 'why\u0000', scores: { innovation: 3, clarity: 3, cooperation: 3, language: 3 } }), ...invalid(['comment no_nul_character']) },
  'NUL in an organisation name':       { send: (http, { cast }) => http().post('/api/v1/organizations').set(cast.admin.auth).send({ name: 'Null\u0000 Ltd', type: 'company', country: 'CN' }), ...invalid(['name no_nul_character']) },
  'NUL in a user name':                { send: (http, { cast }) => http().post('/api/v1/users').set(cast.admin.auth).send({ email: `nul-${RUN}@test.ttm`, password: 'a-long-enough-password', displayName: 'N\u0000', role: 'broker' }), ...invalid(['displayName no_nul_character']) },
  // Rules across fields: well-formed, but not a posting.
  'two originals':                     { send: createOffer(offerBody({ translations: [translation(), translation({ language: 'ru' })] })), status: 422, code: 'posting.original_required', details: ['translations one_original'] },
  'no original':                       { send: createOffer(offerBody({ translations: [translation({ origin: 'machine' })] })), status: 422, code: 'posting.original_required', details: ['translations one_original'] },
  'two translations in one language':  { send: createOffer(offerBody({ translations: [translation(), translation({ origin: 'human' })] })), status: 422, code: 'posting.duplicate_language', details: ['translations duplicate_language'] },
  'two originals on update':           { send: updateOffer((version) => offerBody({ version, translations: [translation(), translation({ language: 'ru' })] })), status: 422, code: 'posting.original_required', details: ['translations one_original'] },
  // Ids in the path.
  'an invalid id to read':             { send: getAs(() => '/api/v1/offers/not-a-uuid'), ...invalid(['id is_uuid']) },
  'an invalid id to update':           { send: (http, { cast }) => http().put('/api/v1/demands/1234').set(cast.memberA.auth).send(demandBody({ version: 1 })), ...invalid(['id is_uuid']) },
  'an invalid id to review':           { send: (http, { cast }) => http().post('/api/v1/offers/x/review').set(cast.broker.auth).send({ version: 1, decision: 'publish', scores: { innovation: 3, clarity: 3, cooperation: 3, language: 3 } }), ...invalid(['id is_uuid']) },
  'an invalid id to delete':           { send: (http, { cast, offer }) => http().delete(`/api/v1/offers/${offer.id}x?version=1`).set(cast.memberA.auth), ...invalid(['id is_uuid']) },
  'an invalid organisation id':        { send: getAs(() => "/api/v1/organizations/'%20OR%201=1"), ...invalid(['id is_uuid']) },
  // References.
  'an admin posting for no such organisation': { send: (http, { cast }) => http().post('/api/v1/offers').set(cast.admin.auth).send(offerBody({ organizationId: NO_SUCH_ORGANIZATION })), status: 404, code: 'organization.not_found', details: ['organizationId not_found'] },
  'a user of no such organisation':    { send: (http, { cast }) => http().post('/api/v1/users').set(cast.admin.auth).send({ email: `orphan-${RUN}@test.ttm`, password: 'a-long-enough-password', displayName: 'Orphan', role: 'member', organizationId: NO_SUCH_ORGANIZATION }), status: 404, code: 'organization.not_found', details: ['organizationId not_found'] },
  // Query strings.
  'pageSize=1000':                     { send: getAs(() => '/api/v1/offers?pageSize=1000'), ...invalid(['pageSize max']) },
  'sort=foo':                          { send: getAs(() => '/api/v1/offers?sort=foo'), ...invalid(['sort is_in']) },
  'page=0':                            { send: getAs(() => '/api/v1/demands?page=0'), ...invalid(['page min']) },
  'status=gone':                       { send: getAs(() => '/api/v1/offers?status=gone'), ...invalid(['status is_in']) },
  'an unknown query parameter':        { send: getAs(() => '/api/v1/offers?owner=me'), ...invalid(['owner whitelist_validation']) },
  'a delete without its version':      { send: (http, { cast, offer }) => http().delete(`/api/v1/offers/${offer.id}`).set(cast.memberA.auth), ...invalid(['version is_int']) },
};

describe('bad input loses nothing', () => {
  let app: NestExpressApplication;
  let db: pg.Client;
  let ctx: Context;
  let counter = 0;

  beforeAll(async () => {
    app = await startApi();
    db = await runSchemaClient();
    const cast = await seedCast(app);
    const by = { owner: cast.memberA, reviewer: cast.broker };
    ctx = {
      cast,
      offer: await postingIn(app, 'offers', 'draft', by),
      demand: await postingIn(app, 'demands', 'draft', by),
    };
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  /** What this request could have written, read straight from the run's schema. */
  async function footprint(correlationId: string) {
    const organizations = [ctx.cast.orgA, ctx.cast.orgB, NO_SUCH_ORGANIZATION];
    const count = async (sql: string, params: unknown[]) =>
      Number((await db.query<{ n: string }>(sql, params)).rows[0]!.n);
    const rows = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows;
    return {
      offer: await count('SELECT count(*) AS n FROM offer WHERE organization_id = ANY($1::uuid[])', [organizations]),
      offer_translation: await count(
        'SELECT count(*) AS n FROM offer_translation t JOIN offer o ON o.id = t.offer_id WHERE o.organization_id = ANY($1::uuid[])',
        [organizations],
      ),
      demand: await count('SELECT count(*) AS n FROM demand WHERE organization_id = ANY($1::uuid[])', [organizations]),
      demand_translation: await count(
        'SELECT count(*) AS n FROM demand_translation t JOIN demand d ON d.id = t.demand_id WHERE d.organization_id = ANY($1::uuid[])',
        [organizations],
      ),
      outbox_event: await count('SELECT count(*) AS n FROM outbox_event WHERE correlation_id = $1', [correlationId]),
      targets: await rows(
        `SELECT to_jsonb(o) AS row, (SELECT jsonb_agg(to_jsonb(t) ORDER BY t.language) FROM offer_translation t WHERE t.offer_id = o.id) AS translations
           FROM offer o WHERE o.id = $1
         UNION ALL
         SELECT to_jsonb(d), (SELECT jsonb_agg(to_jsonb(t) ORDER BY t.language) FROM demand_translation t WHERE t.demand_id = d.id)
           FROM demand d WHERE d.id = $2`,
        [ctx.offer.id, ctx.demand.id],
      ),
    };
  }

  /** Sends with a fresh correlation id; returns the answer and the footprint before and after. */
  async function sendTracked(send: Send) {
    const correlationId = `bad-input-${RUN}-${++counter}`;
    const before = await footprint(correlationId);
    const agent = request.agent(app.getHttpServer()).set('x-request-id', correlationId);
    const res = await send(() => agent, ctx);
    return { res, correlationId, before, after: await footprint(correlationId) };
  }

  function expectEnvelope(res: request.Response, correlationId: string, expected: Omit<Case, 'send'>): void {
    expect({ status: res.status, text: res.text }).toEqual({ status: expected.status, text: expect.any(String) });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual({
      statusCode: expected.status,
      code: expected.code,
      message: expect.any(String),
      details: expect.any(Array),
      correlationId,
    });
    expect(res.headers['x-request-id']).toBe(correlationId);
    const details = res.body.details as { path: string; code: string; message: string }[];
    for (const detail of details) {
      expect(detail).toEqual({ path: expect.any(String), code: expect.any(String), message: expect.any(String) });
    }
    const pairs = details.map((d) => `${d.path} ${d.code}`);
    expect(pairs).toEqual(expect.arrayContaining(expected.details));
    const paths = new Set(expected.details.map((d) => d.split(' ')[0]));
    expect(details.filter((d) => !paths.has(d.path))).toEqual([]);
  }

  it('control: a good request does leave a footprint (so the checks below can fail)', async () => {
    const { res, before, after } = await sendTracked(createOffer(offerBody()));
    expect(res.status).toBe(201);
    expect(after).toMatchObject({
      offer: before.offer + 1,
      offer_translation: before.offer_translation + 2,
      outbox_event: 1,
    });
  });

  it.each(Object.entries(CASES).map(([name, c]) => [name, c.status, c.code, c] as const))(
    '%s → %i %s, nothing stored',
    async (_name, _status, _code, c) => {
      const { res, correlationId, before, after } = await sendTracked(c.send);
      expectEnvelope(res, correlationId, c);
      expect(after).toEqual(before);
      expect(after.outbox_event).toBe(0);
    },
  );

  it('a JSON body over 1 MB → 413 payload_too_large, nothing stored', async () => {
    const big = JSON.stringify(offerBody({ translations: [translation({ description: 'x'.repeat(1_100_000) })] }));
    const { res, correlationId, before, after } = await sendTracked(rawJson('post', () => '/api/v1/offers', big));
    expectEnvelope(res, correlationId, { status: 413, code: 'payload_too_large', details: [] });
    expect(after).toEqual(before);
  });
  it.each([
    ['cut short', '{"ownerCountry": "RU", "trl": '],
    ['with a trailing comma', '{"ownerCountry": "RU",}'],
    ['that is not an object or array', 'null'],
  ])('a JSON body %s → 400 invalid_json, nothing stored', async (_name, text) => {
    const { res, correlationId, before, after } = await sendTracked(rawJson('post', () => '/api/v1/offers', text));
    expectEnvelope(res, correlationId, { status: 400, code: 'invalid_json', details: [] });
    expect(res.body.message).toMatch(/^The request body is not valid JSON/);
    expect(after).toEqual(before);
  });

  it('malformed JSON on a public route answers the same envelope', async () => {
    const { res, correlationId } = await sendTracked((http) =>
      http().post('/api/v1/auth/login').set('content-type', 'application/json').send('{"email":'),
    );
    expectEnvelope(res, correlationId, { status: 400, code: 'invalid_json', details: [] });
  });

  it('a __proto__ key pollutes nothing: it is dropped, and no prototype changes', async () => {
    const text = JSON.stringify(offerBody()).replace('{', '{"__proto__":{"polluted":"yes","role":"admin"},');
    const { res, after, before } = await sendTracked(rawJson('post', () => '/api/v1/offers', text));
    expect(res.status).toBe(201);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(after.offer).toBe(before.offer + 1);
    const stored = await db.query('SELECT to_jsonb(o)::text AS row FROM offer o WHERE id = $1', [res.body.id]);
    expect(stored.rows[0].row).not.toContain('polluted');
  });
});

import type { NestExpressApplication } from '@nestjs/platform-express';
import { AccountsService } from '@ttm/accounts';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startApi } from './support/api-app.ts';
import { seedMatches } from './support/matches.ts';
import { type Actor, type Cast, seedCast } from './support/accounts.ts';
import {
  bodyFor,
  type FixtureStatus,
  POSTING_KINDS,
  type PostingKind,
  type PostingRef,
  postingIn,
  REVIEW_SCORES,
} from './support/postings.ts';

/*
 * Who may call what. Every route of the API × every kind of caller, with the status each cell must
 * answer; `:postings` rows run for both /offers and /demands. The owner of every posting is
 * organisation A:
 *   anonymous    no token
 *   ownMember    a member of A, the owner organisation
 *   otherMember  a member of B, another organisation
 *   broker       a broker (of a broker agency)
 *   admin        an admin (of no organisation)
 * Unpublished postings of another organisation answer 404, never 403: their existence is not
 * revealed (a separate test checks the 404 is indistinguishable from an id that does not exist).
 */
type ActorName = 'anonymous' | 'ownMember' | 'otherMember' | 'broker' | 'admin';

/** Routes that act on no existing posting. Paths under /api/v1 unless they start with `!`. */
// prettier-ignore
const WITHOUT_POSTING: [route: string, actor: ActorName, status: number][] = [
  // route                          actor           status
  ['GET    !/health',               'anonymous',    200],
  ['GET    !/health',               'ownMember',    200],
  ['GET    !/health',               'otherMember',  200],
  ['GET    !/health',               'broker',       200],
  ['GET    !/health',               'admin',        200],
  ['GET    !/health/ready',         'anonymous',    200],
  ['GET    !/health/ready',         'ownMember',    200],
  ['GET    !/health/ready',         'otherMember',  200],
  ['GET    !/health/ready',         'broker',       200],
  ['GET    !/health/ready',         'admin',        200],
  ['GET    !/metrics',              'anonymous',    200],
  ['GET    !/metrics',              'ownMember',    200],
  ['GET    !/metrics',              'otherMember',  200],
  ['GET    !/metrics',              'broker',       200],
  ['GET    !/metrics',              'admin',        200],
  ['GET    !/docs',                 'anonymous',    200],
  ['GET    !/docs',                 'ownMember',    200],
  ['GET    !/docs',                 'otherMember',  200],
  ['GET    !/docs',                 'broker',       200],
  ['GET    !/docs',                 'admin',        200],
  ['GET    !/docs-json',            'anonymous',    200],
  ['GET    !/docs-json',            'ownMember',    200],
  ['GET    !/docs-json',            'otherMember',  200],
  ['GET    !/docs-json',            'broker',       200],
  ['GET    !/docs-json',            'admin',        200],
  ['POST   /auth/login',            'anonymous',    200],
  ['POST   /auth/login',            'ownMember',    200],
  ['POST   /auth/login',            'otherMember',  200],
  ['POST   /auth/login',            'broker',       200],
  ['POST   /auth/login',            'admin',        200],
  ['POST   /auth/refresh',          'anonymous',    200],
  ['POST   /auth/refresh',          'ownMember',    200],
  ['POST   /auth/refresh',          'otherMember',  200],
  ['POST   /auth/refresh',          'broker',       200],
  ['POST   /auth/refresh',          'admin',        200],
  ['POST   /auth/logout',           'anonymous',    401],
  ['POST   /auth/logout',           'ownMember',    204],
  ['POST   /auth/logout',           'otherMember',  204],
  ['POST   /auth/logout',           'broker',       204],
  ['POST   /auth/logout',           'admin',        204],
  ['GET    /users/me',              'anonymous',    401],
  ['GET    /users/me',              'ownMember',    200],
  ['GET    /users/me',              'otherMember',  200],
  ['GET    /users/me',              'broker',       200],
  ['GET    /users/me',              'admin',        200],
  ['POST   /users',                 'anonymous',    401],
  ['POST   /users',                 'ownMember',    403],
  ['POST   /users',                 'otherMember',  403],
  ['POST   /users',                 'broker',       403],
  ['POST   /users',                 'admin',        201],
  ['GET    /organizations',         'anonymous',    401],
  ['GET    /organizations',         'ownMember',    200],
  ['GET    /organizations',         'otherMember',  200],
  ['GET    /organizations',         'broker',       200],
  ['GET    /organizations',         'admin',        200],
  ['GET    /organizations/:id',     'anonymous',    401],
  ['GET    /organizations/:id',     'ownMember',    200],
  ['GET    /organizations/:id',     'otherMember',  200],
  ['GET    /organizations/:id',     'broker',       200],
  ['GET    /organizations/:id',     'admin',        200],
  ['POST   /organizations',         'anonymous',    401],
  ['POST   /organizations',         'ownMember',    403],
  ['POST   /organizations',         'otherMember',  403],
  ['POST   /organizations',         'broker',       403],
  ['POST   /organizations',         'admin',        201],
  ['GET    /:postings',             'anonymous',    401],
  ['GET    /:postings',             'ownMember',    200],
  ['GET    /:postings',             'otherMember',  200],
  ['GET    /:postings',             'broker',       200],
  ['GET    /:postings',             'admin',        200],
  ['GET    /search/:postings',      'anonymous',    401],
  ['GET    /search/:postings',      'ownMember',    200],
  ['GET    /search/:postings',      'otherMember',  200],
  ['GET    /search/:postings',      'broker',       200],
  ['GET    /search/:postings',      'admin',        200],
  // Creating a posting for organisation A.
  ['POST   /:postings',             'anonymous',    401],
  ['POST   /:postings',             'ownMember',    201],
  ['POST   /:postings',             'otherMember',  403],
  ['POST   /:postings',             'broker',       403],
  ['POST   /:postings',             'admin',        201],
  // The queue dashboard (bull-board, outside the OpenAPI document): admins only.
  ['GET    !/admin/queues',         'anonymous',    401],
  ['GET    !/admin/queues',         'ownMember',    403],
  ['GET    !/admin/queues',         'otherMember',  403],
  ['GET    !/admin/queues',         'broker',       403],
  ['GET    !/admin/queues',         'admin',        200],
  // Match lists and reviews: brokers and admins only. The pair routes act on a fresh matched pair of A.
  ['GET    /matches',               'anonymous',    401],
  ['GET    /matches',               'ownMember',    403],
  ['GET    /matches',               'otherMember',  403],
  ['GET    /matches',               'broker',       200],
  ['GET    /matches',               'admin',        200],
  ['PATCH  /matches/:offerId/:demandId/review', 'anonymous',   401],
  ['PATCH  /matches/:offerId/:demandId/review', 'ownMember',   403],
  ['PATCH  /matches/:offerId/:demandId/review', 'otherMember', 403],
  ['PATCH  /matches/:offerId/:demandId/review', 'broker',      200],
  ['PATCH  /matches/:offerId/:demandId/review', 'admin',       200],
  ['GET    /matches/:offerId/:demandId/audit',  'anonymous',   401],
  ['GET    /matches/:offerId/:demandId/audit',  'ownMember',   403],
  ['GET    /matches/:offerId/:demandId/audit',  'otherMember', 403],
  ['GET    /matches/:offerId/:demandId/audit',  'broker',      200],
  ['GET    /matches/:offerId/:demandId/audit',  'admin',       200],
];

/**
 * Routes that act on one posting of organisation A, built fresh for each cell, in two states:
 * unpublished (a draft; for the review route a posting pending review, as a draft cannot be
 * reviewed) and published. What each route does to it is in ON_POSTING_CALLS below.
 */
// prettier-ignore
const ON_POSTING: [route: string, actor: ActorName, unpublished: number, published: number][] = [
  // route                                actor           unpublished     published
  ['GET    /:postings/:id',               'anonymous',    401,            401],
  ['GET    /:postings/:id',               'ownMember',    200,            200],
  ['GET    /:postings/:id',               'otherMember',  404,            200],
  ['GET    /:postings/:id',               'broker',       200,            200],
  ['GET    /:postings/:id',               'admin',        200,            200],
  ['PUT    /:postings/:id',               'anonymous',    401,            401],
  ['PUT    /:postings/:id',               'ownMember',    200,            200],
  ['PUT    /:postings/:id',               'otherMember',  404,            403],
  ['PUT    /:postings/:id',               'broker',       403,            403],
  ['PUT    /:postings/:id',               'admin',        200,            200],
  ['POST   /:postings/:id/status',        'anonymous',    401,            401],
  ['POST   /:postings/:id/status',        'ownMember',    200,            200],
  ['POST   /:postings/:id/status',        'otherMember',  404,            403],
  ['POST   /:postings/:id/status',        'broker',       403,            403],
  ['POST   /:postings/:id/status',        'admin',        200,            200],
  // Members never review: 403 for any id, existing or not, so it reveals nothing.
  ['POST   /:postings/:id/review',        'anonymous',    401,            401],
  ['POST   /:postings/:id/review',        'ownMember',    403,            403],
  ['POST   /:postings/:id/review',        'otherMember',  403,            403],
  ['POST   /:postings/:id/review',        'broker',       200,            200],
  ['POST   /:postings/:id/review',        'admin',        200,            200],
  // Reviews are for the owner organisation and reviewers only: others get 404 even when published.
  ['GET    /:postings/:id/reviews',       'anonymous',    401,            401],
  ['GET    /:postings/:id/reviews',       'ownMember',    200,            200],
  ['GET    /:postings/:id/reviews',       'otherMember',  404,            404],
  ['GET    /:postings/:id/reviews',       'broker',       200,            200],
  ['GET    /:postings/:id/reviews',       'admin',        200,            200],
  ['DELETE /:postings/:id',               'anonymous',    401,            401],
  ['DELETE /:postings/:id',               'ownMember',    204,            204],
  ['DELETE /:postings/:id',               'otherMember',  404,            403],
  ['DELETE /:postings/:id',               'broker',       403,            403],
  ['DELETE /:postings/:id',               'admin',        204,            204],
  // A posting's match list: brokers and admins only, whatever the posting's status.
  ['GET    /:postings/:id/matches',       'anonymous',    401,            401],
  ['GET    /:postings/:id/matches',       'ownMember',    403,            403],
  ['GET    /:postings/:id/matches',       'otherMember',  403,            403],
  ['GET    /:postings/:id/matches',       'broker',       200,            200],
  ['GET    /:postings/:id/matches',       'admin',        200,            200],
];

type State = 'unpublished' | 'published';

interface Cell {
  route: string;
  kind: PostingKind | null;
  actor: ActorName;
  state: State | null;
  status: number;
}

const expandKinds = (route: string): [string, PostingKind | null][] =>
  route.includes(':postings') ? POSTING_KINDS.map((kind) => [route.replace(':postings', kind), kind]) : [[route, null]];

const CELLS: Cell[] = [
  ...WITHOUT_POSTING.flatMap(([route, actor, status]) =>
    expandKinds(route).map(([r, kind]) => ({ route: r, kind, actor, state: null, status })),
  ),
  ...ON_POSTING.flatMap(([route, actor, unpublished, published]) =>
    expandKinds(route).flatMap(([r, kind]) => [
      { route: r, kind, actor, state: 'unpublished' as const, status: unpublished },
      { route: r, kind, actor, state: 'published' as const, status: published },
    ]),
  ),
];

/** 17 routes without a posting + 3 per kind, × 5 actors; 7 routes per kind × 5 actors × 2 states. */
const EXPECTED_CELLS = 17 * 5 + 3 * 2 * 5 + 7 * 2 * 5 * 2;

const CODE_OF_DENIAL: Record<number, (kind: PostingKind | null) => RegExp> = {
  401: () => /^auth\.token_required$/,
  403: () => /forbidden$/,
  404: (kind) => new RegExp(`^${kind === 'offers' ? 'offer' : 'demand'}\\.not_found$`),
};

describe(`authorisation matrix: ${CELLS.length} cells (route × actor × posting state)`, () => {
  let app: NestExpressApplication;
  let cast: Cast;
  let spare: { email: string; password: string };
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startApi();
    cast = await seedCast(app);
    // Someone for the anonymous caller to log in as.
    spare = { email: `spare-${randomUUID().slice(0, 8)}@test.ttm`, password: 'spare-password-long' };
    await app
      .get(AccountsService)
      .createUser({ ...spare, displayName: 'spare', role: 'member', organizationId: cast.orgA });
  });
  afterAll(() => app.close());

  const actorOf = (name: ActorName): Actor | null =>
    ({
      anonymous: null,
      ownMember: cast.memberA,
      otherMember: cast.memberB,
      broker: cast.broker,
      admin: cast.admin,
    })[name];

  const authOf = (name: ActorName): Record<string, string> => actorOf(name)?.auth ?? {};

  /** The current state of a posting, read as an admin (who sees everything). */
  const current = async (p: PostingRef): Promise<{ status: number; version?: number; state?: string }> => {
    const res = await http().get(`/api/v1/${p.kind}/${p.id}`).set(cast.admin.auth);
    return { status: res.status, version: res.body.version, state: res.body.status };
  };

  it(`has ${EXPECTED_CELLS} cells, one per route × actor (× posting state where there is one)`, () => {
    process.stdout.write(`[authorisation matrix] ${CELLS.length} cells\n`);
    expect(CELLS).toHaveLength(EXPECTED_CELLS);
    const keys = CELLS.map((c) => `${c.route} ${c.actor} ${c.state}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('covers every operation of the OpenAPI document', async () => {
    const { body } = await http().get('/docs-json').expect(200);
    const documented = Object.entries(body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, operations]) =>
        Object.keys(operations).map((method) => {
          const route = path.replace(/^\/api\/v1/, '').replace(/\{(\w+)\}/g, ':$1');
          return `${method.toUpperCase()} ${path.startsWith('/api/v1/') ? route : `!${route}`}`;
        }),
    );
    const inMatrix = new Set(CELLS.map((c) => c.route.replace(/\s+/, ' ')));
    expect(documented.filter((op) => !inMatrix.has(op))).toEqual([]);
  });

  describe.each(['anonymous', 'ownMember', 'otherMember', 'broker', 'admin'] as const)('%s', (actorName) => {
    it.each(CELLS.filter((c) => c.actor === actorName && c.state === null).map((c) => [c.route, c.status, c]))(
      '%s → %i',
      async (_route, _status, cell) => {
        await runWithoutPosting(cell as Cell);
      },
    );
    it.each(CELLS.filter((c) => c.actor === actorName && c.state !== null).map((c) => [c.route, c.state, c.status, c]))(
      '%s, posting %s → %i',
      async (_route, _state, _status, cell) => {
        await runOnPosting(cell as Cell);
      },
    );
  });

  it.each(POSTING_KINDS)(
    'another organisation’s unpublished posting (%s) answers exactly like one that does not exist',
    async (kind) => {
      for (const [route, spec] of Object.entries(ON_POSTING_CALLS)) {
        const real = await postingIn(app, kind, spec.fixture.unpublished, {
          owner: cast.memberA,
          reviewer: cast.broker,
        });
        const missing: PostingRef = { ...real, id: randomUUID() };
        const seen = (res: request.Response, id: string) => ({
          route,
          status: res.status,
          body: { ...res.body, message: String(res.body.message).replace(id, '<id>'), correlationId: '<id>' },
        });
        const [forReal, forMissing] = [
          await spec.call(real, 'unpublished', cast.memberB.auth),
          await spec.call(missing, 'unpublished', cast.memberB.auth),
        ];
        expect(seen(forReal, real.id)).toEqual(seen(forMissing, missing.id));
        expect(await current(real)).toMatchObject({ status: 200, version: real.version, state: real.status });
      }
    },
  );

  function expectAnswer(res: request.Response, cell: Cell): void {
    if (res.status !== cell.status) {
      throw new Error(`${cell.route} as ${cell.actor}: expected ${cell.status}, got ${res.status} ${res.text}`);
    }
    if (cell.status >= 400) {
      expect(res.body).toEqual({
        statusCode: cell.status,
        code: expect.stringMatching(CODE_OF_DENIAL[cell.status]!(cell.kind)),
        message: expect.any(String),
        details: expect.any(Array),
        correlationId: expect.any(String),
      });
    }
  }

  async function runWithoutPosting(cell: Cell): Promise<void> {
    const actor = actorOf(cell.actor);
    const auth = authOf(cell.actor);
    const [method, path] = cell.route.split(/\s+/) as [string, string];
    const run = randomUUID().slice(0, 8);
    let res: request.Response;
    switch (`${method} ${cell.kind ? path.replace(cell.kind, ':postings') : path}`) {
      case 'GET !/health':
      case 'GET !/health/ready':
      case 'GET !/metrics':
      case 'GET !/docs':
      case 'GET !/docs-json':
      case 'GET /users/me':
      case 'GET /organizations':
      case 'GET /:postings':
      case 'GET /search/:postings':
      case 'GET !/admin/queues':
      case 'GET /matches':
        res = await http()
          .get(path.startsWith('!') ? path.slice(1) : `/api/v1${path}`)
          .set(auth);
        break;
      case 'GET /organizations/:id':
        res = await http().get(`/api/v1/organizations/${cast.orgA}`).set(auth);
        break;
      case 'POST /auth/login': {
        const credentials = actor ?? spare;
        res = await http()
          .post('/api/v1/auth/login')
          .set(auth)
          .send({ email: credentials.email, password: credentials.password });
        if (res.status === 200)
          expect(res.body).toMatchObject({ tokenType: 'Bearer', accessToken: expect.any(String) });
        break;
      }
      case 'POST /auth/refresh': {
        const credentials = actor ?? spare;
        const login = await http()
          .post('/api/v1/auth/login')
          .send({ email: credentials.email, password: credentials.password })
          .expect(200);
        res = await http().post('/api/v1/auth/refresh').set(auth).send({ refreshToken: login.body.refreshToken });
        if (res.status === 200) expect(res.body.refreshToken).not.toBe(login.body.refreshToken);
        break;
      }
      case 'POST /auth/logout':
        res = await http().post('/api/v1/auth/logout').set(auth);
        break;
      case 'POST /users':
        res = await http()
          .post('/api/v1/users')
          .set(auth)
          .send({
            email: `new-${run}@test.ttm`,
            password: 'a-long-enough-password',
            displayName: `New ${run}`,
            role: 'member',
            organizationId: cast.orgA,
          });
        break;
      case 'POST /organizations':
        res = await http()
          .post('/api/v1/organizations')
          .set(auth)
          .send({ name: `Org ${run}`, type: 'university', country: 'IN' });
        break;
      case 'POST /:postings': {
        const kind = cell.kind!;
        const countOfA = async () =>
          (await http().get(`/api/v1/${kind}?organizationId=${cast.orgA}&pageSize=1`).set(cast.admin.auth).expect(200))
            .body.meta.total as number;
        const before = await countOfA();
        res = await http()
          .post(`/api/v1/${kind}`)
          .set(auth)
          .send(bodyFor(kind, { organizationId: cast.orgA }));
        expect(await countOfA()).toBe(before + (res.status === 201 ? 1 : 0));
        if (res.status === 201) expect(res.body).toMatchObject({ organizationId: cast.orgA, status: 'draft' });
        break;
      }
      case 'PATCH /matches/:offerId/:demandId/review':
      case 'GET /matches/:offerId/:demandId/audit': {
        const by = { owner: cast.memberA, reviewer: cast.broker };
        const offer = await postingIn(app, 'offers', 'published', by);
        const demand = await postingIn(app, 'demands', 'published', by);
        await seedMatches(app, [{ offer, demand, score: 0.6 }]);
        const pair = `/api/v1/matches/${offer.id}/${demand.id}`;
        res =
          method === 'PATCH'
            ? await http().patch(`${pair}/review`).set(auth).send({ state: 'shortlisted', version: 0 })
            : await http().get(`${pair}/audit`).set(auth);
        if (res.status === 200)
          expect(res.body).toEqual(
            method === 'PATCH' ? expect.objectContaining({ state: 'shortlisted', version: 1 }) : [],
          );
        const trail = await http().get(`${pair}/audit`).set(cast.admin.auth).expect(200);
        expect(trail.body).toHaveLength(method === 'PATCH' && res.status === 200 ? 1 : 0);
        break;
      }
      default:
        throw new Error(`no call defined for ${cell.route}`);
    }
    expectAnswer(res, cell);
  }

  /** For each route on a posting: the fixture per state, the call, and its effect when allowed. */
  const ON_POSTING_CALLS: Record<
    string,
    {
      fixture: Record<State, FixtureStatus>;
      call: (p: PostingRef, state: State, auth: Record<string, string>) => Promise<request.Response>;
      /** What an allowed call leaves behind (a denied one must leave the posting as it was). */
      effect?: (p: PostingRef, state: State) => { status: number; version?: number; state?: string };
    }
  > = {
    'GET /:postings/:id': {
      fixture: { unpublished: 'draft', published: 'published' },
      call: (p, _s, auth) => http().get(`/api/v1/${p.kind}/${p.id}`).set(auth),
    },
    'PUT /:postings/:id': {
      fixture: { unpublished: 'draft', published: 'published' },
      call: (p, _s, auth) =>
        http()
          .put(`/api/v1/${p.kind}/${p.id}`)
          .set(auth)
          .send(bodyFor(p.kind, { version: p.version, ownerCountry: 'KZ' })),
      effect: (p) => ({ status: 200, version: p.version + 1, state: p.status }),
    },
    'POST /:postings/:id/status': {
      fixture: { unpublished: 'draft', published: 'published' },
      call: (p, state, auth) =>
        http()
          .post(`/api/v1/${p.kind}/${p.id}/status`)
          .set(auth)
          .send({ version: p.version, to: state === 'unpublished' ? 'pending_review' : 'archived' }),
      effect: (p, state) => ({
        status: 200,
        version: p.version + 1,
        state: state === 'unpublished' ? 'pending_review' : 'archived',
      }),
    },
    'POST /:postings/:id/review': {
      fixture: { unpublished: 'pending_review', published: 'published' },
      call: (p, state, auth) =>
        http()
          .post(`/api/v1/${p.kind}/${p.id}/review`)
          .set(auth)
          .send(
            state === 'unpublished'
              ? { version: p.version, decision: 'publish', scores: REVIEW_SCORES }
              : { version: p.version, decision: 'hold', scores: REVIEW_SCORES, comment: 'please add a drawing' },
          ),
      effect: (p, state) => ({
        status: 200,
        version: p.version + 1,
        state: state === 'unpublished' ? 'published' : 'on_hold',
      }),
    },
    'GET /:postings/:id/reviews': {
      fixture: { unpublished: 'draft', published: 'published' },
      call: (p, _s, auth) => http().get(`/api/v1/${p.kind}/${p.id}/reviews`).set(auth),
    },
    'GET /:postings/:id/matches': {
      fixture: { unpublished: 'draft', published: 'published' },
      call: (p, _s, auth) => http().get(`/api/v1/${p.kind}/${p.id}/matches`).set(auth),
    },
    'DELETE /:postings/:id': {
      fixture: { unpublished: 'draft', published: 'published' },
      call: (p, _s, auth) => http().delete(`/api/v1/${p.kind}/${p.id}?version=${p.version}`).set(auth),
      effect: () => ({ status: 404 }),
    },
  };

  async function runOnPosting(cell: Cell): Promise<void> {
    const kind = cell.kind!;
    const state = cell.state!;
    const key = cell.route.replace(kind, ':postings').replace(/\s+/, ' ');
    const spec = ON_POSTING_CALLS[key];
    if (!spec) throw new Error(`no call defined for ${cell.route}`);
    const posting = await postingIn(app, kind, spec.fixture[state], { owner: cast.memberA, reviewer: cast.broker });
    const res = await spec.call(posting, state, authOf(cell.actor));
    expectAnswer(res, cell);
    if (res.status < 300 && res.body?.id) expect(res.body.id).toBe(posting.id);
    const unchanged = { status: 200, version: posting.version, state: posting.status };
    const after = res.status < 300 && spec.effect ? spec.effect(posting, state) : unchanged;
    expect(await current(posting)).toMatchObject(after);
  }
});

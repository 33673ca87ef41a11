import type { NestExpressApplication } from '@nestjs/platform-express';
import { ALL_QUEUES } from '@ttm/jobs';
import request from 'supertest';
import { startApi } from './support/api-app.ts';
import { type Cast, seedCast } from './support/accounts.ts';
import { handMadeJwt } from './support/tokens.ts';

/** bull-board at /admin/queues: admins only, by bearer token or by the cookie its sign-in sets. */
describe('queue dashboard', () => {
  let app: NestExpressApplication;
  let cast: Cast;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    app = await startApi();
    cast = await seedCast(app);
  });
  afterAll(() => app.close());

  const queueNames = (res: request.Response) => (res.body.queues as { name: string }[]).map((q) => q.name).sort();

  it('serves admins the board and its JSON API, listing every queue of ALL_QUEUES', async () => {
    const page = await http().get('/admin/queues').set(cast.admin.auth).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<base href="/admin/queues/" />');
    expect(page.text).toContain('<title>TTM queues</title>');
    // Its scripts come from the board too, behind the same guard.
    const script = /src="(static\/js\/main\.[^"]+\.js)"/.exec(page.text)![1]!;
    await http().get(`/admin/queues/${script}`).set(cast.admin.auth).expect(200);
    await http().get(`/admin/queues/${script}`).expect(401);
    const api = await http().get('/admin/queues/api/queues').set(cast.admin.auth).expect(200);
    expect(queueNames(api)).toEqual([...ALL_QUEUES].sort());
  });

  it.each([
    ['a broker', 'broker'],
    ['a member', 'memberA'],
  ] as const)('refuses %s with 403, on the page and on the API', async (_who, actor) => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues', '/admin/queues/api/queues/pause']) {
      const res = await http().get(path).set(cast[actor].auth);
      expect([path, res.status, res.body.code]).toEqual([path, 403, 'auth.role_forbidden']);
    }
    const pause = await http().put('/admin/queues/api/queues/pause').set(cast[actor].auth).expect(403);
    expect(pause.body).toMatchObject({ statusCode: 403, correlationId: expect.any(String) });
  });

  it('refuses anonymous callers and bad tokens with 401', async () => {
    const anonymous = await http().get('/admin/queues/api/queues').expect(401);
    expect(anonymous.body).toEqual({
      statusCode: 401,
      code: 'auth.token_required',
      message: expect.any(String),
      details: [],
      correlationId: expect.any(String),
    });
    const forged = handMadeJwt({ alg: 'HS256', typ: 'JWT' }, { sub: cast.admin.userId, role: 'admin' }, 'not-the-key');
    const bad = await http().get('/admin/queues').set('Authorization', `Bearer ${forged}`).expect(401);
    expect(bad.body.code).toBe('auth.invalid_token');
    await http().get('/admin/queues').set('Cookie', `ttm_queues_token=${forged}`).expect(401);
  });

  it('signs a browser in with an httpOnly cookie scoped to the board, and out again', async () => {
    const form = await http().get('/admin/queues/login').expect(200);
    expect(form.text).toContain('name="token"');
    expect(form.headers['cache-control']).toBe('no-store');

    // A broker's token sets nothing.
    const refused = await http()
      .post('/admin/queues/login')
      .type('form')
      .send({ token: cast.broker.token })
      .expect(403);
    expect(refused.headers['set-cookie']).toBeUndefined();

    const signIn = await http().post('/admin/queues/login').type('form').send({ token: cast.admin.token }).expect(303);
    expect(signIn.headers.location).toBe('/admin/queues/');
    const cookie = (signIn.headers['set-cookie'] as unknown as string[])[0]!;
    expect(cookie).toMatch(/^ttm_queues_token=[^;]+;/);
    expect(cookie).toMatch(/; Path=\/admin\/queues/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Max-Age=\d+/);
    const session = cookie.split(';')[0]!;
    const api = await http().get('/admin/queues/api/queues').set('Cookie', session).expect(200);
    expect(queueNames(api)).toEqual([...ALL_QUEUES].sort());
    await http().get('/admin/queues/').set('Cookie', session).expect(200);

    // JSON works as well as a form.
    await http().post('/admin/queues/login').send({ token: cast.admin.token }).expect(303);

    const signOut = await http().post('/admin/queues/logout').set('Cookie', session).expect(303);
    expect(signOut.headers.location).toBe('/admin/queues/login');
    expect((signOut.headers['set-cookie'] as unknown as string[])[0]).toMatch(
      /^ttm_queues_token=;.*Expires=Thu, 01 Jan 1970/,
    );
  });

  it('leaves the API and its 404s as they were', async () => {
    await http().get('/admin/queues-not').set(cast.admin.auth).expect(404);
    await http().get('/api/v1/users/me').set(cast.admin.auth).expect(200);
  });
});

import type { NestExpressApplication } from '@nestjs/platform-express';
import { AccountsService } from '@ttm/accounts';
import { AppConfig } from '@ttm/config';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startApi } from './support/api-app.ts';
import { type Cast, seedCast } from './support/accounts.ts';
import { claimsOf, handMadeJwt } from './support/tokens.ts';

/**
 * This file's api counts failed logins under its own key prefix (a sub-namespace of the run's,
 * dropped with it), so its deliberate failures never rate-limit the other e2e files' logins.
 */
const OWN_PREFIX = { QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-tokens` };

describe('refresh tokens', () => {
  let app: NestExpressApplication;
  let cast: Cast;
  const http = () => request(app.getHttpServer());
  const login = async (who: { email: string; password: string }) =>
    (await http().post('/api/v1/auth/login').send({ email: who.email, password: who.password }).expect(200)).body as {
      accessToken: string;
      refreshToken: string;
    };

  beforeAll(async () => {
    app = await startApi(OWN_PREFIX);
    cast = await seedCast(app);
  });
  afterAll(() => app.close());

  it('work once: the new pair works, the spent token answers 401 auth.invalid_token', async () => {
    const first = await login(cast.memberA);
    const second = await http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200);
    expect(second.body).toMatchObject({ tokenType: 'Bearer', accessToken: expect.any(String) });
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    await http()
      .get('/api/v1/users/me')
      .set('Authorization', `Bearer ${second.body.accessToken}`)
      .expect(200)
      .expect((res) => expect(res.body.id).toBe(cast.memberA.userId));

    const replay = await http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    expect(replay.body).toMatchObject({ statusCode: 401, code: 'auth.invalid_token' });
    await http().post('/api/v1/auth/refresh').send({ refreshToken: second.body.refreshToken }).expect(200);
  });

  it('work once even when raced: of five simultaneous uses, one succeeds', async () => {
    const { refreshToken } = await login(cast.memberA2);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => http().post('/api/v1/auth/refresh').send({ refreshToken })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 401, 401, 401, 401]);
  });

  it('are all revoked by logout, the caller’s only', async () => {
    const [laptop, phone] = [await login(cast.memberB), await login(cast.memberB)];
    const someoneElse = await login(cast.memberA2);
    await http().post('/api/v1/auth/logout').set('Authorization', `Bearer ${laptop.accessToken}`).expect(204);
    for (const session of [laptop, phone]) {
      const res = await http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
      expect(res.body.code).toBe('auth.invalid_token');
    }
    await http().post('/api/v1/auth/refresh').send({ refreshToken: someoneElse.refreshToken }).expect(200);
  });
});

describe('login', () => {
  let app: NestExpressApplication;
  let cast: Cast;
  const http = () => request(app.getHttpServer());
  const config = AppConfig.load(process.env);

  beforeAll(async () => {
    app = await startApi(OWN_PREFIX);
    cast = await seedCast(app);
  });
  afterAll(() => app.close());

  it('answers an access token (HS256, our issuer and audience, short-lived) and a refresh token', async () => {
    const res = await http()
      .post('/api/v1/auth/login')
      .send({ email: cast.broker.email, password: cast.broker.password })
      .expect(200);
    expect(res.body).toEqual({
      accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      tokenType: 'Bearer',
      expiresIn: config.auth.accessTtlSeconds,
      refreshToken: expect.any(String),
    });
    expect(JSON.parse(Buffer.from(res.body.accessToken.split('.')[0], 'base64url').toString())).toEqual({
      alg: 'HS256',
      typ: 'JWT',
    });
    const claims = claimsOf(res.body.accessToken);
    expect(claims).toMatchObject({
      sub: cast.broker.userId,
      role: 'broker',
      iss: config.auth.issuer,
      aud: config.auth.audience,
    });
    expect((claims.exp as number) - (claims.iat as number)).toBe(config.auth.accessTtlSeconds);
  });

  it('refuses a wrong password and an unknown e-mail alike: 401 auth.invalid_credentials', async () => {
    const wrongPassword = await http()
      .post('/api/v1/auth/login')
      .send({ email: cast.memberA.email, password: 'not-the-password' })
      .expect(401);
    const unknownEmail = await http()
      .post('/api/v1/auth/login')
      .send({ email: `nobody-${randomUUID()}@test.ttm`, password: cast.memberA.password })
      .expect(401);
    for (const res of [wrongPassword, unknownEmail]) {
      expect(res.body).toEqual({
        statusCode: 401,
        code: 'auth.invalid_credentials',
        message: 'E-mail or password is wrong',
        details: [],
        correlationId: expect.any(String),
      });
      expect(res.body).not.toHaveProperty('accessToken');
    }
  });
});

describe('access tokens', () => {
  let app: NestExpressApplication;
  let cast: Cast;
  const http = () => request(app.getHttpServer());
  const config = AppConfig.load(process.env);
  const secret = config.auth.jwtSecret!;
  const now = () => Math.floor(Date.now() / 1000);
  /** Claims as the api issues them, for the member of organisation A. */
  const claims = (overrides: Record<string, unknown> = {}) => ({
    sub: cast.memberA.userId,
    role: 'member',
    org: cast.orgA,
    iat: now() - 10,
    exp: now() + 300,
    iss: config.auth.issuer,
    aud: config.auth.audience,
    ...overrides,
  });
  const HS256 = { alg: 'HS256', typ: 'JWT' };
  const me = (token: string) => http().get('/api/v1/users/me').set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    app = await startApi(OWN_PREFIX);
    cast = await seedCast(app);
  });
  afterAll(() => app.close());

  it('control: a token made by hand the way the api makes them is accepted', async () => {
    const res = await me(handMadeJwt(HS256, claims(), secret)).expect(200);
    expect(res.body.id).toBe(cast.memberA.userId);
  });

  const payloadOf = (token: string) => token.split('.')[1]!;
  const withPayload = (token: string, payload: string) => {
    const [header, , signature] = token.split('.');
    return `${header}.${payload}.${signature}`;
  };

  it.each<[string, () => string]>([
    ['expired a minute ago', () => handMadeJwt(HS256, claims({ iat: now() - 960, exp: now() - 60 }), secret)],
    ['not valid before next hour', () => handMadeJwt(HS256, claims({ nbf: now() + 3600 }), secret)],
    [
      'tampered: role raised to admin, signature kept',
      () =>
        withPayload(
          cast.memberA.token,
          Buffer.from(JSON.stringify({ ...claimsOf(cast.memberA.token), role: 'admin' })).toString('base64url'),
        ),
    ],
    [
      'tampered: one payload character flipped',
      () => {
        const payload = payloadOf(cast.memberA.token);
        const i = Math.floor(payload.length / 2);
        return withPayload(
          cast.memberA.token,
          payload.slice(0, i) + (payload[i] === 'A' ? 'B' : 'A') + payload.slice(i + 1),
        );
      },
    ],
    ['signed with another secret', () => handMadeJwt(HS256, claims(), `${secret}-but-not-ours`)],
    ['alg none, no signature', () => handMadeJwt({ alg: 'none', typ: 'JWT' }, claims(), secret)],
    [
      'alg none, admin role',
      () => handMadeJwt({ alg: 'none', typ: 'JWT' }, claims({ role: 'admin', org: null }), secret),
    ],
    [
      'HS512 with our secret (only HS256 is accepted)',
      () => handMadeJwt({ alg: 'HS512', typ: 'JWT' }, claims(), secret),
    ],
    ['wrong issuer', () => handMadeJwt(HS256, claims({ iss: 'someone-else' }), secret)],
    ['no issuer', () => handMadeJwt(HS256, claims({ iss: undefined }), secret)],
    ['wrong audience', () => handMadeJwt(HS256, claims({ aud: 'another-api' }), secret)],
    ['no audience', () => handMadeJwt(HS256, claims({ aud: undefined }), secret)],
    ['an unknown role', () => handMadeJwt(HS256, claims({ role: 'superuser' }), secret)],
    ['not a JWT at all', () => 'not.a.jwt'],
  ])('refuses a token %s: 401 auth.invalid_token', async (_name, make) => {
    const token = make();
    const res = await me(token).expect(401);
    expect(res.body).toEqual({
      statusCode: 401,
      code: 'auth.invalid_token',
      message: expect.stringMatching(/^Invalid token/),
      details: [],
      correlationId: expect.any(String),
    });
    // Not on an admin-only route either.
    await http()
      .post('/api/v1/organizations')
      .set('Authorization', `Bearer ${token}`)
      .send({ name: 'Forged Ltd', type: 'company', country: 'CN' })
      .expect(401);
  });

  it.each([
    ['no header', {}],
    ['another scheme', { Authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
    ['the scheme alone', { Authorization: 'Bearer' }],
    ['a token without the scheme', () => ({ Authorization: cast.memberA.token })],
  ])('asks for a token when there is %s: 401 auth.token_required', async (_name, headers) => {
    const res = await http()
      .get('/api/v1/users/me')
      .set(typeof headers === 'function' ? headers() : headers)
      .expect(401);
    expect(res.body).toMatchObject({ statusCode: 401, code: 'auth.token_required', details: [] });
  });
});

describe('login rate limit', () => {
  const MAX = 3;
  let app: NestExpressApplication;
  let accounts: AccountsService;
  const http = () => request(app.getHttpServer());
  const someone = async () => {
    const user = { email: `limited-${randomUUID().slice(0, 8)}@test.ttm`, password: 'the-right-password' };
    await accounts.createUser({ ...user, displayName: 'limited', role: 'broker', organizationId: null });
    return user;
  };

  beforeAll(async () => {
    // Its own key prefix again: this block exhausts the allowance of the test client's address.
    app = await startApi({ LOGIN_MAX_ATTEMPTS: String(MAX), QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-ratelimit` });
    accounts = app.get(AccountsService);
  });
  afterAll(() => app.close());

  it(`after ${MAX} failures answers 429 in the standard envelope, even to the right password`, async () => {
    const user = await someone();
    const other = await someone();
    await http().post('/api/v1/auth/login').send(user).expect(200);
    for (let i = 0; i < MAX; i++) {
      const res = await http()
        .post('/api/v1/auth/login')
        .send({ ...user, password: `wrong-${i}` });
      expect(res.status).toBe(401);
    }
    const limited = await http().post('/api/v1/auth/login').send(user).expect(429);
    expect(limited.body).toEqual({
      statusCode: 429,
      code: 'auth.too_many_attempts',
      message: expect.stringMatching(/retry in \d+ s/),
      details: [],
      correlationId: expect.any(String),
    });
    expect(limited.headers['x-request-id']).toBe(limited.body.correlationId);
    expect(limited.body).not.toHaveProperty('accessToken');
    // The client address is spent too: another account from it is refused as well.
    await http().post('/api/v1/auth/login').send(other).expect(429);
  });
});

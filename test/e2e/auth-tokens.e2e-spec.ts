import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { startApi } from './support/api-app.ts';
import { type Cast, seedCast } from './support/accounts.ts';

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

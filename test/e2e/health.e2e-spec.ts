import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { startApi } from './support/api-app.ts';

describe('health endpoints', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await startApi();
  });
  afterAll(() => app.close());

  it('GET /health answers 200 without touching dependencies', async () => {
    const res = await request(app.getHttpServer()).get('/health').expect(200);
    expect(res.body.status).toBe('ok');
  });

  it('GET /health/ready reports PostgreSQL, Redis and Elasticsearch each as up', async () => {
    const res = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.details).toMatchObject({
      postgres: { status: 'up' },
      redis: { status: 'up', maxmemoryPolicy: 'noeviction' },
      elasticsearch: { status: 'up', clusterStatus: expect.stringMatching(/green|yellow/) },
    });
  });
});

describe('readiness when a dependency is down', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    // Nothing listens on port 1: Elasticsearch is unreachable, the rest is fine.
    app = await startApi({ ELASTICSEARCH_URL: 'http://127.0.0.1:1', ELASTICSEARCH_REQUEST_TIMEOUT_MS: '1000' });
  });
  afterAll(() => app.close());

  it('answers 503 naming the failing dependency and still reports the healthy ones', async () => {
    const res = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(res.body.status).toBe('error');
    expect(res.body.error).toHaveProperty('elasticsearch.status', 'down');
    expect(res.body.details).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'up' } });
  });

  it('keeps liveness at 200', async () => {
    await request(app.getHttpServer()).get('/health').expect(200);
  });
});

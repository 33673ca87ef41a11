import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { startApi } from './support/api-app.ts';

describe('observability', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await startApi();
  });
  afterAll(() => app.close());

  it('echoes a caller correlation id, or issues one', async () => {
    const mine = await request(app.getHttpServer()).get('/health').set('x-request-id', 'broker-42').expect(200);
    expect(mine.headers['x-request-id']).toBe('broker-42');
    const issued = await request(app.getHttpServer()).get('/health').expect(200);
    expect(issued.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown routes with the error envelope carrying the correlation id', async () => {
    const res = await request(app.getHttpServer())
      .get('/api/v1/no-such-thing')
      .set('x-request-id', 'trace-7')
      .expect(404);
    expect(res.body).toEqual({
      statusCode: 404,
      code: 'not_found',
      message: expect.stringContaining('/api/v1/no-such-thing'),
      details: [],
      correlationId: 'trace-7',
    });
  });

  it('exposes Prometheus metrics: HTTP latency by route template and queue depths', async () => {
    const readyCount = (text: string) =>
      Number(/http_request_duration_seconds_count\{[^}]*route="\/health\/ready"[^}]*\} (\d+)/.exec(text)?.[1] ?? 0);
    const before = readyCount((await request(app.getHttpServer()).get('/metrics')).text);
    await request(app.getHttpServer()).get('/health/ready');
    const res = await request(app.getHttpServer()).get('/metrics').expect(200);
    expect(readyCount(res.text)).toBe(before + 1); // counted once, not once per middleware mount
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/health\/ready"[^}]*\} \d+/);
    expect(res.text).toMatch(/ttm_queue_jobs\{[^}]*queue="system"[^}]*state="waiting"[^}]*\} \d+/);
    expect(res.text).toContain('process_cpu_seconds_total');
  });

  it('serves the OpenAPI document and its UI', async () => {
    const json = await request(app.getHttpServer()).get('/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(Object.keys(json.body.paths)).toEqual(
      expect.arrayContaining([
        '/health',
        '/health/ready',
        '/api/v1/auth/login',
        '/api/v1/offers',
        '/api/v1/demands/{id}/review',
      ]),
    );
    // Request bodies are documented from the DTOs, with multilingual examples.
    const schemas = JSON.stringify(json.body.components.schemas);
    expect(schemas).toContain('工业废水重金属吸附材料');
    expect(schemas).toContain('Сорбенты');
    const ui = await request(app.getHttpServer()).get('/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('refuses JSON bodies over 1 MB', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(1_100_000) });
    await request(app.getHttpServer())
      .post('/api/v1/anything')
      .set('content-type', 'application/json')
      .send(big)
      .expect(413);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REQUIRED_BY } from '@ttm/config';
import { parse } from 'yaml';

/** The compose file cannot run on our machines (no Docker engine), so check what can be checked statically. */
const dockerDir = dirname(fileURLToPath(import.meta.url));
const compose = parse(readFileSync(resolve(dockerDir, 'compose.yaml'), 'utf8'), { merge: true }) as {
  services: Record<
    string,
    {
      build?: { context: string; dockerfile: string; args?: Record<string, string> };
      image?: string;
      command?: string[];
      environment?: Record<string, string>;
    }
  >;
};
const pinnedEsVersion = /^ES_VERSION=(.+)$/m.exec(
  readFileSync(resolve(dockerDir, '../scripts/services/versions.env'), 'utf8'),
)?.[1];

describe('docker/compose.yaml', () => {
  it('has the production services', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'api',
      'elasticsearch',
      'migrate',
      'postgres',
      'redis',
      'worker',
    ]);
  });

  it('references Dockerfiles that exist', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if (!service.build) continue;
      const dockerfile = resolve(dockerDir, service.build.context, service.build.dockerfile);
      expect({ name, exists: existsSync(dockerfile) }).toEqual({ name, exists: true });
    }
  });

  it('runs the same Elasticsearch version as the local services script, with the analysis plugins', () => {
    expect(pinnedEsVersion).toMatch(/^\d+\.\d+\.\d+$/);
    const es = compose.services.elasticsearch!;
    expect(es.build?.args?.ES_VERSION).toBe(pinnedEsVersion);
    const dockerfile = readFileSync(resolve(dockerDir, es.build!.context, es.build!.dockerfile), 'utf8');
    expect(dockerfile).toContain(`ARG ES_VERSION=${pinnedEsVersion}`);
    expect(dockerfile).toMatch(/elasticsearch-plugin install --batch .*analysis-icu/);
    expect(dockerfile).toMatch(/elasticsearch-plugin install --batch .*analysis-smartcn/);
  });

  it('configures Redis for BullMQ: noeviction and AOF', () => {
    const command = compose.services.redis!.command!.join(' ');
    expect(command).toContain('--maxmemory-policy noeviction');
    expect(command).toContain('--appendonly yes');
  });

  it('starts the api, worker and migration from the built entry points', () => {
    for (const [service, entry] of [
      ['api', 'dist/apps/api/src/main.js'],
      ['worker', 'dist/apps/worker/src/main.js'],
      ['migrate', 'dist/apps/api/src/migrate.js'],
    ] as const) {
      expect(compose.services[service]!.command).toContain(entry);
      expect(compose.services[service]!.environment?.ELASTICSEARCH_URL).toBe('http://elasticsearch:9200');
    }
  });

  it('gives the api the variables it cannot start without', () => {
    for (const variable of REQUIRED_BY.api) expect(compose.services.api!.environment).toHaveProperty(variable);
  });

  it('builds on the Node major the project runs on', () => {
    const nodeDev = (
      JSON.parse(readFileSync(resolve(dockerDir, '../package.json'), 'utf8')) as {
        devDependencies: Record<string, string>;
      }
    ).devDependencies.node;
    expect(readFileSync(resolve(dockerDir, 'app.Dockerfile'), 'utf8')).toContain(`ARG NODE_VERSION=${nodeDev}`);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const major = (version: string) => Number(/(\d+)\./.exec(version)?.[1]);

describe('toolchain', () => {
  it('runs the tests on the Node.js the project installs (the `node` dev dependency), not the machine one', () => {
    expect(major(process.versions.node + '.')).toBe(major(pkg.devDependencies.node!));
    expect(pkg.engines.node).toBe('>=22.12');
  });

  it('pins the Elasticsearch client to the major of the server the services script runs', () => {
    const server = /^ES_VERSION=(.+)$/m.exec(readFileSync(`${root}scripts/services/versions.env`, 'utf8'))?.[1];
    expect(major(pkg.dependencies['@elastic/elasticsearch']!)).toBe(major(server!));
  });
});

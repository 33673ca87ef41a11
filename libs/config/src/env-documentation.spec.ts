import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { envSchema } from './env.schema.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const schemaKeys = Object.keys(envSchema.shape).sort();

describe('configuration documentation', () => {
  it('.env.example lists exactly the variables of the schema', () => {
    const example = readFileSync(`${root}.env.example`, 'utf8');
    const keys = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]).sort();
    expect(keys).toEqual(schemaKeys);
  });

  it('the README configuration table lists exactly the variables of the schema', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const section = readme.split('## Configuration')[1]?.split('\n## ')[0] ?? '';
    const keys = [...section.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1]).sort();
    expect(keys).toEqual(schemaKeys);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isLanguageCode, LANGUAGES } from './languages.ts';

describe('LANGUAGES', () => {
  it('are ISO 639-1 codes', () => {
    for (const code of Object.keys(LANGUAGES)) expect(code).toMatch(/^[a-z]{2}$/);
  });

  it('match the language table in README.md', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
    const section = readme.split('## Languages')[1]?.split('\n## ')[0] ?? '';
    const rows = [...section.matchAll(/^\| `([a-z]{2})` \| ([^|]+?) \|/gm)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(rows)).toEqual(LANGUAGES);
  });

  it('recognises codes without trusting prototype keys', () => {
    expect(isLanguageCode('ru')).toBe(true);
    expect(isLanguageCode('xx')).toBe(false);
    expect(isLanguageCode('toString')).toBe(false);
  });
});

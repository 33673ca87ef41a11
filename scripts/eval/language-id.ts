/**
 * `npm run eval:language-id -- [--data DIR]`: accuracy of language identification on a dataset in
 * the interchange format (default: ../shared/eval/dev), with the declared language removed, and
 * with it given (the declaration should then only help). Prints per-language results and misses.
 *
 * Runs on Node's own TypeScript support (no build step); it imports only plain modules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { identifyLanguage } from '../../libs/language/src/identification/language-identifier.ts';

const { values } = parseArgs({
  options: { data: { type: 'string', default: fileURLToPath(new URL('../../../shared/eval/dev', import.meta.url)) } },
});
const dir = values.data!;

interface Row {
  externalId: string;
  title: string;
  summary?: string;
  description?: string;
  language: string;
}
const rows: Row[] = ['offers.jsonl', 'demands.jsonl'].flatMap((file) =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Row),
);

type Field = 'title' | 'full';
const textOf = (r: Row, field: Field) =>
  field === 'title' ? r.title : [r.title, r.summary, r.description].filter(Boolean).join('\n');

for (const field of ['title', 'full'] as Field[]) {
  for (const declared of [false, true]) {
    const perLanguage = new Map<string, { n: number; ok: number }>();
    const misses: string[] = [];
    const started = performance.now();
    for (const row of rows) {
      const result = identifyLanguage(textOf(row, field), declared ? row.language : undefined);
      const stat = perLanguage.get(row.language) ?? { n: 0, ok: 0 };
      stat.n += 1;
      if (result.language === row.language) stat.ok += 1;
      else misses.push(`${row.externalId} ${row.language}→${result.language} (${result.source})`);
      perLanguage.set(row.language, stat);
    }
    const ms = performance.now() - started;
    const ok = rows.length - misses.length;
    console.log(
      `${field.padEnd(5)} declared=${declared ? 'given  ' : 'removed'}  accuracy ${(ok / rows.length).toFixed(3)} (${ok}/${rows.length})  ${(ms / rows.length).toFixed(2)} ms/text`,
    );
    console.log(
      '   ' +
        [...perLanguage.entries()]
          .sort()
          .map(([l, s]) => `${l} ${s.ok}/${s.n}`)
          .join('  '),
    );
    if (misses.length) console.log(`   misses: ${misses.join('; ')}`);
  }
}

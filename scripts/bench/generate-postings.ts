/**
 * `npm run bench:generate -- --offers N --demands M [--seed S] --out DIR`: writes DIR/offers.jsonl
 * and DIR/demands.jsonl, synthetic multilingual postings in the interchange format
 * (shared/eval/README.md), the same bytes for the same seed and counts. Prints the count per
 * language and the time taken.
 *
 * Runs on Node's own TypeScript support (no build step for this file); it imports only plain modules.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generatePostings } from './generator/index.ts';

const { values } = parseArgs({
  options: {
    offers: { type: 'string', default: '1000' },
    demands: { type: 'string', default: '500' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const count = (name: string, value: string | undefined) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number ≥ 0, not "${value}"`);
  return n;
};
const offers = count('offers', values.offers);
const demands = count('demands', values.demands);
const seed = count('seed', values.seed);
if (!values.out) throw new Error('--out DIR is required');
if (offers > 999_999 || demands > 999_999) throw new Error('at most 999,999 offers and 999,999 demands');
mkdirSync(values.out, { recursive: true });

/** Lines are gathered into chunks of about 1 MB and written as the stream drains. */
class JsonlWriter {
  private chunk = '';
  private readonly stream: WriteStream;

  constructor(readonly path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
  }

  async add(row: object): Promise<void> {
    this.chunk += `${JSON.stringify(row)}\n`;
    if (this.chunk.length >= 1 << 20) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.chunk && !this.stream.write(this.chunk)) await once(this.stream, 'drain');
    this.chunk = '';
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

const started = performance.now();
const files = {
  offer: new JsonlWriter(join(values.out, 'offers.jsonl')),
  demand: new JsonlWriter(join(values.out, 'demands.jsonl')),
};
const perLanguage = new Map<string, { offer: number; demand: number }>();
for (const posting of generatePostings({ offers, demands, seed })) {
  await files[posting.kind].add(posting.row);
  const counts = perLanguage.get(posting.row.language) ?? { offer: 0, demand: 0 };
  counts[posting.kind] += 1;
  perLanguage.set(posting.row.language, counts);
}
await files.offer.close();
await files.demand.close();
const seconds = (performance.now() - started) / 1000;

const lines = [...perLanguage.entries()]
  .sort((a, b) => b[1].offer + b[1].demand - (a[1].offer + a[1].demand))
  .map(
    ([language, c]) =>
      `  ${language.padEnd(3)} ${String(c.offer).padStart(7)} offers ${String(c.demand).padStart(7)} demands`,
  );
process.stdout.write(
  `${offers} offers → ${files.offer.path}\n${demands} demands → ${files.demand.path}\n` +
    `per language:\n${lines.join('\n')}\n` +
    `seed ${seed}: ${offers + demands} postings in ${seconds.toFixed(1)} s (${Math.round((offers + demands) / seconds).toLocaleString('en')} postings/s)\n`,
);

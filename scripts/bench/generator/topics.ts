/**
 * The technologies postings talk about: the project's thesaurus (libs/language/thesaurus), indexed
 * for drawing a main concept and the concepts around it (siblings, broader, narrower, same domain).
 */
import { loadThesaurus } from '../../../libs/language/src/thesaurus/thesaurus.loader.ts';
import type { Concept } from '../../../libs/language/src/thesaurus/thesaurus.types.ts';
import { Random, WeightedTable } from './prng.ts';

export interface Topic {
  index: number;
  id: string;
  domain: string;
  depth: number;
  labels: Record<string, string[]>;
  /** Own IPC codes, else the nearest broader concept's. */
  ipc: string[];
  broader: number[];
  narrower: number[];
}

/** A label that is only an acronym (PV, ВИЭ, EBT): fine as a keyword or in brackets, not as the name. */
const ACRONYM = /^[\p{Lu}\d][\p{Lu}\d\-/.&]{0,6}$/u;
export const isAcronym = (label: string) => ACRONYM.test(label);

let thesaurus: Concept[] | undefined;

export class Topics {
  readonly all: Topic[];
  private readonly byDomain = new Map<string, number[]>();
  private readonly mainTables = new Map<string, WeightedTable<number>>();
  private readonly popularity: number[];

  constructor(concepts: Iterable<Concept>, seed: number) {
    const list = [...concepts];
    const position = new Map(list.map((c, i) => [c.id, i]));
    this.all = list.map((c, index) => ({
      index,
      id: c.id,
      domain: c.domain,
      depth: c.id.split('.').length,
      labels: c.labels,
      ipc: c.ipc,
      broader: c.broader.map((b) => position.get(b)!).filter((b) => b !== undefined),
      narrower: [],
    }));
    for (const topic of this.all) {
      for (const b of topic.broader) this.all[b]!.narrower.push(topic.index);
      const members = this.byDomain.get(topic.domain) ?? [];
      members.push(topic.index);
      this.byDomain.set(topic.domain, members);
    }
    for (const topic of this.all) if (!topic.ipc.length) topic.ipc = this.inheritedIpc(topic);
    // Some technologies are far more often offered and sought than others: a seeded, skewed popularity.
    const random = Random.stream(seed, 'popularity');
    this.popularity = this.all.map((t) => {
      if (t.depth < 2) return 0;
      const gauss = random.next() + random.next() + random.next() - 1.5;
      return Math.exp(gauss * 1.6) * (t.depth === 2 ? 0.6 : 1);
    });
  }

  /** The thesaurus files are read once per process; the seeded popularity is drawn per seed. */
  static load(seed: number): Topics {
    if (!thesaurus) {
      const { concepts, problems } = loadThesaurus();
      if (problems.length) throw new Error(`thesaurus has problems: ${problems[0]!.problem}`);
      thesaurus = [...concepts.values()];
    }
    return new Topics(thesaurus, seed);
  }

  label(topic: Topic, language: string): string | undefined {
    return topic.labels[language]?.[0];
  }

  /** A main concept with a label in the language, drawn by popularity (domain roots excluded). */
  drawMain(random: Random, language: string): Topic {
    let table = this.mainTables.get(language);
    if (!table) {
      const items = this.all.filter((t) => t.depth >= 2 && t.labels[language]?.length);
      table = new WeightedTable(
        items.map((t) => t.index),
        items.map((t) => this.popularity[t.index]!),
      );
      this.mainTables.set(language, table);
    }
    return this.all[table.draw(random)]!;
  }

  /** A different concept of the same domain, near the main one when possible: a look-alike. */
  lookAlike(random: Random, main: Topic, language: string): Topic {
    const parents = main.broader.map((b) => this.all[b]!);
    const siblings = parents.flatMap((p) => p.narrower).filter((i) => i !== main.index);
    const cousins = parents
      .flatMap((p) => p.broader.flatMap((g) => this.all[g]!.narrower))
      .filter((i) => i !== main.index);
    for (const pool of [siblings, cousins, this.byDomain.get(main.domain) ?? []]) {
      const candidates = pool.filter(
        (i) => this.all[i]!.depth >= 2 && this.all[i]!.labels[language]?.length && i !== main.index,
      );
      if (candidates.length) return this.all[random.pick(candidates)]!;
    }
    return this.drawMain(random, language);
  }

  /** `count` distinct concepts around the main one, each with a label in the language. */
  related(random: Random, main: Topic, language: string, count: number): Topic[] {
    const parents = main.broader.filter((b) => this.all[b]!.depth >= 2);
    const siblings = main.broader.flatMap((b) => this.all[b]!.narrower).filter((i) => i !== main.index);
    const cousins = main.broader.flatMap((b) => this.all[b]!.broader.flatMap((g) => this.all[g]!.narrower));
    const domain = this.byDomain.get(main.domain) ?? [];
    const chosen = new Set<number>();
    for (let attempt = 0; chosen.size < count && attempt < count * 12; attempt++) {
      const source = random.weighted<readonly number[]>([
        [siblings, siblings.length ? 4 : 0],
        [main.narrower, main.narrower.length ? 2.5 : 0],
        [parents, parents.length ? 1.5 : 0],
        [cousins, cousins.length ? 1 : 0],
        [domain, 0.4],
      ]);
      if (!source.length) continue;
      const candidate = random.pick(source);
      if (candidate === main.index || chosen.has(candidate)) continue;
      const topic = this.all[candidate]!;
      if (topic.depth < 2 || !topic.labels[language]?.length) continue;
      chosen.add(candidate);
    }
    // Broader concepts last: {r1} and {r2} read best as neighbours ("based on …"), not as the parent field.
    const isParent = (i: number) => main.broader.includes(i);
    return [...chosen].sort((a, b) => Number(isParent(a)) - Number(isParent(b))).map((i) => this.all[i]!);
  }

  private inheritedIpc(topic: Topic): string[] {
    let frontier = topic.broader;
    const seen = new Set<number>();
    while (frontier.length) {
      const codes = frontier.flatMap((i) => this.all[i]!.ipc);
      if (codes.length) return [...new Set(codes)];
      frontier = frontier.flatMap((i) => this.all[i]!.broader).filter((i) => !seen.has(i) && seen.add(i));
    }
    return [];
  }
}

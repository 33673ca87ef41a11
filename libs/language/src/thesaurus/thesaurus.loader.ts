import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Concept, ThesaurusFile, ThesaurusProblem } from './thesaurus.types.ts';

/** The thesaurus data files: `libs/language/thesaurus/*.yaml` (copied next to the build by `npm run build`). */
export const THESAURUS_DIR = fileURLToPath(new URL('../../thesaurus/', import.meta.url));

const ID = /^[a-z0-9_]+(\.[a-z0-9_]+)*$/;
const IPC = /^[A-H]\d{2}[A-Z](?: \d{1,4}\/\d{1,6})?$/;
export const REQUIRED_LANGUAGES = ['en', 'zh'] as const;

export interface LoadedThesaurus {
  concepts: Map<string, Concept>;
  problems: ThesaurusProblem[];
}

/** Reads every domain file and checks it: unique ids, en and zh labels, known relations, IPC format, no cycles. */
export function loadThesaurus(dir: string = THESAURUS_DIR): LoadedThesaurus {
  const concepts = new Map<string, Concept>();
  const problems: ThesaurusProblem[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  for (const file of files) {
    let data: ThesaurusFile;
    try {
      data = parse(readFileSync(join(dir, file), 'utf8')) as ThesaurusFile;
    } catch (error) {
      problems.push({ file, problem: `not YAML: ${(error as Error).message}` });
      continue;
    }
    for (const raw of data?.concepts ?? []) {
      const concept: Concept = {
        id: raw.id,
        domain: data.domain,
        broader: raw.broader ?? [],
        ipc: raw.ipc ?? [],
        labels: raw.labels ?? {},
      };
      const report = (problem: string) => problems.push({ file, concept: concept.id, problem });
      if (typeof concept.id !== 'string' || !ID.test(concept.id))
        report('id must be lower-case a-z0-9_ segments joined by dots');
      if (concepts.has(concept.id)) report(`duplicate id (also in ${concepts.get(concept.id)!.domain})`);
      for (const language of REQUIRED_LANGUAGES) {
        if (!concept.labels[language]?.length) report(`no ${language} label`);
      }
      for (const [language, labels] of Object.entries(concept.labels)) {
        if (!Array.isArray(labels) || labels.some((l) => typeof l !== 'string' || !l.trim())) {
          report(`labels of ${language} must be non-empty strings`);
        }
      }
      for (const code of concept.ipc)
        if (!IPC.test(code)) report(`IPC code ${code} is not like "H01M" or "H01M 10/0525"`);
      concepts.set(concept.id, concept);
    }
  }
  for (const concept of concepts.values()) {
    for (const broader of concept.broader) {
      if (!concepts.has(broader))
        problems.push({
          file: `${concept.domain}.yaml`,
          concept: concept.id,
          problem: `broader ${broader} does not exist`,
        });
    }
  }
  problems.push(...cycles(concepts));
  return { concepts, problems };
}

function cycles(concepts: Map<string, Concept>): ThesaurusProblem[] {
  const problems: ThesaurusProblem[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      problems.push({
        file: `${concepts.get(id)!.domain}.yaml`,
        concept: id,
        problem: `broader cycle: ${[...path, id].join(' → ')}`,
      });
      return;
    }
    state.set(id, 'visiting');
    for (const b of concepts.get(id)?.broader ?? []) if (concepts.has(b)) visit(b, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of concepts.keys()) visit(id, []);
  return problems;
}

/** Concepts with at least one label, per language. */
export function coverage(concepts: Map<string, Concept>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of concepts.values()) {
    for (const [language, labels] of Object.entries(c.labels))
      if (labels.length) counts[language] = (counts[language] ?? 0) + 1;
  }
  return counts;
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadThesaurus } from './thesaurus.loader.ts';

describe('loadThesaurus', () => {
  it('reports each kind of problem with its file and concept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thesaurus-'));
    writeFileSync(
      join(dir, 'a.yaml'),
      `domain: a
concepts:
  - id: a
    labels: { en: [thing], zh: [东西] }
  - id: a.x
    broader: [a.y]
    labels: { en: [x] }
  - id: a.y
    broader: [a.x]
    ipc: [H01M10]
    labels: { en: [y], zh: [乙] }
  - id: a
    labels: { en: [dup], zh: [重复] }
  - id: Bad Id
    broader: [nowhere]
    labels: { en: [b], zh: [丙] }
`,
    );
    const problems = loadThesaurus(dir).problems.map((p) => `${p.concept}: ${p.problem}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'a.x: no zh label',
        expect.stringMatching(/^a: duplicate id/),
        expect.stringMatching(/^a.y: IPC code H01M10/),
        expect.stringMatching(/^Bad Id: id must be/),
        'Bad Id: broader nowhere does not exist',
        expect.stringMatching(/broader cycle: a.x → a.y → a.x|broader cycle: a.y → a.x → a.y/),
      ]),
    );
  });
});

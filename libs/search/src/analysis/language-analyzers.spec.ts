import { LANGUAGE_CODES } from '@ttm/common';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analysisNamesUsed } from './analysis-names.ts';
import { analysisSettings, LANGUAGE_ANALYZERS, perLanguageTextMapping } from './language-analyzers.ts';
import {
  STANDARD_ANALYZERS,
  STANDARD_CHAR_FILTERS,
  STANDARD_TOKEN_FILTERS,
  STANDARD_TOKENIZERS,
} from './standard-analysis-names.ts';

/** What the local plugin registers (tools/es-analysis); the server core provides the rest. */
const plugin = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../../tools/es-analysis/registered-names.json', import.meta.url)), 'utf8'),
) as { analyzers: string[]; tokenizers: string[]; filters: string[] };
const CORE = {
  analyzers: ['standard', 'simple', 'whitespace', 'stop', 'keyword'],
  tokenizers: ['standard', 'whitespace', 'keyword', 'letter', 'lowercase'],
  filters: ['lowercase', 'stop', 'shingle', 'hunspell'],
};

describe('language analysis', () => {
  const used = analysisNamesUsed(analysisSettings(), perLanguageTextMapping());

  it('gives every supported language its own analyzer sub-field, plus one for other languages', () => {
    const fields = Object.keys(perLanguageTextMapping().properties ?? {});
    expect(fields.sort()).toEqual([...LANGUAGE_CODES, 'other'].sort());
  });

  it('uses only standard Elasticsearch analyzer, tokenizer and filter names', () => {
    expect([...used.builtIn.analyzers].filter((n) => !STANDARD_ANALYZERS.has(n))).toEqual([]);
    expect([...used.builtIn.tokenizers].filter((n) => !STANDARD_TOKENIZERS.has(n))).toEqual([]);
    expect([...used.builtIn.filters].filter((n) => !STANDARD_TOKEN_FILTERS.has(n))).toEqual([]);
    expect([...used.builtIn.charFilters].filter((n) => !STANDARD_CHAR_FILTERS.has(n))).toEqual([]);
  });

  it('relies only on names the local analysis plugin or the server core provides', () => {
    const missing = (names: Set<string>, provided: string[]) => [...names].filter((n) => !provided.includes(n));
    expect(missing(used.builtIn.analyzers, [...plugin.analyzers, ...CORE.analyzers])).toEqual([]);
    expect(missing(used.builtIn.tokenizers, [...plugin.tokenizers, ...CORE.tokenizers])).toEqual([]);
    expect(missing(used.builtIn.filters, [...plugin.filters, ...CORE.filters])).toEqual([]);
  });

  it('never shares an analyzer between Chinese, Thai and the space-separated languages', () => {
    expect(LANGUAGE_ANALYZERS.zh).toBe('smartcn');
    expect(LANGUAGE_ANALYZERS.th).toBe('thai');
  });
});

describe('analysisNamesUsed', () => {
  it('finds analyzers in nested mappings and the parts of custom analyzers', () => {
    const result = analysisNamesUsed(
      {
        analyzer: {
          mine: {
            type: 'custom',
            tokenizer: 'icu_tokenizer',
            filter: ['lowercase', 'asciifolding'],
            char_filter: ['html_strip'],
          },
        },
      },
      {
        properties: {
          a: {
            type: 'text',
            analyzer: 'mine',
            fields: { b: { type: 'text', analyzer: 'english', search_analyzer: 'standard' } },
          },
        },
      },
    );
    expect([...result.custom]).toEqual(['mine']);
    expect([...result.builtIn.analyzers].sort()).toEqual(['english', 'standard']);
    expect([...result.builtIn.tokenizers]).toEqual(['icu_tokenizer']);
    expect([...result.builtIn.filters]).toEqual(['lowercase', 'asciifolding']);
    expect([...result.builtIn.charFilters]).toEqual(['html_strip']);
  });
});

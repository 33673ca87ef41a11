import { postingIndexSettings } from '../postings/posting.mapping.ts';
import type { IndexDefinition } from '../index-definition.ts';
import { DEMANDS_MAPPING } from './demands.mapping.ts';

export const DEMANDS_INDEX: IndexDefinition = {
  base: 'demands',
  mappings: DEMANDS_MAPPING,
  settings: postingIndexSettings,
};

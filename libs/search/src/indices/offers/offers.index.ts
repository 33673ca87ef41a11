import { postingIndexSettings } from '../postings/posting.mapping.ts';
import type { IndexDefinition } from '../index-definition.ts';
import { OFFERS_MAPPING } from './offers.mapping.ts';

export const OFFERS_INDEX: IndexDefinition = {
  base: 'offers',
  mappings: OFFERS_MAPPING,
  settings: postingIndexSettings,
};

import type { estypes } from '@elastic/elasticsearch';
import { POSTING_PROPERTIES } from '../postings/posting.mapping.ts';
import type { DemandDocument } from './demands.document.ts';

export const DEMANDS_MAPPING = {
  dynamic: 'strict',
  properties: {
    ...POSTING_PROPERTIES,
    trlMin: { type: 'byte' },
  } satisfies Record<keyof DemandDocument, estypes.MappingProperty>,
} satisfies estypes.MappingTypeMapping;

import type { estypes } from '@elastic/elasticsearch';
import { POSTING_PROPERTIES } from '../postings/posting.mapping.ts';
import type { OfferDocument } from './offers.document.ts';

export const OFFERS_MAPPING = {
  dynamic: 'strict',
  properties: {
    ...POSTING_PROPERTIES,
    trl: { type: 'byte' },
    ipStatus: { type: 'keyword' },
  } satisfies Record<keyof OfferDocument, estypes.MappingProperty>,
} satisfies estypes.MappingTypeMapping;

import { EnrichmentProcessor } from './enrichment.processor.ts';
import { MatchingProcessor } from './matching.processor.ts';
import { PostingsProcessor } from './postings.processor.ts';
import { SystemProcessor } from './system.processor.ts';

/** The worker's BullMQ processors, one per queue. */
export const PROCESSORS = [SystemProcessor, PostingsProcessor, MatchingProcessor, EnrichmentProcessor] as const;

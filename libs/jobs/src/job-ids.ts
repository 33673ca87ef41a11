import type { JobPayload } from './job-payloads.ts';
import type { JobName } from './queue-names.ts';

type Kind = JobPayload<JobName.MatchPosting>['kind'];

/*
 * Deterministic job ids: the same work asked for twice is one job. BullMQ accepts a custom id with
 * `:` only when it splits into exactly three parts, hence `-` inside the last part.
 */

/** Matching of one posting version, or of an enrichment revision of it (indexed again). */
export function matchJobId(kind: Kind, id: string, version: number, revision = 0): string {
  return `match-${kind}:${id}:v${version}${revision > 0 ? `-r${revision}` : ''}`;
}

/** Enrichment of one posting version under the current adapter settings (`settingsTag`). */
export function enrichJobId(kind: Kind, id: string, version: number, settingsTag: string): string {
  return `enrich-${kind}:${id}:v${version}-${settingsTag}`;
}

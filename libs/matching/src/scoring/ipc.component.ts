import type { PostingFeatures } from '@ttm/search';
import { IPC_LEVELS, ipcCommonDepth, parseIpc, type ParsedIpc } from './ipc.parser.ts';
import type { ScoringConfig } from './scoring.config.ts';
import type { Component, IpcEvidence, IpcPair } from './scoring.types.ts';

interface SideCode {
  parsed: ParsedIpc;
  inferred: boolean;
}

/**
 * Agreement of the patent classification: the best pair of codes by the depth of their common
 * prefix (section … group → `depthValues`), each inferred side discounted by `inferredFactor`.
 * A code both given and inferred counts as given; malformed codes are ignored.
 */
export function ipcScore(
  offer: PostingFeatures,
  demand: PostingFeatures,
  config: ScoringConfig,
): Component<IpcEvidence> {
  const offerCodes = sideCodes(offer);
  const demandCodes = sideCodes(demand);
  const best = new Map<string, IpcPair>();
  for (const o of offerCodes) {
    for (const d of demandCodes) {
      const depth = ipcCommonDepth(o.parsed, d.parsed);
      if (depth === 0) continue;
      const discount = (o.inferred ? config.ipc.inferredFactor : 1) * (d.inferred ? config.ipc.inferredFactor : 1);
      const value = config.ipc.depthValues[depth - 1]! * discount;
      const current = best.get(o.parsed.code);
      if (current && current.value >= value) continue;
      best.set(o.parsed.code, {
        offerCode: o.parsed.code,
        demandCode: d.parsed.code,
        commonPrefix: o.parsed.prefixes[depth - 1]!,
        depth,
        level: IPC_LEVELS[depth - 1]!,
        inferred: { offer: o.inferred, demand: d.inferred },
        value,
      });
    }
  }
  const pairs = [...best.values()].sort(
    (a, b) => b.value - a.value || b.depth - a.depth || (a.offerCode < b.offerCode ? -1 : 1),
  );
  return {
    value: Math.min(1, pairs[0]?.value ?? 0),
    evidence: { pairs: pairs.slice(0, config.explanation.maxIpc) },
  };
}

/** Given codes first, then inferred ones not already given; each normalised code once, in order. */
export function sideCodes(posting: Pick<PostingFeatures, 'ipc' | 'ipcInferred'>): SideCode[] {
  const codes = new Map<string, SideCode>();
  const add = (raw: string, inferred: boolean) => {
    const parsed = parseIpc(raw);
    if (parsed && !codes.has(parsed.code)) codes.set(parsed.code, { parsed, inferred });
  };
  for (const raw of posting.ipc ?? []) add(raw, false);
  for (const raw of posting.ipcInferred ?? []) add(raw, true);
  return [...codes.values()].sort((a, b) =>
    a.parsed.code < b.parsed.code ? -1 : a.parsed.code > b.parsed.code ? 1 : 0,
  );
}

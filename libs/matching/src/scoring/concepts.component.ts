import type { PostingFeatures } from '@ttm/search';
import type { ConceptGraph } from '@ttm/language';
import type { ScoringConfig } from './scoring.config.ts';
import type { Component, ConceptPair, ConceptRelation, ConceptsEvidence } from './scoring.types.ts';

interface Candidate {
  offer: string;
  demand: string;
  relation: ConceptRelation;
  distance: number;
  specificity: number;
  value: number;
}

/**
 * Shared meaning through the thesaurus, the bridge between languages.
 *
 * Each side's mention weights are first made relative to that side's strongest concept (so a
 * posting's main concept weighs 1 whatever the annotator's scale). A pair of concepts is worth
 * `factor(distance) × specificity × min(offer weight, demand weight)`: the same concept counts
 * fully, a parent/child pair by `relationFactors[1]`, two levels apart by `relationFactors[2]`;
 * specificity is that of the more general concept of the pair, so sharing "energy" is worth little.
 * Pairs are taken greedily, best first, each concept of each side at most once.
 *
 * The sum E of the pairs saturates, 1 − exp(−E / saturation): three shared specific main concepts
 * ≈ 0.9, one ≈ 0.6, one generic root ≈ 0.15. It is then scaled by coverage, E over the smaller
 * side's own mass (Σ specificity × weight): `coverageFloor + (1 − coverageFloor) × coverage`, so
 * two postings whose concepts coincide score ≈ 1 and a long posting sharing a corner with a short
 * one scores less.
 */
export function conceptsScore(
  offer: PostingFeatures,
  demand: PostingFeatures,
  graph: ConceptGraph,
  config: ScoringConfig,
): Component<ConceptsEvidence> {
  const offerWeights = relativeWeights(offer);
  const demandWeights = relativeWeights(demand);
  if (offerWeights.size === 0 || demandWeights.size === 0) return { value: 0, evidence: { pairs: [] } };

  const factors = config.concepts.relationFactors;
  const candidates: Candidate[] = [];
  const consider = (offerId: string, demandId: string, relation: ConceptRelation, distance: number) => {
    const factor = factors[distance] ?? 0;
    if (factor <= 0) return;
    const specificity = graph.specificity(relation === 'narrower' ? demandId : offerId);
    const weight = Math.min(offerWeights.get(offerId) as number, demandWeights.get(demandId) as number);
    candidates.push({
      offer: offerId,
      demand: demandId,
      relation,
      distance,
      specificity,
      value: factor * specificity * weight,
    });
  };
  // Related pairs only, found through each concept's ancestors (a few each) rather than by testing
  // every offer concept against every demand concept.
  for (const o of offerWeights.keys()) if (demandWeights.has(o)) consider(o, o, 'same', 0);
  for (const d of demandWeights.keys()) {
    for (const [o, distance] of graph.ancestorDistances(d))
      if (offerWeights.has(o)) consider(o, d, 'broader', distance);
  }
  for (const o of offerWeights.keys()) {
    for (const [d, distance] of graph.ancestorDistances(o)) {
      // In a cycle (bad data) both hold; the pair was taken as `broader` above.
      if (demandWeights.has(d) && graph.distanceUp(d, o) === undefined) consider(o, d, 'narrower', distance);
    }
  }
  candidates.sort((a, b) => b.value - a.value || compare(a.offer, b.offer) || compare(a.demand, b.demand));

  const usedOffer = new Set<string>();
  const usedDemand = new Set<string>();
  const pairs: ConceptPair[] = [];
  let evidence = 0;
  for (const c of candidates) {
    if (usedOffer.has(c.offer) || usedDemand.has(c.demand)) continue;
    usedOffer.add(c.offer);
    usedDemand.add(c.demand);
    evidence += c.value;
    pairs.push({
      offerConcept: c.offer,
      demandConcept: c.demand,
      relation: c.relation,
      distance: c.distance,
      specificity: c.specificity,
      contribution: c.value,
      offerSurfaces: offer.concepts[c.offer]?.surfaces ?? [],
      demandSurfaces: demand.concepts[c.demand]?.surfaces ?? [],
    });
  }
  if (evidence <= 0) return { value: 0, evidence: { pairs } };

  const mass = Math.min(massOf(offerWeights, graph), massOf(demandWeights, graph));
  const coverage = Math.min(1, evidence / mass);
  const saturated = 1 - Math.exp(-evidence / config.concepts.saturation);
  const floor = config.concepts.coverageFloor;
  return { value: saturated * (floor + (1 - floor) * coverage), evidence: { pairs } };
}

/** Per features object: their relative weights are read for every pair a posting is in. */
const weightsMemo = new WeakMap<PostingFeatures['concepts'], Map<string, number>>();

/** Concept id → weight relative to the posting's strongest concept (concepts weighing 0 are left out). */
function relativeWeights(posting: PostingFeatures): Map<string, number> {
  let weights = weightsMemo.get(posting.concepts);
  if (!weights) {
    weights = computeRelativeWeights(posting);
    weightsMemo.set(posting.concepts, weights);
  }
  return weights;
}

function computeRelativeWeights(posting: PostingFeatures): Map<string, number> {
  let max = 0;
  for (const id in posting.concepts) max = Math.max(max, validWeight(posting.concepts[id]?.weight));
  const weights = new Map<string, number>();
  if (max <= 0) return weights;
  for (const id in posting.concepts) {
    const w = validWeight(posting.concepts[id]?.weight);
    if (w > 0) weights.set(id, w / max);
  }
  return weights;
}

function validWeight(w: number | undefined): number {
  return typeof w === 'number' && Number.isFinite(w) && w > 0 ? w : 0;
}

function massOf(weights: Map<string, number>, graph: ConceptGraph): number {
  let mass = 0;
  for (const [id, w] of weights) mass += graph.specificity(id) * w;
  return mass;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import type { PostingFeatures } from '@ttm/search';
import type { ScoringConfig } from './scoring.config.ts';
import type { Component, Note } from './scoring.types.ts';

/**
 * The practical components: can the two sides actually do business? Each returns its value in
 * [0, 1] and one broker-readable note. Unknown information is neutral (a middle value), never a
 * penalty: many postings leave these fields empty.
 */

const DAY_MS = 86_400_000;

/** Offer TRL against the demand's minimum: meets it → 1, then `byGap[levels below]`, then `further`. */
export function trlFit(offer: PostingFeatures, demand: PostingFeatures, config: ScoringConfig): Component<Note> {
  const trl = level(offer.trl);
  const min = level(demand.trlMin);
  if (trl === undefined || min === undefined) {
    const params = { ...(trl !== undefined && { trl }), ...(min !== undefined && { min }) };
    const message =
      trl === undefined && min === undefined
        ? 'Neither the offer’s TRL nor a minimum TRL is stated.'
        : trl === undefined
          ? `The offer’s TRL is not stated; the demand asks for at least TRL ${min}.`
          : `The demand states no minimum TRL; the offer is at TRL ${trl}.`;
    return { value: config.trl.unknown, evidence: { code: 'trl_unknown', message, params } };
  }
  const gap = min - trl;
  if (gap <= 0) {
    return {
      value: config.trl.byGap[0]!,
      evidence: {
        code: 'trl_meets_minimum',
        message: `Offer at TRL ${trl} meets the demand’s minimum of TRL ${min}.`,
        params: { trl, min },
      },
    };
  }
  return {
    value: config.trl.byGap[gap] ?? config.trl.further,
    evidence: {
      code: 'trl_below_minimum',
      message: `Offer at TRL ${trl} is ${gap} level${gap > 1 ? 's' : ''} below the demand’s minimum of TRL ${min}.`,
      params: { trl, min, gap },
    },
  };
}

/** Levels the offer's TRL is below the demand's minimum (≤ 0: meets it); undefined when either is unknown. */
export function trlGap(offer: PostingFeatures, demand: PostingFeatures): number | undefined {
  const trl = level(offer.trl);
  const min = level(demand.trlMin);
  return trl === undefined || min === undefined ? undefined : min - trl;
}

/**
 * Cooperation modes: one in common → 1; otherwise the best related pair (licence ~ assignment,
 * joint development ~ technical service, from the config); otherwise `disjoint`. Either side
 * without modes → `unknown`.
 */
export function modeFit(offer: PostingFeatures, demand: PostingFeatures, config: ScoringConfig): Component<Note> {
  const offerModes = [...new Set(offer.cooperationModes ?? [])].sort();
  const demandModes = [...new Set(demand.cooperationModes ?? [])].sort();
  if (offerModes.length === 0 || demandModes.length === 0) {
    return {
      value: config.mode.unknown,
      evidence: {
        code: 'modes_unknown',
        message: 'Cooperation modes are not stated on both sides.',
        params: { offerModes, demandModes },
      },
    };
  }
  const shared = offerModes.filter((m) => demandModes.includes(m));
  if (shared.length > 0) {
    return {
      value: 1,
      evidence: {
        code: 'modes_shared',
        message: `Both sides accept: ${shared.map(readable).join(', ')}.`,
        params: { modes: shared },
      },
    };
  }
  let best: { offerMode: string; demandMode: string; value: number } | undefined;
  for (const { a, b, value } of config.mode.related) {
    for (const [o, d] of [
      [a, b],
      [b, a],
    ] as const) {
      if (offerModes.includes(o) && demandModes.includes(d) && value > (best?.value ?? 0)) {
        best = { offerMode: o, demandMode: d, value };
      }
    }
  }
  if (best && best.value > config.mode.disjoint) {
    return {
      value: best.value,
      evidence: {
        code: 'modes_related',
        message: `The offer proposes ${readable(best.offerMode)}, the demand seeks ${readable(best.demandMode)}: close modes.`,
        params: { offerMode: best.offerMode, demandMode: best.demandMode },
      },
    };
  }
  return {
    value: config.mode.disjoint,
    evidence: {
      code: 'modes_disjoint',
      message: `No cooperation mode in common (offer: ${offerModes.map(readable).join(', ')}; demand: ${demandModes.map(readable).join(', ')}).`,
      params: { offerModes, demandModes },
    },
  };
}

/**
 * Asking price against budget (both in USD): within → 1, then the config's bands by ratio, above
 * the last band → `above`; either unknown → `unknown`. When either side marked its amount
 * confidential the note carries no figure at all (not even the ratio, which with the other side's
 * amount would give the secret away): only "within budget" or "above budget".
 */
export function budgetFit(offer: PostingFeatures, demand: PostingFeatures, config: ScoringConfig): Component<Note> {
  const { price, budget } = priceAndBudget(offer, demand);
  if (price === undefined || budget === undefined) {
    const missing = price === undefined && budget === undefined ? 'both' : price === undefined ? 'price' : 'budget';
    const message =
      missing === 'both'
        ? 'Neither an asking price nor a budget is stated.'
        : missing === 'price'
          ? 'The offer states no asking price.'
          : 'The demand states no budget.';
    return {
      value: config.budget.unknown,
      evidence: { code: 'price_or_budget_unknown', message, params: { missing } },
    };
  }
  const ratio = price / budget;
  const value = config.budget.bands.find((band) => ratio <= band.upTo)?.value ?? config.budget.above;
  const within = ratio <= 1;
  const confidential = offer.amountConfidential || demand.amountConfidential;
  if (confidential) {
    return {
      value,
      evidence: within
        ? { code: 'price_within_budget', message: 'The asking price is within the budget.', params: {} }
        : { code: 'price_above_budget', message: 'The asking price is above the budget.', params: {} },
    };
  }
  const figures = { price: Math.round(price), budget: Math.round(budget), ratio: Math.round(ratio * 100) / 100 };
  return {
    value,
    evidence: within
      ? {
          code: 'price_within_budget',
          message: `The asking price (USD ${usd(price)}) is within the budget (USD ${usd(budget)}).`,
          params: figures,
        }
      : {
          code: 'price_above_budget',
          message: `The asking price (USD ${usd(price)}) is ${figures.ratio}× the budget (USD ${usd(budget)}).`,
          params: figures,
        },
  };
}

/** The offer's asking price (0: free) and the demand's budget (0 means not stated), when usable. */
export function priceAndBudget(
  offer: PostingFeatures,
  demand: PostingFeatures,
): { price: number | undefined; budget: number | undefined } {
  const price = offer.amountUsd;
  const budget = demand.amountUsd;
  return {
    price: typeof price === 'number' && Number.isFinite(price) && price >= 0 ? price : undefined,
    budget: typeof budget === 'number' && Number.isFinite(budget) && budget > 0 ? budget : undefined,
  };
}

/**
 * Where the technology may go and where it is wanted from. What a broker expects:
 * - The offer's target countries are the institute's own statement of where it may transfer
 *   (patent territories, export control, its mandate). A demand from a listed country is the best
 *   case (`listed`); an offer naming no country is open to anyone but says nothing positive
 *   (`open`); a demand from a country the offer does not list is a real obstacle, yet one a broker
 *   can often negotiate, so it lowers the pair (`excluded`) without dropping it.
 * - The demand's target countries are the company's preference for the technology's origin
 *   (partner countries, a regional programme): a softer signal, a bonus when the offer's country
 *   is one of them and a small penalty when it is not.
 * - An unknown country (empty) is neutral.
 */
export function geographyFit(
  offer: PostingFeatures,
  demand: PostingFeatures,
  config: ScoringConfig,
): Component<Note[]> {
  const g = config.geography;
  const offerCountry = countryCode(offer.country);
  const demandCountry = countryCode(demand.country);
  const offerTargets = countryList(offer.targetCountries);
  const demandTargets = countryList(demand.targetCountries);

  let value: number;
  const notes: Note[] = [];
  if (offerTargets.length === 0 || !demandCountry) {
    value = g.open;
    notes.push({
      code: 'country_open',
      message:
        offerTargets.length === 0
          ? 'The offer may be transferred to any country.'
          : 'The demand’s country is not known; the offer names target countries.',
      params: { targets: offerTargets },
    });
  } else if (offerTargets.includes(demandCountry)) {
    value = g.listed;
    notes.push({
      code: 'country_targeted',
      message: `The offer targets the demand’s country (${demandCountry}).`,
      params: { country: demandCountry },
    });
  } else {
    value = g.excluded;
    notes.push({
      code: 'country_not_targeted',
      message: `The offer targets ${offerTargets.join(', ')}, not the demand’s country (${demandCountry}).`,
      params: { country: demandCountry, targets: offerTargets },
    });
  }

  if (demandTargets.length > 0 && offerCountry) {
    if (demandTargets.includes(offerCountry)) {
      value += g.preferredBonus;
      notes.push({
        code: 'country_preferred',
        message: `The demand prefers technology from the offer’s country (${offerCountry}).`,
        params: { country: offerCountry },
      });
    } else {
      value -= g.notPreferredPenalty;
      notes.push({
        code: 'country_not_preferred',
        message: `The demand prefers technology from ${demandTargets.join(', ')}, not from the offer’s country (${offerCountry}).`,
        params: { country: offerCountry, preferred: demandTargets },
      });
    }
  }
  return { value: Math.min(1, Math.max(0, value)), evidence: notes };
}

/**
 * Exponential decay on the age of the older posting (½ every `halfLifeDays`): an old posting is
 * less likely to be still open. Unknown dates on both sides → `unknown`; a date in the future counts as today.
 */
export function freshnessFit(
  offer: PostingFeatures,
  demand: PostingFeatures,
  config: ScoringConfig,
  now: Date,
): Component<Note> {
  const offerAt = timestamp(offer.publishedAt);
  const demandAt = timestamp(demand.publishedAt);
  if (offerAt === undefined && demandAt === undefined) {
    return {
      value: config.freshness.unknown,
      evidence: { code: 'published_unknown', message: 'Publication dates are not known.', params: {} },
    };
  }
  const olderSide = demandAt === undefined || (offerAt !== undefined && offerAt <= demandAt) ? 'offer' : 'demand';
  const older = (olderSide === 'offer' ? offerAt : demandAt)!;
  const days = Math.max(0, (now.getTime() - older) / DAY_MS);
  return {
    value: 0.5 ** (days / config.freshness.halfLifeDays),
    evidence: {
      code: 'published_age',
      message: `The older posting (the ${olderSide}) was published ${Math.floor(days)} day${Math.floor(days) === 1 ? '' : 's'} ago.`,
      params: { days: Math.floor(days), older: olderSide },
    },
  };
}

/**
 * Moment a posting stops being valid: a date (`2025-06-30`) lasts its whole day (UTC); a timestamp
 * is taken as is. Undefined when absent or unreadable.
 */
export function expiryMoment(expiresOn: string | null): number | undefined {
  if (!expiresOn) return undefined;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(expiresOn);
  if (date) return Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]) + 1);
  return timestamp(expiresOn);
}

function timestamp(value: string | null): number | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isFinite(t) ? t : undefined;
}

function level(value: number | null): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function countryCode(value: string | null | undefined): string {
  return (value ?? '').trim().toUpperCase();
}

function countryList(values: string[] | null | undefined): string[] {
  return [...new Set((values ?? []).map(countryCode).filter(Boolean))].sort();
}

function readable(mode: string): string {
  return mode.replace(/_/g, ' ');
}

function usd(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

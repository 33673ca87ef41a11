/**
 * Synthetic technology offers and demands in the interchange format, deterministic from a seed.
 * Each posting takes a main thesaurus concept and 2–5 concepts around it and is written in one
 * language from that language's sentence bank. Most demands take the main concept of some offer
 * (as often in another language as in the same one), some a look-alike of it (same domain, other
 * technology), the rest a concept of their own.
 */
import { DEFAULT_DOMAIN, DOMAINS, type DomainProfile } from './domains.ts';
import { localMoney } from './countries.ts';
import {
  COOPERATION_MODES,
  type CooperationMode,
  type DemandRow,
  type GeneratedPosting,
  type Industry,
  type Locale,
  type Maturity,
  type Money,
  type OfferRow,
  type OrganizationType,
} from './generator.types.ts';
import { LANGUAGE_SHARES, LOCALES } from './locales/index.ts';
import { Random } from './prng.ts';
import { compile, type Filler, render } from './template.ts';
import { isAcronym, type Topic, Topics } from './topics.ts';

export interface GenerateOptions {
  offers: number;
  demands: number;
  seed: number;
  /** Deadlines fall after this date (YYYY-MM-DD); fixed so the output does not depend on the day it runs. */
  referenceDate?: string;
}

export const DEFAULT_REFERENCE_DATE = '2026-01-15';
const pad = (n: number, width = 6) => String(n).padStart(width, '0');
export const offerId = (i: number) => `bench-offer-${pad(i + 1)}`;
export const demandId = (i: number) => `bench-demand-${pad(i + 1)}`;

/** Share of demands that take an offer's main concept, a look-alike of it, or a concept of their own. */
const DEMAND_TOPIC: readonly (readonly ['same' | 'lookAlike' | 'own', number])[] = [
  ['same', 0.7],
  ['lookAlike', 0.15],
  ['own', 0.15],
];
/** Of the demands sharing an offer's concept, the share written in that offer's language (the rest draw one). */
const SAME_LANGUAGE_AS_OFFER = 0.45;

/** Rows one at a time: all offers, then all demands. */
export function* generatePostings(options: GenerateOptions): Generator<GeneratedPosting> {
  const generator = new PostingGenerator(options.seed, options.referenceDate ?? DEFAULT_REFERENCE_DATE);
  for (let i = 0; i < options.offers; i++) yield { kind: 'offer', ...generator.offer(i) };
  for (let i = 0; i < options.demands; i++) yield { kind: 'demand', ...generator.demand(i, options.offers) };
}

/** What a demand may need to know about an offer without writing it: its language and main concept. */
interface OfferPlan {
  language: string;
  main: Topic;
}

export class PostingGenerator {
  readonly topics: Topics;
  private readonly languages: readonly (readonly [string, number])[];
  private readonly reference: number;

  constructor(
    private readonly seed: number,
    referenceDate: string = DEFAULT_REFERENCE_DATE,
  ) {
    this.topics = Topics.load(seed);
    this.languages = LANGUAGE_SHARES.filter(([code]) => LOCALES[code]);
    this.reference = Date.parse(`${referenceDate}T00:00:00Z`);
    if (Number.isNaN(this.reference)) throw new Error(`bad reference date ${referenceDate}`);
  }

  offerPlan(index: number): OfferPlan {
    const random = Random.stream(this.seed, 'offer-plan', index);
    const language = random.weighted(this.languages);
    return { language, main: this.topics.drawMain(random, language) };
  }

  offer(index: number): { row: OfferRow; concept: string } {
    const plan = this.offerPlan(index);
    const random = Random.stream(this.seed, 'offer', index);
    const locale = LOCALES[plan.language]!;
    const country = random.weighted(locale.countries);
    const type = random.weighted<OfferRow['organization']['type']>([
      ['research_institute', 0.3],
      ['university', 0.3],
      ['company', 0.4],
    ]);
    const trl = random.weighted(TRL_BY_OFFERER[type]);
    const related = this.topics.related(random, plan.main, plan.language, random.int(2, 5));
    const modes = drawModes(random, OFFER_MODES[type]);
    const askingPrice = random.chance(type === 'company' ? 0.6 : 0.45)
      ? money(random, country, random.logUniform(type === 'company' ? 40_000 : 20_000, 3_000_000))
      : null;
    const text = new PostingText(random, locale, plan.main, related, country, type, modes);
    text.trl = trl;
    text.price = askingPrice && locale.formatMoney(askingPrice);
    const bank = locale.offer;
    const maturity: Maturity = trl <= 4 ? 'lab' : trl <= 6 ? 'pilot' : 'market';
    const row: OfferRow = {
      externalId: offerId(index),
      title: text.title(bank.titles),
      summary: text.summary(bank.summaries, [bank.advantages, bank.applications]),
      description: text.description([
        { paragraph: 0, templates: bank.intro, min: 1, max: 1 },
        { paragraph: 0, templates: bank.technology, min: 1, max: 3 },
        { paragraph: 1, templates: bank.advantages, min: 1, max: 3 },
        { paragraph: 1, templates: bank.parameters, min: 1, max: 2 },
        { paragraph: 2, templates: bank.applications, min: 1, max: 2 },
        { paragraph: 2, templates: bank.maturity[maturity], min: 1, max: 1 },
        { paragraph: 3, templates: bank.ip, min: 1, max: 1 },
        { paragraph: 3, templates: askingPrice ? bank.price : bank.noPrice, min: 1, max: 1 },
        { paragraph: 3, templates: bank.cooperation, min: 1, max: 1 },
        { paragraph: 3, templates: bank.closing, min: 0, max: 1 },
      ]),
      language: plan.language,
      country,
      organization: { name: text.organization, type },
      trl,
      ipcCodes: random.chance(0.9) ? offerIpc(random, plan.main, related) : [],
      cooperationModes: modes,
      keywords: text.keywords(),
      askingPrice,
    };
    return { row, concept: plan.main.id };
  }

  demand(index: number, offers: number): { row: DemandRow; concept: string } {
    const random = Random.stream(this.seed, 'demand', index);
    const topicKind = offers > 0 ? random.weighted(DEMAND_TOPIC) : 'own';
    let language = random.weighted(this.languages);
    let main: Topic;
    if (topicKind === 'own') {
      main = this.topics.drawMain(random, language);
    } else {
      const target = this.offerPlan(random.int(0, offers - 1));
      if (random.chance(SAME_LANGUAGE_AS_OFFER)) language = target.language;
      for (let tries = 0; !target.main.labels[language]?.length && tries < 5; tries++)
        language = random.weighted(this.languages);
      if (!target.main.labels[language]?.length) language = target.language;
      main = topicKind === 'same' ? target.main : this.topics.lookAlike(random, target.main, language);
    }
    const locale = LOCALES[language]!;
    const country = random.weighted(locale.countries);
    const type = random.weighted<DemandRow['organization']['type']>([
      ['company', 0.7],
      ['research_institute', 0.12],
      ['government', 0.18],
    ]);
    const desiredTrlMin = random.weighted(TRL_BY_SEEKER[type]);
    const related = this.topics.related(random, main, language, random.int(2, 5));
    const modes = drawModes(random, DEMAND_MODES);
    const budget = random.chance(0.6) ? money(random, country, random.logUniform(20_000, 1_500_000)) : null;
    const deadline = random.chance(0.75) ? this.date(random.int(45, 540)) : null;
    const text = new PostingText(random, locale, main, related, country, type, modes);
    text.trlMin = desiredTrlMin;
    text.budget = budget && locale.formatMoney(budget);
    text.deadline = deadline && locale.formatDate(...(deadline.split('-').map(Number) as [number, number, number]));
    const bank = locale.demand;
    const row: DemandRow = {
      externalId: demandId(index),
      title: text.title(bank.titles),
      summary: text.summary(bank.summaries, [bank.requirements, bank.need]),
      description: text.description([
        { paragraph: 0, templates: bank.company, min: 1, max: 1 },
        { paragraph: 0, templates: bank.need, min: 1, max: 2 },
        { paragraph: 1, templates: bank.problem, min: 1, max: 2 },
        { paragraph: 1, templates: bank.requirements, min: 1, max: 3 },
        { paragraph: 2, templates: bank.constraints, min: 1, max: 2 },
        { paragraph: 2, templates: budget ? bank.budget : bank.noBudget, min: 1, max: 1 },
        { paragraph: 2, templates: deadline ? bank.deadline : [], min: deadline ? 1 : 0, max: 1 },
        { paragraph: 3, templates: bank.cooperation, min: 1, max: 1 },
        { paragraph: 3, templates: bank.closing, min: 0, max: 1 },
      ]),
      language,
      country,
      organization: { name: text.organization, type },
      desiredTrlMin,
      ipcCodes: random.chance(0.15) ? main.ipc.slice(0, 1) : [],
      cooperationModes: modes,
      keywords: text.keywords(),
      budget,
      deadline,
    };
    return { row, concept: main.id };
  }

  private date(daysAfter: number): string {
    return new Date(this.reference + daysAfter * 86_400_000).toISOString().slice(0, 10);
  }
}

const TRL_BY_OFFERER: Record<OfferRow['organization']['type'], readonly (readonly [number, number])[]> = {
  university: [
    [2, 2],
    [3, 4],
    [4, 4],
    [5, 3],
    [6, 2],
    [7, 1],
  ],
  research_institute: [
    [3, 2],
    [4, 3],
    [5, 4],
    [6, 4],
    [7, 2],
    [8, 1],
  ],
  company: [
    [5, 1],
    [6, 3],
    [7, 4],
    [8, 4],
    [9, 3],
  ],
};

const TRL_BY_SEEKER: Record<DemandRow['organization']['type'], readonly (readonly [number, number])[]> = {
  company: [
    [5, 2],
    [6, 4],
    [7, 4],
    [8, 2],
    [9, 1],
  ],
  government: [
    [4, 1],
    [5, 2],
    [6, 3],
    [7, 3],
    [8, 1],
  ],
  research_institute: [
    [3, 2],
    [4, 3],
    [5, 3],
    [6, 2],
  ],
};

type ModeWeights = Record<CooperationMode, number>;
const OFFER_MODES: Record<OfferRow['organization']['type'], ModeWeights> = {
  university: {
    licence: 5,
    assignment: 2,
    joint_development: 5,
    technical_service: 3,
    investment: 1,
    equipment_supply: 0.5,
  },
  research_institute: {
    licence: 4,
    assignment: 2,
    joint_development: 4,
    technical_service: 4,
    investment: 1,
    equipment_supply: 1.5,
  },
  company: {
    licence: 3,
    assignment: 1,
    joint_development: 2,
    technical_service: 3,
    investment: 2.5,
    equipment_supply: 4,
  },
};
const DEMAND_MODES: ModeWeights = {
  licence: 4,
  assignment: 2,
  joint_development: 4,
  technical_service: 3,
  investment: 1,
  equipment_supply: 3,
};

/** One to three modes, in the format's order. */
function drawModes(random: Random, weights: ModeWeights): CooperationMode[] {
  const count = random.weighted([
    [1, 3],
    [2, 4],
    [3, 2],
  ] as const);
  const chosen = new Set<CooperationMode>();
  const items = COOPERATION_MODES.map((m) => [m, weights[m]] as const);
  for (let tries = 0; chosen.size < count && tries < 20; tries++) chosen.add(random.weighted(items));
  return COOPERATION_MODES.filter((m) => chosen.has(m));
}

function money(random: Random, country: string, usd: number): Money {
  return localMoney(usd, country, random.chance(0.85) ? 'local' : 'USD');
}

function offerIpc(random: Random, main: Topic, related: Topic[]): string[] {
  const codes = new Set(main.ipc.slice(0, 2));
  for (const topic of related) if (topic.ipc.length && random.chance(0.35)) codes.add(random.pick(topic.ipc));
  return [...codes].slice(0, 5);
}

interface SectionPlan {
  paragraph: number;
  templates: readonly string[];
  min: number;
  max: number;
}

/** The words of one posting: labels, numbers and names chosen once, then sentences rendered from them. */
class PostingText implements Filler {
  readonly decimalSeparator: string;
  readonly groupSeparator: string;
  readonly organization: string;
  trl = 0;
  trlMin = 0;
  price: string | null = null;
  budget: string | null = null;
  deadline: string | null = null;
  private readonly profile: DomainProfile;
  private readonly mainLabel: string;
  private readonly altLabel: string;
  private readonly relatedLabels: string[];
  private readonly industryNames: string[];
  private readonly parameterTexts: string[];
  private readonly standard: string;
  private readonly formula: string | null;
  private readonly model: string;
  private readonly patentNo: string;
  private readonly city: string;
  private readonly modeNames: string;
  private readonly year: number;
  private readonly native: boolean;

  constructor(
    readonly random: Random,
    private readonly locale: Locale,
    private readonly main: Topic,
    related: Topic[],
    country: string,
    type: OrganizationType,
    modes: CooperationMode[],
  ) {
    this.decimalSeparator = locale.decimalSeparator;
    this.groupSeparator = locale.groupSeparator;
    this.native = locale.nativeDigits ? random.chance(locale.nativeDigits.share) : false;
    this.profile = DOMAINS[main.domain] ?? DEFAULT_DOMAIN;
    const labels = main.labels[locale.code]!;
    const names = labels.filter((l) => !isAcronym(l));
    const preferred = names[0] ?? labels[0]!;
    const other = names.length > 1 ? random.pick(names.slice(1)) : preferred;
    [this.mainLabel, this.altLabel] = random.chance(0.2) ? [other, preferred] : [preferred, other];
    this.relatedLabels = related.map((t) => {
      const own = t.labels[locale.code]!;
      return own.find((l) => !isAcronym(l)) ?? own[0]!;
    });
    // A public body buys for its services, whatever the technology's usual sectors.
    const sectors: Industry[] =
      type === 'government'
        ? [random.pick(['municipal', 'water', 'energy_utilities'] as const), this.profile.industries[0]!]
        : random.sample(this.profile.industries, 2);
    this.industryNames = [...new Set(sectors)].map((i) => locale.industries[i]);
    if (this.industryNames.length < 2) this.industryNames.push(this.industryNames[0]!);
    this.year = random.int(2016, 2025);
    this.city = random.pick(locale.cities[country] ?? Object.values(locale.cities)[0]!);
    this.organization = locale.organization(type, this.city, country, (items) => random.pick(items));
    this.modeNames = locale.list(modes.map((m) => locale.modes[m]));
    this.parameterTexts = random.sample(this.profile.parameters, 3).map((k) => render(locale.parameters[k], this));
    const national = locale.nationalStandards[country] ?? [];
    this.standard =
      national.length && random.chance(0.35)
        ? render(random.pick(national), this)
        : random.pick(this.profile.standards);
    this.formula = this.profile.formulas.length ? random.pick(this.profile.formulas) : null;
    this.model = modelNumber(random);
    const patents = locale.patentNumbers[country] ?? locale.patentNumbers['*'] ?? ['WO {year}/{d:100000-199999}'];
    this.patentNo = render(random.pick(patents), this);
  }

  /** A template rendered and polished by the language. */
  say(template: string): string {
    const text = render(template, this);
    return this.locale.polish ? this.locale.polish(text) : text;
  }

  digits(text: string): string {
    if (!this.native || !this.locale.nativeDigits) return text;
    const digits = this.locale.nativeDigits.digits;
    return text.replace(/[0-9]/g, (d) => digits[Number(d)]!);
  }

  slot(name: string, arg: string | undefined): string {
    switch (name) {
      case 'main':
        return this.mainLabel;
      case 'alt':
        return this.altLabel;
      case 'r1':
      case 'r2':
      case 'r3':
        return this.relatedLabels[Number(name[1]) - 1] ?? this.altLabel;
      case 'rels':
        return this.locale.list(this.relatedLabels);
      case 'industry':
        return this.industryNames[0]!;
      case 'industry2':
        return this.industryNames[1]!;
      case 'p1':
      case 'p2':
      case 'p3':
        return this.parameterTexts[Number(name[1]) - 1]!;
      case 'std':
        return this.standard;
      case 'formula':
        return this.formula ?? '';
      case 'model':
        return this.model;
      case 'patentNo':
        return this.patentNo;
      case 'org':
        return this.organization;
      case 'city':
        return this.city;
      case 'trl':
        return this.digits(String(this.trl));
      case 'trlMin':
        return this.digits(String(this.trlMin));
      case 'price':
        return this.digits(this.price ?? '');
      case 'budget':
        return this.digits(this.budget ?? '');
      case 'deadline':
        return this.digits(this.deadline ?? '');
      case 'modes':
        return this.modeNames;
      case 'year':
        return this.digits(String(this.year));
      default:
        throw new Error(`unknown slot {${name}${arg ? `:${arg}` : ''}} in a ${this.locale.code} template`);
    }
  }

  /** Whether the posting has what the template needs ({r3}, {formula}, {price}…). */
  private fits(template: string): boolean {
    const { slots, physical } = compile(template);
    if (physical && this.profile.digital) return false;
    if (slots.has('r3') && this.relatedLabels.length < 3) return false;
    if (slots.has('formula') && !this.formula) return false;
    if (slots.has('price') && !this.price) return false;
    if (slots.has('budget') && !this.budget) return false;
    if (slots.has('deadline') && !this.deadline) return false;
    return true;
  }

  private length(text: string): number {
    return measure(text, this.locale.lengthUnit);
  }

  /** The first template, in random order, whose text has a length in range; else the closest. */
  title(templates: readonly string[]): string {
    const [min, max] = this.locale.lengths.title;
    let best = '';
    let bestDistance = Infinity;
    for (const template of this.random.sample(
      templates.filter((t) => this.fits(t)),
      templates.length,
    )) {
      const text = this.say(template);
      const n = this.length(text);
      const distance = n < min ? min - n : n > max ? n - max : 0;
      if (distance === 0) return text;
      if (distance < bestDistance) [best, bestDistance] = [text, distance];
    }
    return best;
  }

  /** A summary sentence, with a second one when it is too short. */
  summary(templates: readonly string[], extra: readonly (readonly string[])[]): string {
    const [min, max] = this.locale.lengths.summary;
    let best = '';
    let bestDistance = Infinity;
    const extras = extra.flat().filter((t) => this.fits(t));
    for (const template of this.random.sample(
      templates.filter((t) => this.fits(t)),
      6,
    )) {
      let text = this.say(template);
      for (let i = 0; this.length(text) < min && i < 2; i++)
        text += this.locale.sentenceSeparator + this.say(this.random.pick(extras));
      const n = this.length(text);
      const distance = n < min ? min - n : n > max ? n - max : 0;
      if (distance === 0) return text;
      if (distance < bestDistance) [best, bestDistance] = [text, distance];
    }
    return best;
  }

  /**
   * Sections in order, each with at least `min` sentences; more sentences (up to `max` per section)
   * are added while the text is shorter than a drawn target length within the language's range.
   * A parameter ({p1}…) is stated once; sentences keep their section's template order.
   */
  description(plan: SectionPlan[]): string {
    const [min, max] = this.locale.lengths.description;
    const target = Math.round((this.random.real(min, max) + this.random.real(min, max)) / 2);
    const chosen = plan.map(() => [] as { order: number; sentence: string }[]);
    const pools = plan.map((s) => this.random.sample(s.templates, s.templates.length));
    const stated = new Set<string>();
    let total = 0;
    const add = (i: number): boolean => {
      const pool = pools[i]!;
      for (let k = 0; k < pool.length; k++) {
        const template = pool[k]!;
        const { slots } = compile(template);
        if (!this.fits(template) || [...slots].some((slot) => PARAMETER_SLOTS.has(slot) && stated.has(slot))) continue;
        const sentence = this.say(template);
        const n = this.length(sentence);
        if (total + n > max && chosen[i]!.length >= plan[i]!.min) return false;
        pool.splice(k, 1);
        for (const slot of slots) if (PARAMETER_SLOTS.has(slot)) stated.add(slot);
        chosen[i]!.push({ order: plan[i]!.templates.indexOf(template), sentence });
        total += n;
        return true;
      }
      return false;
    };
    plan.forEach((section, i) => {
      while (chosen[i]!.length < section.min && add(i));
    });
    const open = plan.map((_, i) => i).filter((i) => chosen[i]!.length < plan[i]!.max);
    while (total < target && open.length) {
      const at = this.random.int(0, open.length - 1);
      const i = open[at]!;
      if (!add(i) || chosen[i]!.length >= plan[i]!.max) open.splice(at, 1);
    }
    const paragraphs: string[][] = [];
    plan.forEach((section, i) => {
      const sentences = chosen[i]!.sort((a, b) => a.order - b.order).map((c) => c.sentence);
      (paragraphs[section.paragraph] ??= []).push(...sentences);
    });
    return paragraphs
      .filter((p) => p.length)
      .map((p) => p.join(this.locale.sentenceSeparator))
      .join('\n\n');
  }

  /** 3–8 keywords: the main concept's names and the related concepts' (acronyms included). */
  keywords(): string[] {
    const own = this.main.labels[this.locale.code]!;
    const candidates = [this.mainLabel, ...this.random.sample(own, 2), ...this.relatedLabels];
    const seen = new Set<string>();
    const keywords: string[] = [];
    for (const k of candidates) {
      const key = k.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      keywords.push(k);
    }
    return keywords.slice(0, this.random.int(Math.min(3, keywords.length), Math.min(8, keywords.length)));
  }
}

/** Words (space-separated), or characters without spaces and combining marks (Thai vowels and tones). */
export function measure(text: string, unit: 'word' | 'char'): number {
  if (unit === 'char') return text.length - (text.match(SPACE_OR_MARK)?.length ?? 0);
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
}
const SPACE_OR_MARK = /[\s\p{M}]/gu;

const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXZ';
const PARAMETER_SLOTS = new Set(['p1', 'p2', 'p3']);

/** Model numbers as products carry them: `XK-350`, `TPH-2400A`, `GD3200`. */
function modelNumber(random: Random): string {
  let prefix = '';
  for (let i = random.int(2, 3); i > 0; i--) prefix += random.pick([...LETTERS]);
  const digits = String(random.pick([random.int(10, 99) * 10, random.int(100, 999), random.int(12, 96) * 100]));
  const suffix = random.chance(0.35) ? random.pick([...'ABCDEHMSX']) : '';
  return `${prefix}${random.chance(0.7) ? '-' : ''}${digits}${suffix}`;
}

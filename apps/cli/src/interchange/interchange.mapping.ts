import type {
  DemandEntity,
  DemandInput,
  ExportedPosting,
  ImportedPosting,
  OfferEntity,
  OfferInput,
  PostingEntity,
  PostingInput,
  PostingTranslationEntity,
} from '@ttm/postings';
import type { ClassConstructor } from 'class-transformer';
import { isISO6391 } from 'class-validator';
import { type CsvShape, DEMAND_CSV, OFFER_CSV } from './interchange-csv.ts';
import { DemandRowDto, OfferRowDto } from './interchange-row.dto.ts';

/** The language of the original text when the declared one is missing or not an ISO 639-1 code. */
export const DEFAULT_LANGUAGE = 'en';

/** A row as the interchange format writes it (JSONL object; CSV through `rowToCsvRecord`). */
export type InterchangeRow = Record<string, unknown>;

/** What the import and export commands need to know about one side. */
export interface InterchangeKind<E extends PostingEntity, I extends PostingInput, R extends object> {
  name: 'offers' | 'demands';
  rowClass: ClassConstructor<R>;
  csv: CsvShape;
  toImported(row: R): ImportedPosting<I>;
  toRow(exported: ExportedPosting<E>): InterchangeRow;
}

type PostingRow = OfferRowDto | DemandRowDto;

/** The language hint as declared; the text's language only when the hint is an ISO 639-1 code. */
export function textLanguage(declared: string | undefined): string {
  const code = declared?.toLowerCase();
  return code && isISO6391(code) ? code : DEFAULT_LANGUAGE;
}

function postingInput(row: PostingRow): PostingInput {
  return {
    ownerCountry: row.country,
    ipcCodes: row.ipcCodes ?? [],
    cooperationModes: row.cooperationModes ?? [],
    translations: [
      {
        language: textLanguage(row.language),
        origin: 'original',
        title: row.title,
        summary: row.summary ?? '',
        description: row.description ?? '',
        keywords: row.keywords ?? [],
      },
    ],
  };
}

function imported<I extends PostingInput>(row: PostingRow, input: I): ImportedPosting<I> {
  return {
    externalId: row.externalId,
    organization: { name: row.organization.name, type: row.organization.type },
    declaredLanguage: row.language ?? null,
    input,
  };
}

/** The fields offers and demands share, in the format's order. */
function commonFields(
  { posting, organization }: ExportedPosting<PostingEntity & { translations: PostingTranslationEntity[] }>,
  sideFields: InterchangeRow,
): InterchangeRow {
  const original = posting.translations.find((t) => t.origin === 'original') ?? posting.translations[0]!;
  // Imported postings give back the language their source declared (none if it declared none).
  const language = posting.source !== null ? posting.declaredLanguage : original.language;
  return {
    externalId: posting.externalId ?? posting.id,
    title: original.title,
    summary: original.summary,
    description: original.description,
    ...(language !== null ? { language } : {}),
    country: posting.ownerCountry,
    organization,
    ...sideFields,
    ipcCodes: posting.ipcCodes,
    cooperationModes: posting.cooperationModes,
    keywords: original.keywords,
  };
}

/** Amounts marked confidential are not exported. */
const money = (amount: number | null, currency: string | null, confidential: boolean) =>
  amount === null || currency === null || confidential ? null : { amount, currency };

export const OFFERS: InterchangeKind<OfferEntity, OfferInput, OfferRowDto> = {
  name: 'offers',
  rowClass: OfferRowDto,
  csv: OFFER_CSV,
  toImported: (row) =>
    imported(row, { ...postingInput(row), trl: row.trl, askingPrice: row.askingPrice ?? null } satisfies OfferInput),
  toRow: (exported) => {
    const o = exported.posting;
    return {
      ...commonFields(exported, { trl: o.trl }),
      askingPrice: money(o.askingPriceAmount, o.askingPriceCurrency, o.priceConfidential),
    };
  },
};

export const DEMANDS: InterchangeKind<DemandEntity, DemandInput, DemandRowDto> = {
  name: 'demands',
  rowClass: DemandRowDto,
  csv: DEMAND_CSV,
  toImported: (row) =>
    imported(row, {
      ...postingInput(row),
      desiredTrlMin: row.desiredTrlMin,
      budget: row.budget ?? null,
      deadline: row.deadline ?? null,
    } satisfies DemandInput),
  toRow: (exported) => {
    const d = exported.posting;
    return {
      ...commonFields(exported, { desiredTrlMin: d.desiredTrlMin }),
      budget: money(d.budgetAmount, d.budgetCurrency, d.budgetConfidential),
      deadline: d.deadline,
    };
  },
};

import { applyDecorators } from '@nestjs/common';
import { NormalizedText } from '@ttm/common';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { COOPERATION_MODES } from './posting.types.ts';

/**
 * The rules of a posting's fields, in one place for every way postings come in: the api's request
 * DTOs and the importer's rows use these decorators (add `@IsOptional()` where a field may be absent).
 * The database repeats the text limits as CHECK constraints.
 */
export const POSTING_LIMITS = {
  title: 300,
  summary: 2_000,
  description: 20_000,
  keywords: 30,
  keyword: 100,
  ipcCodes: 50,
  trlMin: 1,
  trlMax: 9,
  amountMax: 1e15,
  amountDecimals: 2,
  /** Imports: the key of a posting within its source. */
  externalId: 200,
  /** Imports: the language the source declares, kept as given (a BCP 47 tag is at most 35 characters). */
  declaredLanguage: 35,
} as const;

/** IPC symbols such as `H01M 10/54` or `C02F 1/28` (section, class, subclass, optional group). */
export const IPC_PATTERN = /^[A-H]\d{2}[A-Z](?: \d{1,4}\/\d{1,6})?$/;

/** A calendar date, `YYYY-MM-DD`. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** `h01m10/54` → `H01M 10/54`, so the format check and later prefix matching see one form. */
export function normalizeIpcCode(code: string): string {
  return code
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/^([A-H]\d{2}[A-Z])(\d)/, '$1 $2');
}

const NormalizedIpcCodes = () =>
  Transform(({ value }) =>
    Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? normalizeIpcCode(v) : v)) : value,
  );

export const IsPostingTitle = () =>
  applyDecorators(NormalizedText(), IsString(), MinLength(1), MaxLength(POSTING_LIMITS.title));

export const IsPostingSummary = () => applyDecorators(NormalizedText(), IsString(), MaxLength(POSTING_LIMITS.summary));

export const IsPostingDescription = () =>
  applyDecorators(NormalizedText(), IsString(), MaxLength(POSTING_LIMITS.description));

export const IsPostingKeywords = () =>
  applyDecorators(
    NormalizedText(),
    ArrayMaxSize(POSTING_LIMITS.keywords),
    IsString({ each: true }),
    MaxLength(POSTING_LIMITS.keyword, { each: true }),
  );

/** Technology readiness level (an offer's, or the lowest a demand can take on). */
export const IsTrl = () => applyDecorators(IsInt(), Min(POSTING_LIMITS.trlMin), Max(POSTING_LIMITS.trlMax));

export const IsIpcCodes = () =>
  applyDecorators(
    NormalizedIpcCodes(),
    ArrayMaxSize(POSTING_LIMITS.ipcCodes),
    ArrayUnique(),
    Matches(IPC_PATTERN, { each: true, message: 'each IPC code must look like "H01M 10/54" or "H01M"' }),
  );

export const IsCooperationModes = () => applyDecorators(ArrayUnique(), IsIn(COOPERATION_MODES, { each: true }));

export const IsMoneyAmount = () =>
  applyDecorators(
    IsNumber({ maxDecimalPlaces: POSTING_LIMITS.amountDecimals, allowNaN: false, allowInfinity: false }),
    Min(0),
    Max(POSTING_LIMITS.amountMax),
  );

export const IsCalendarDate = () =>
  applyDecorators(
    IsISO8601({ strict: true }),
    Matches(DATE_PATTERN, { message: '$property must be a date (YYYY-MM-DD)' }),
  );

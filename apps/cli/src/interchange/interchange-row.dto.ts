import { IsOrganizationName, type OrganizationType } from '@ttm/accounts';
import { type ErrorDetail, NormalizedText, validationErrorDetails } from '@ttm/common';
import {
  type CooperationMode,
  IsCalendarDate,
  IsCooperationModes,
  IsIpcCodes,
  IsMoneyAmount,
  IsPostingDescription,
  IsPostingKeywords,
  IsPostingSummary,
  IsPostingTitle,
  IsTrl,
  POSTING_LIMITS,
} from '@ttm/postings';
import { type ClassConstructor, plainToInstance, Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsISO31661Alpha2,
  IsISO4217CurrencyCode,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { validateSync } from 'class-validator';

/** Organisation types the interchange format allows on each side (shared/eval/README.md). */
export const OFFER_ORGANIZATION_TYPES = [
  'research_institute',
  'university',
  'company',
] as const satisfies readonly OrganizationType[];
export const DEMAND_ORGANIZATION_TYPES = [
  'company',
  'research_institute',
  'government',
] as const satisfies readonly OrganizationType[];

/** Country and currency codes are checked case-insensitively; they are stored upper-case. */
const UpperCase = () => Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));

class OfferOrganizationDto {
  @IsOrganizationName() name!: string;
  @IsIn(OFFER_ORGANIZATION_TYPES) type!: (typeof OFFER_ORGANIZATION_TYPES)[number];
}

class DemandOrganizationDto {
  @IsOrganizationName() name!: string;
  @IsIn(DEMAND_ORGANIZATION_TYPES) type!: (typeof DEMAND_ORGANIZATION_TYPES)[number];
}

export class MoneyRowDto {
  @IsMoneyAmount() amount!: number;
  @UpperCase() @IsISO4217CurrencyCode() currency!: string;
}

/**
 * One row of the interchange format, validated with the same field rules as the api
 * (`@ttm/postings`, `@ttm/accounts`); text is NFC-normalised and trimmed first.
 */
abstract class PostingRowDto {
  @NormalizedText() @IsString() @MinLength(1) @MaxLength(POSTING_LIMITS.externalId) externalId!: string;
  @IsPostingTitle() title!: string;
  @IsOptional() @IsPostingSummary() summary?: string;
  @IsOptional() @IsPostingDescription() description?: string;
  /** A hint, kept as declared: any short text is accepted (see the mapping for its use). */
  @IsOptional() @NormalizedText() @IsString() @MaxLength(POSTING_LIMITS.declaredLanguage) language?: string;
  @UpperCase() @IsISO31661Alpha2() country!: string;
  @IsOptional() @IsIpcCodes() ipcCodes?: string[];
  @IsOptional() @IsCooperationModes() cooperationModes?: CooperationMode[];
  @IsOptional() @IsPostingKeywords() keywords?: string[];
}

export class OfferRowDto extends PostingRowDto {
  @IsObject() @ValidateNested() @Type(() => OfferOrganizationDto) organization!: OfferOrganizationDto;
  @IsTrl() trl!: number;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => MoneyRowDto) askingPrice?: MoneyRowDto | null;
}

export class DemandRowDto extends PostingRowDto {
  @IsObject() @ValidateNested() @Type(() => DemandOrganizationDto) organization!: DemandOrganizationDto;
  @IsTrl() desiredTrlMin!: number;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => MoneyRowDto) budget?: MoneyRowDto | null;
  @IsOptional() @IsCalendarDate() deadline?: string | null;
}

/** A parsed row as a valid, normalised DTO, or its field-level errors. Unknown fields are errors, as in the api. */
export function validateRow<T extends object>(
  rowClass: ClassConstructor<T>,
  value: unknown,
): { row: T; errors?: undefined } | { errors: ErrorDetail[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { errors: [{ path: '', code: 'not_an_object', message: 'a row must be an object' }] };
  }
  const row = plainToInstance(rowClass, value);
  const errors = validateSync(row, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  return errors.length ? { errors: validationErrorDetails(errors) } : { row };
}

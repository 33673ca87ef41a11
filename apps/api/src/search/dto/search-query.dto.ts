import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidationArguments,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { LANGUAGE_CODES } from '@ttm/common';
import { COOPERATION_MODES, type CooperationMode } from '@ttm/postings';
import { ORGANIZATION_TYPES } from '@ttm/accounts';
import { PaginationQueryDto } from '../../common/page.dto.ts';

/** `a,b` or repeated parameters → a trimmed list. */
const list = () =>
  Transform(({ value }: { value: unknown }) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((v) => String(v).split(','))
      .map((v) => v.trim())
      .filter((v) => v !== ''),
  );

/** Elasticsearch pages no deeper than 10,000 hits; deeper requests are refused up front. */
@ValidatorConstraint({ name: 'searchDepth' })
class WithinSearchDepth implements ValidatorConstraintInterface {
  validate(_: unknown, args: ValidationArguments): boolean {
    const { page, pageSize } = args.object as SearchQueryDto;
    return page * pageSize <= MAX_SEARCH_DEPTH;
  }
  defaultMessage(): string {
    return `page × pageSize must be at most ${MAX_SEARCH_DEPTH}; narrow the query instead`;
  }
}

export const MAX_SEARCH_DEPTH = 10_000;
export const MAX_QUERY_LENGTH = 500;

export class SearchQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({
    description: 'Text in any language',
    maxLength: MAX_QUERY_LENGTH,
    example: 'переработка литий-ионных аккумуляторов',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_QUERY_LENGTH)
  q?: string;

  @ApiPropertyOptional({ enum: LANGUAGE_CODES, description: "The query's language, when known (detected otherwise)" })
  @IsOptional()
  @IsIn(LANGUAGE_CODES)
  lang?: string;

  @ApiPropertyOptional({
    type: [String],
    example: 'CN,RU',
    description: "Owners' countries (ISO 3166-1 alpha-2), comma-separated",
  })
  @IsOptional()
  @list()
  @ArrayMaxSize(50)
  @IsISO31661Alpha2({ each: true })
  country?: string[];

  @ApiPropertyOptional({ type: [String], enum: LANGUAGE_CODES, description: 'Languages of the postings' })
  @IsOptional()
  @list()
  @ArrayMaxSize(20)
  @IsIn(LANGUAGE_CODES, { each: true })
  language?: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: 9, description: 'Offers: TRL at least; demands: minimum TRL at most' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(9)
  trl?: number;

  @ApiPropertyOptional({ type: [String], enum: COOPERATION_MODES })
  @IsOptional()
  @list()
  @IsIn(COOPERATION_MODES, { each: true })
  mode?: CooperationMode[];

  @ApiPropertyOptional({ type: [String], example: 'energy', description: 'Technology fields (thesaurus domains)' })
  @IsOptional()
  @list()
  @ArrayMaxSize(20)
  @Matches(/^[a-z][a-z_]{1,39}$/, { each: true, message: 'each field must be a technology field name such as energy' })
  field?: string[];

  @ApiPropertyOptional({ type: [String], enum: ORGANIZATION_TYPES })
  @IsOptional()
  @list()
  @IsIn(ORGANIZATION_TYPES, { each: true })
  organizationType?: string[];

  /** `page` and `pageSize` as every list has them, and no deeper than Elasticsearch pages. */
  @Validate(WithinSearchDepth)
  override page = 1;
}

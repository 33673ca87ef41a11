import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsISO8601, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { MoneyDto } from './money.dto.ts';
import { NormalizedText } from './normalized-text.ts';

/** An optional calendar date, `YYYY-MM-DD`. */
export const OptionalDate = (field: string, example: string) =>
  applyDecorators(
    ApiPropertyOptional({ example, nullable: true, format: 'date' }),
    IsOptional(),
    IsISO8601({ strict: true }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${field} must be a date (YYYY-MM-DD)` }),
  );

/** An optional amount with its ISO 4217 currency. */
export const OptionalMoney = () =>
  applyDecorators(
    ApiPropertyOptional({ type: MoneyDto, nullable: true }),
    IsOptional(),
    ValidateNested(),
    Type(() => MoneyDto),
  );

/** An optional list of short texts, NFC-normalised. */
export const OptionalTextList = (opts: { maxItems: number; maxLength: number; example: string[] }) =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], example: opts.example }),
    IsOptional(),
    NormalizedText(),
    ArrayMaxSize(opts.maxItems),
    IsString({ each: true }),
    MaxLength(opts.maxLength, { each: true }),
  );

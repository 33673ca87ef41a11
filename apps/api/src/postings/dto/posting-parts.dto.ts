import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NormalizedText } from '@ttm/common';
import {
  IsEmail,
  IsIn,
  IsISO4217CurrencyCode,
  IsISO6391,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import {
  IsMoneyAmount,
  IsPostingDescription,
  IsPostingKeywords,
  IsPostingSummary,
  IsPostingTitle,
  POSTING_LIMITS,
  TRANSLATION_ORIGINS,
  type TranslationOrigin,
} from '@ttm/postings';

export class TranslationDto {
  @ApiProperty({ example: 'ru', description: 'ISO 639-1 code of the text' })
  @IsISO6391()
  language!: string;

  @ApiProperty({
    enum: TRANSLATION_ORIGINS,
    example: 'original',
    description: 'Exactly one translation is the original',
  })
  @IsIn(TRANSLATION_ORIGINS)
  origin!: TranslationOrigin;

  @ApiProperty({
    example: 'Сорбенты для очистки сточных вод от тяжёлых металлов',
    maxLength: POSTING_LIMITS.title,
  })
  @IsPostingTitle()
  title!: string;

  @ApiPropertyOptional({
    example: 'Модифицированные глины удаляют свинец и кадмий из стоков.',
    maxLength: POSTING_LIMITS.summary,
  })
  @IsOptional()
  @IsPostingSummary()
  summary?: string;

  @ApiPropertyOptional({ maxLength: POSTING_LIMITS.description })
  @IsOptional()
  @IsPostingDescription()
  description?: string;

  @ApiPropertyOptional({ type: [String], example: ['сорбент', 'тяжёлые металлы'] })
  @IsOptional()
  @IsPostingKeywords()
  keywords?: string[];
}

export class MoneyDto {
  @ApiProperty({ example: 250000 })
  @IsMoneyAmount()
  amount!: number;

  @ApiProperty({ example: 'CNY', description: 'ISO 4217' })
  @IsISO4217CurrencyCode()
  currency!: string;
}

export const IP_RIGHT_TYPES = ['patent', 'utility_model', 'design', 'copyright', 'trade_secret', 'other'] as const;
export const IP_RIGHT_STATES = ['pending', 'granted', 'expired', 'other'] as const;

export class IpRightDto {
  @ApiProperty({ enum: IP_RIGHT_TYPES })
  @IsIn(IP_RIGHT_TYPES)
  type!: (typeof IP_RIGHT_TYPES)[number];

  @ApiPropertyOptional({ example: 'RU2745231C1' })
  @IsOptional()
  @NormalizedText()
  @IsString()
  @MaxLength(60)
  number?: string;

  @ApiProperty({ enum: IP_RIGHT_STATES })
  @IsIn(IP_RIGHT_STATES)
  status!: (typeof IP_RIGHT_STATES)[number];

  @ApiProperty({ example: 'RU', description: 'ISO 3166-1 alpha-2, or a regional office such as EP or WO' })
  @Matches(/^[A-Z]{2}$/, { message: 'territory must be a two-letter country or office code' })
  territory!: string;
}

export class ConfidentialDto {
  @ApiPropertyOptional({ example: 'Dr. Elena Petrova' })
  @IsOptional()
  @NormalizedText()
  @IsString()
  @MaxLength(200)
  contactPerson?: string;

  @ApiPropertyOptional({ example: 'tto@institute.example' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '+7 383 555 01 23' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{4,30}$/, { message: 'phone must be digits, spaces, ( ) - and an optional leading +' })
  phone?: string;

  @ApiPropertyOptional({ description: 'Technical detail shown only to the owner, brokers and admins' })
  @IsOptional()
  @NormalizedText()
  @IsString()
  @MaxLength(20_000)
  technicalDetail?: string;
}

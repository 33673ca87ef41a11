import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsISO6391, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { TRANSLATION_ORIGINS, type TranslationOrigin } from '@ttm/postings';
import { OptionalTextList } from '../../common/field-decorators.ts';
import { NormalizedText } from '../../common/normalized-text.ts';

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

  @ApiProperty({ example: 'Сорбенты для очистки сточных вод от тяжёлых металлов', maxLength: 300 })
  @NormalizedText()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;

  @ApiPropertyOptional({ example: 'Модифицированные глины удаляют свинец и кадмий из стоков.', maxLength: 2000 })
  @IsOptional()
  @NormalizedText()
  @IsString()
  @MaxLength(2000)
  summary?: string;

  @ApiPropertyOptional({ maxLength: 20_000 })
  @IsOptional()
  @NormalizedText()
  @IsString()
  @MaxLength(20_000)
  description?: string;

  @OptionalTextList({ maxItems: 30, maxLength: 100, example: ['сорбент', 'тяжёлые металлы'] })
  keywords?: string[];
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

/** IPC symbols such as `H01M 10/54` or `C02F 1/28` (section, class, subclass, optional group). */
export const IPC_PATTERN = /^[A-H]\d{2}[A-Z](?: \d{1,4}\/\d{1,6})?$/;

/** `h01m10/54` → `H01M 10/54`, so the format check and later prefix matching see one form. */
export const normalizeIpc = () =>
  Transform(({ value }) =>
    Array.isArray(value)
      ? value.map((v) =>
          typeof v === 'string'
            ? v
                .toUpperCase()
                .replace(/\s+/g, '')
                .replace(/^([A-H]\d{2}[A-Z])(\d)/, '$1 $2')
            : v,
        )
      : value,
  );

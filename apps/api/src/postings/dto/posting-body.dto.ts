import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { NormalizedText } from '@ttm/common';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  COOPERATION_MODES,
  type CooperationMode,
  IP_STATUSES,
  IsCalendarDate,
  IsCooperationModes,
  IsIpcCodes,
  IsTrl,
  type IpStatus,
  POSTING_LIMITS,
} from '@ttm/postings';
import { ConfidentialDto, IpRightDto, MoneyDto, TranslationDto } from './posting-parts.dto.ts';

/** Fields offers and demands share. */
export class PostingBodyDto {
  @ApiProperty({ example: 'RU', description: 'ISO 3166-1 alpha-2 country of the owner' })
  @IsISO31661Alpha2()
  ownerCountry!: string;

  @ApiPropertyOptional({ type: [String], example: ['CN', 'IN', 'BR'] })
  @IsOptional()
  @ArrayMaxSize(250)
  @ArrayUnique()
  @IsISO31661Alpha2({ each: true })
  targetCountries?: string[];

  @ApiPropertyOptional({ type: [String], example: ['C02F 1/28', 'B01J 20/12'] })
  @IsOptional()
  @IsIpcCodes()
  ipcCodes?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Concept ids of the technology thesaurus' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(/^[a-z0-9][a-z0-9._-]{0,99}$/, { each: true, message: 'each technology field must be a concept id' })
  technologyFields?: string[];

  @ApiPropertyOptional({ enum: COOPERATION_MODES, isArray: true, example: ['licence', 'joint_development'] })
  @IsOptional()
  @IsCooperationModes()
  cooperationModes?: CooperationMode[];

  @ApiPropertyOptional({ type: ConfidentialDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ConfidentialDto)
  confidential?: ConfidentialDto;

  @ApiProperty({
    type: [TranslationDto],
    example: [
      { language: 'zh', origin: 'original', title: '工业废水重金属吸附材料', summary: '低成本改性黏土吸附铅和镉。' },
      { language: 'en', origin: 'machine', title: 'Heavy-metal sorbents for industrial wastewater' },
    ],
  })
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Type(() => TranslationDto)
  translations!: TranslationDto[];
}

export class OfferBodyDto extends PostingBodyDto {
  @ApiProperty({
    minimum: POSTING_LIMITS.trlMin,
    maximum: POSTING_LIMITS.trlMax,
    example: 6,
    description: 'Technology readiness level',
  })
  @IsTrl()
  trl!: number;

  @ApiPropertyOptional({ enum: IP_STATUSES, default: 'none' })
  @IsOptional()
  @IsIn(IP_STATUSES)
  ipStatus?: IpStatus;

  @ApiPropertyOptional({ type: [IpRightDto] })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  @Type(() => IpRightDto)
  ipRights?: IpRightDto[];

  @ApiPropertyOptional({ type: MoneyDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  askingPrice?: MoneyDto | null;

  @ApiPropertyOptional({ description: 'Hide the asking price from other organisations' })
  @IsOptional()
  @IsBoolean()
  priceConfidential?: boolean;

  @ApiPropertyOptional({ type: [String], example: ['electroplating', 'mining effluent'] })
  @IsOptional()
  @NormalizedText()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  applications?: string[];

  @ApiPropertyOptional({ example: '2027-12-31', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  expiresOn?: string | null;
}

export class DemandBodyDto extends PostingBodyDto {
  @ApiProperty({
    minimum: POSTING_LIMITS.trlMin,
    maximum: POSTING_LIMITS.trlMax,
    example: 5,
    description: 'Lowest TRL the company can take on',
  })
  @IsTrl()
  desiredTrlMin!: number;

  @ApiPropertyOptional({ type: MoneyDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  budget?: MoneyDto | null;

  @ApiPropertyOptional({ description: 'Hide the budget from other organisations' })
  @IsOptional()
  @IsBoolean()
  budgetConfidential?: boolean;

  @ApiPropertyOptional({ example: '2027-06-30', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  deadline?: string | null;
}

const OrganizationRef = () =>
  ApiPropertyOptional({ format: 'uuid', description: "Defaults to the caller's organisation; admins must give it" });

export class CreateOfferDto extends OfferBodyDto {
  @OrganizationRef()
  @IsOptional()
  @Matches(/^[0-9a-f-]{36}$/, { message: 'organizationId must be a UUID' })
  organizationId?: string;
}

export class UpdateOfferDto extends OfferBodyDto {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  version!: number;
}

export class CreateDemandDto extends DemandBodyDto {
  @OrganizationRef()
  @IsOptional()
  @Matches(/^[0-9a-f-]{36}$/, { message: 'organizationId must be a UUID' })
  organizationId?: string;
}

export class UpdateDemandDto extends DemandBodyDto {
  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  version!: number;
}

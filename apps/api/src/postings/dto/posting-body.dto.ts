import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
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
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { COOPERATION_MODES, type CooperationMode, IP_STATUSES, type IpStatus } from '@ttm/postings';
import { OptionalDate, OptionalMoney, OptionalTextList } from '../../common/field-decorators.ts';
import type { MoneyDto } from '../../common/money.dto.ts';
import { ConfidentialDto, IPC_PATTERN, IpRightDto, normalizeIpc, TranslationDto } from './posting-parts.dto.ts';

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
  @normalizeIpc()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(IPC_PATTERN, { each: true, message: 'each IPC code must look like "H01M 10/54" or "H01M"' })
  ipcCodes?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Concept ids of the technology thesaurus' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(/^[a-z0-9][a-z0-9._-]{0,99}$/, { each: true, message: 'each technology field must be a concept id' })
  technologyFields?: string[];

  @ApiPropertyOptional({ enum: COOPERATION_MODES, isArray: true, example: ['licence', 'joint_development'] })
  @IsOptional()
  @ArrayUnique()
  @IsIn(COOPERATION_MODES, { each: true })
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
  @ApiProperty({ minimum: 1, maximum: 9, example: 6, description: 'Technology readiness level' })
  @IsInt()
  @Min(1)
  @Max(9)
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

  @OptionalMoney()
  askingPrice?: MoneyDto | null;

  @ApiPropertyOptional({ description: 'Hide the asking price from other organisations' })
  @IsOptional()
  @IsBoolean()
  priceConfidential?: boolean;

  @OptionalTextList({ maxItems: 30, maxLength: 200, example: ['electroplating', 'mining effluent'] })
  applications?: string[];

  @OptionalDate('expiresOn', '2027-12-31')
  expiresOn?: string | null;
}

export class DemandBodyDto extends PostingBodyDto {
  @ApiProperty({ minimum: 1, maximum: 9, example: 5, description: 'Lowest TRL the company can take on' })
  @IsInt()
  @Min(1)
  @Max(9)
  desiredTrlMin!: number;

  @OptionalMoney()
  budget?: MoneyDto | null;

  @ApiPropertyOptional({ description: 'Hide the budget from other organisations' })
  @IsOptional()
  @IsBoolean()
  budgetConfidential?: boolean;

  @OptionalDate('deadline', '2027-06-30')
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

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DemandEntity, OfferEntity, PostingEntity, PostingTranslationEntity } from '@ttm/postings';
import { COOPERATION_MODES, IP_STATUSES, POSTING_STATUSES } from '@ttm/postings';
import { PageMetaDto } from '../../common/page.dto.ts';
import { ConfidentialDto, IpRightDto, MoneyDto, TranslationDto } from './posting-parts.dto.ts';

class PostingResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ enum: POSTING_STATUSES }) status!: string;
  @ApiPropertyOptional({ nullable: true }) statusReason!: string | null;
  @ApiProperty() version!: number;
  @ApiPropertyOptional({ nullable: true }) externalId!: string | null;
  @ApiPropertyOptional({ nullable: true }) source!: string | null;
  @ApiProperty({ type: [String] }) technologyFields!: string[];
  @ApiProperty({ type: [String] }) ipcCodes!: string[];
  @ApiProperty({ enum: COOPERATION_MODES, isArray: true }) cooperationModes!: string[];
  @ApiProperty() ownerCountry!: string;
  @ApiProperty({ type: [String] }) targetCountries!: string[];
  @ApiProperty({ type: [TranslationDto] }) translations!: TranslationDto[];
  @ApiPropertyOptional({ type: ConfidentialDto, description: 'Only for the owner organisation, brokers and admins' })
  confidential?: ConfidentialDto;
  @ApiPropertyOptional({ nullable: true }) publishedAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class OfferResponseDto extends PostingResponseDto {
  @ApiProperty() trl!: number;
  @ApiProperty({ enum: IP_STATUSES }) ipStatus!: string;
  @ApiProperty({ type: [IpRightDto] }) ipRights!: IpRightDto[];
  @ApiPropertyOptional({ type: MoneyDto, nullable: true, description: 'null when confidential for you' })
  askingPrice!: MoneyDto | null;
  @ApiProperty() priceConfidential!: boolean;
  @ApiProperty({ type: [String] }) applications!: string[];
  @ApiPropertyOptional({ nullable: true }) expiresOn!: string | null;
}

export class DemandResponseDto extends PostingResponseDto {
  @ApiProperty() desiredTrlMin!: number;
  @ApiPropertyOptional({ type: MoneyDto, nullable: true, description: 'null when confidential for you' })
  budget!: MoneyDto | null;
  @ApiProperty() budgetConfidential!: boolean;
  @ApiPropertyOptional({ nullable: true }) deadline!: string | null;
}

export class OfferPageDto {
  @ApiProperty({ type: [OfferResponseDto] }) items!: OfferResponseDto[];
  @ApiProperty({ type: PageMetaDto }) meta!: PageMetaDto;
}

export class DemandPageDto {
  @ApiProperty({ type: [DemandResponseDto] }) items!: DemandResponseDto[];
  @ApiProperty({ type: PageMetaDto }) meta!: PageMetaDto;
}

/** The public teaser plus, for those allowed, the confidential part: never the entity itself. */
function toPostingResponse(p: PostingEntity & { translations: PostingTranslationEntity[] }, withConfidential: boolean) {
  const original = (t: PostingTranslationEntity) => (t.origin === 'original' ? 0 : 1);
  return {
    id: p.id,
    organizationId: p.organizationId,
    status: p.status,
    statusReason: p.statusReason,
    version: p.version,
    externalId: p.externalId,
    source: p.source,
    technologyFields: p.technologyFields,
    ipcCodes: p.ipcCodes,
    cooperationModes: p.cooperationModes,
    ownerCountry: p.ownerCountry,
    targetCountries: p.targetCountries,
    translations: [...p.translations]
      .sort((a, b) => original(a) - original(b) || a.language.localeCompare(b.language))
      .map((t) => ({
        language: t.language,
        origin: t.origin,
        title: t.title,
        summary: t.summary,
        description: t.description,
        keywords: t.keywords,
      })),
    ...(withConfidential ? { confidential: p.confidential } : {}),
    publishedAt: p.publishedAt,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

const money = (amount: number | null, currency: string | null, hidden: boolean) =>
  amount === null || currency === null || hidden ? null : { amount, currency };

export function toOfferResponse(o: OfferEntity, withConfidential: boolean): OfferResponseDto {
  return {
    ...toPostingResponse(o, withConfidential),
    trl: o.trl,
    ipStatus: o.ipStatus,
    ipRights: o.ipRights,
    askingPrice: money(o.askingPriceAmount, o.askingPriceCurrency, o.priceConfidential && !withConfidential),
    priceConfidential: o.priceConfidential,
    applications: o.applications,
    expiresOn: o.expiresOn,
  };
}

export function toDemandResponse(d: DemandEntity, withConfidential: boolean): DemandResponseDto {
  return {
    ...toPostingResponse(d, withConfidential),
    desiredTrlMin: d.desiredTrlMin,
    budget: money(d.budgetAmount, d.budgetCurrency, d.budgetConfidential && !withConfidential),
    budgetConfidential: d.budgetConfidential,
    deadline: d.deadline,
  };
}

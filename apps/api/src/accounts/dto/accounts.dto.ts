import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NormalizedText } from '@ttm/common';
import {
  ArrayMaxSize,
  IsEmail,
  IsIn,
  IsISO31661Alpha2,
  IsISO6391,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import {
  IsOrganizationName,
  ORGANIZATION_LIMITS,
  ORGANIZATION_TYPES,
  type OrganizationEntity,
  type OrganizationType,
  ROLES,
  type Role,
  type UserEntity,
} from '@ttm/accounts';
import { PageMetaDto } from '../../common/page.dto.ts';

export class CreateOrganizationDto {
  @ApiProperty({ example: 'Институт катализа СО РАН', maxLength: ORGANIZATION_LIMITS.name })
  @IsOrganizationName()
  name!: string;

  @ApiProperty({ enum: ORGANIZATION_TYPES })
  @IsIn(ORGANIZATION_TYPES)
  type!: OrganizationType;

  @ApiProperty({ example: 'RU' })
  @IsISO31661Alpha2()
  country!: string;

  @ApiPropertyOptional({ example: 'https://catalysis.example' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  website?: string;

  @ApiPropertyOptional({ type: [String], example: ['ru', 'en'] })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsISO6391({ each: true })
  languages?: string[];
}

export class OrganizationResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) type!: OrganizationType;
  @ApiProperty() country!: string;
  @ApiPropertyOptional({ nullable: true }) website!: string | null;
  @ApiProperty({ type: [String] }) languages!: string[];
}

export class OrganizationPageDto {
  @ApiProperty({ type: [OrganizationResponseDto] }) items!: OrganizationResponseDto[];
  @ApiProperty({ type: PageMetaDto }) meta!: PageMetaDto;
}

export class CreateUserDto {
  @ApiProperty({ example: 'tto@institute.example' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 12, description: 'At least 12 characters' })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password!: string;

  @ApiProperty({ example: 'Elena Petrova' })
  @NormalizedText()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for members' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ type: [String], description: 'Brokers: countries they cover' })
  @IsOptional()
  @ArrayMaxSize(250)
  @IsISO31661Alpha2({ each: true })
  portfolioCountries?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Brokers: technology concept ids they cover' })
  @IsOptional()
  @ArrayMaxSize(200)
  @Matches(/^[a-z0-9][a-z0-9._-]{0,99}$/, { each: true })
  portfolioFields?: string[];
}

export class UserResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiPropertyOptional({ nullable: true }) organizationId!: string | null;
  @ApiProperty({ type: [String] }) portfolioCountries!: string[];
  @ApiProperty({ type: [String] }) portfolioFields!: string[];
}

export const toOrganizationResponse = (o: OrganizationEntity): OrganizationResponseDto => ({
  id: o.id,
  name: o.name,
  type: o.type,
  country: o.country,
  website: o.website,
  languages: o.languages,
});

export const toUserResponse = (u: UserEntity): UserResponseDto => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  role: u.role,
  organizationId: u.organizationId,
  portfolioCountries: u.portfolioCountries,
  portfolioFields: u.portfolioFields,
});

import { applyDecorators } from '@nestjs/common';
import { NormalizedText } from '@ttm/common';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** The rules of an organisation's fields, shared by the api's DTOs and the importer's rows. */
export const ORGANIZATION_LIMITS = { name: 300 } as const;

export const IsOrganizationName = () =>
  applyDecorators(NormalizedText(), IsString(), MinLength(1), MaxLength(ORGANIZATION_LIMITS.name));

export { organizationNotFound } from './accounts.errors.ts';
export { AccountsModule } from './accounts.module.ts';
export { AccountsService, type NewOrganization, type NewUser } from './accounts.service.ts';
export { IsOrganizationName, ORGANIZATION_LIMITS } from './organization.rules.ts';
export { ORGANIZATION_TYPES, OrganizationEntity, type OrganizationType } from './organization.entity.ts';
export { passwordHasher } from './password-hasher.ts';
export { isReviewer, type Principal } from './principal.ts';
export {
  findOrCreateSourceOrganizations,
  organizationKey,
  organizationsById,
  type SourceOrganization,
} from './source-organizations.ts';
export { TokenService, type TokenPair } from './token.service.ts';
export { ROLES, UserEntity, type Role } from './user.entity.ts';

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DomainError } from '@ttm/common';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import { emailTaken, invalidCredentials, organizationNotFound } from './accounts.errors.ts';
import { LoginRateLimiter } from './login-rate-limiter.ts';
import { OrganizationEntity, type OrganizationType } from './organization.entity.ts';
import { passwordHasher } from './password-hasher.ts';
import { TokenService, type TokenPair } from './token.service.ts';
import { type Role, UserEntity } from './user.entity.ts';

export interface NewOrganization {
  name: string;
  type: OrganizationType;
  country: string;
  website?: string | null;
  languages?: string[];
  externalId?: string | null;
  source?: string | null;
}

export interface NewUser {
  email: string;
  password: string;
  displayName: string;
  role: Role;
  organizationId: string | null;
  portfolioCountries?: string[];
  portfolioFields?: string[];
}

@Injectable()
export class AccountsService {
  /** Verified against when the e-mail is unknown, so both failures take the same time. */
  private readonly decoyHash = passwordHasher.hash(randomUUID());

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    private readonly tokens: TokenService,
    private readonly rateLimiter: LoginRateLimiter,
  ) {}

  async login(email: string, password: string, clientIp: string): Promise<TokenPair> {
    await this.rateLimiter.assertAllowed(email, clientIp);
    const user = await this.users.findOneBy({ email });
    const ok = await passwordHasher.verify(user?.passwordHash ?? (await this.decoyHash), password);
    if (!user || !ok) {
      await this.rateLimiter.recordFailure(email, clientIp);
      throw invalidCredentials();
    }
    await this.rateLimiter.reset(email);
    return this.tokens.issue(user);
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const userId = await this.tokens.consumeRefresh(refreshToken);
    return this.tokens.issue(await this.getUser(userId));
  }

  async logout(userId: string): Promise<void> {
    await this.tokens.revokeAll(userId);
  }

  async findUserByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email });
  }

  async getUser(id: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new DomainError('unauthenticated', 'auth.user_gone', 'The user of this token no longer exists');
    return user;
  }

  async createUser(input: NewUser): Promise<UserEntity> {
    if (input.organizationId && !(await this.organizations.existsBy({ id: input.organizationId }))) {
      throw organizationNotFound(input.organizationId, 'organizationId');
    }
    if (await this.users.existsBy({ email: input.email })) throw emailTaken();
    const { password, ...fields } = input;
    return this.users.save(
      this.users.create({
        ...fields,
        passwordHash: await passwordHasher.hash(password),
        portfolioCountries: input.portfolioCountries ?? [],
        portfolioFields: input.portfolioFields ?? [],
      }),
    );
  }

  async createOrganization(input: NewOrganization): Promise<OrganizationEntity> {
    return this.organizations.save(
      this.organizations.create({
        ...input,
        website: input.website ?? null,
        languages: input.languages ?? [],
        externalId: input.externalId ?? null,
        source: input.source ?? null,
      }),
    );
  }

  async getOrganization(id: string): Promise<OrganizationEntity> {
    const organization = await this.organizations.findOneBy({ id });
    if (!organization) throw organizationNotFound(id);
    return organization;
  }

  async listOrganizations(page: { offset: number; limit: number }): Promise<[OrganizationEntity[], number]> {
    return this.organizations.findAndCount({ order: { name: 'ASC', id: 'ASC' }, skip: page.offset, take: page.limit });
  }
}

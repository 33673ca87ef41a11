import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { AppConfig } from '@ttm/config';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, type Repository } from 'typeorm';
import { invalidToken } from './accounts.errors.ts';
import type { Principal } from './principal.ts';
import { RefreshTokenEntity } from './refresh-token.entity.ts';
import { ROLES, type Role, type UserEntity } from './user.entity.ts';

export interface TokenPair {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
}

interface AccessClaims {
  sub: string;
  role: Role;
  org: string | null;
}

const ALGORITHM = 'HS256';
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Short-lived JWT access tokens (HS256 only; issuer, audience and expiry checked) and opaque
 * refresh tokens stored hashed, rotated on use: a refresh token works once.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(AppConfig) private readonly config: AppConfig,
    @InjectRepository(RefreshTokenEntity) private readonly refreshTokens: Repository<RefreshTokenEntity>,
  ) {}

  async issue(user: UserEntity): Promise<TokenPair> {
    const { accessTtlSeconds, refreshTtlDays } = this.config.auth;
    const claims: AccessClaims = { sub: user.id, role: user.role, org: user.organizationId };
    const accessToken = await this.jwt.signAsync(claims, {
      algorithm: ALGORITHM,
      expiresIn: accessTtlSeconds,
      issuer: this.config.auth.issuer,
      audience: this.config.auth.audience,
    });
    const refreshToken = randomBytes(32).toString('base64url');
    await this.refreshTokens.insert({
      userId: user.id,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + refreshTtlDays * 86_400_000),
    });
    return { accessToken, tokenType: 'Bearer', expiresIn: accessTtlSeconds, refreshToken };
  }

  async verifyAccess(token: string): Promise<Principal> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims & object>(token, {
        algorithms: [ALGORITHM],
        issuer: this.config.auth.issuer,
        audience: this.config.auth.audience,
      });
    } catch (error) {
      throw invalidToken((error as Error).message);
    }
    if (typeof claims.sub !== 'string' || !ROLES.includes(claims.role)) throw invalidToken('malformed claims');
    return { userId: claims.sub, role: claims.role, organizationId: claims.org ?? null };
  }

  /** Spends a refresh token; returns its user id, or throws if unknown, spent, revoked or expired. */
  async consumeRefresh(refreshToken: string): Promise<string> {
    const result = await this.refreshTokens
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where({ tokenHash: sha256(refreshToken), revokedAt: IsNull() })
      .andWhere('expires_at > now()')
      .returning(['userId']) // property names: a column name here is silently dropped
      .execute();
    const row = (result.raw as { user_id: string }[])[0];
    if (!row) throw invalidToken('refresh token is unknown, used or expired');
    return row.user_id;
  }

  async revokeAll(userId: string): Promise<void> {
    await this.refreshTokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}

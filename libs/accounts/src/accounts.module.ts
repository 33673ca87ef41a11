import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@ttm/config';
import { AccountsService } from './accounts.service.ts';
import { LoginRateLimiter } from './login-rate-limiter.ts';
import { OrganizationEntity } from './organization.entity.ts';
import { RefreshTokenEntity } from './refresh-token.entity.ts';
import { TokenService } from './token.service.ts';
import { UserEntity } from './user.entity.ts';

/** Organisations, users, login, tokens. */
@Module({
  imports: [
    TypeOrmModule.forFeature([OrganizationEntity, UserEntity, RefreshTokenEntity]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // Signing needs the secret; AppConfig.load(…, 'api') refuses to start the api without one.
        secret: config.auth.jwtSecret ?? '',
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [AccountsService, TokenService, LoginRateLimiter],
  exports: [AccountsService, TokenService],
})
export class AccountsModule {}

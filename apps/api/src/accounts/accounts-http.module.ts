import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccountsModule } from '@ttm/accounts';
import { AuthController } from '../auth/auth.controller.ts';
import { AuthGuard } from '../auth/auth.guard.ts';
import { OrganizationsController, UsersController } from './accounts.controller.ts';

/** Login, users and organisations over HTTP; installs the global auth guard. */
@Module({
  imports: [AccountsModule],
  controllers: [AuthController, UsersController, OrganizationsController],
  providers: [{ provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AccountsModule],
})
export class AccountsHttpModule {}

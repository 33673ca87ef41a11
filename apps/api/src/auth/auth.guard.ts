import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Principal, type Role, TokenService } from '@ttm/accounts';
import { DomainError } from '@ttm/common';
import type { Request } from 'express';
import { IS_PUBLIC, ROLES_KEY } from './auth.decorators.ts';

/** Every route needs a valid bearer token unless marked `@Public()`; `@Roles()` narrows further. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) {
      throw new DomainError(
        'unauthenticated',
        'auth.token_required',
        'Send an access token: Authorization: Bearer <token>',
      );
    }
    req.principal = await this.tokens.verifyAccess(token);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(req.principal.role)) {
      throw new DomainError('forbidden', 'auth.role_forbidden', `This action needs the role ${roles.join(' or ')}`);
    }
    return true;
  }
}

import { DomainError } from '@ttm/common';

export const invalidCredentials = () =>
  new DomainError('unauthenticated', 'auth.invalid_credentials', 'E-mail or password is wrong');

export const invalidToken = (why: string) =>
  new DomainError('unauthenticated', 'auth.invalid_token', `Invalid token: ${why}`);

export const tooManyAttempts = (retryAfterSeconds: number) =>
  new DomainError(
    'too_many_requests',
    'auth.too_many_attempts',
    `Too many login attempts; retry in ${retryAfterSeconds} s`,
  );

/** `path`: the request field that named the organisation, when there is one. */
export const organizationNotFound = (id: string, path?: string) =>
  new DomainError(
    'not_found',
    'organization.not_found',
    `Organisation ${id} does not exist`,
    path ? [{ path, code: 'not_found', message: 'no such organisation' }] : [],
  );

export const emailTaken = () =>
  new DomainError('conflict', 'user.email_taken', 'A user with this e-mail already exists', [
    { path: 'email', code: 'taken', message: 'already registered' },
  ]);

import { Logger } from '@nestjs/common';
import type { TokenService } from '@ttm/accounts';
import { DomainError } from '@ttm/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { STATUS_OF } from '../errors/http-error.filter.ts';
import { LOGIN_PAGE } from './queue-dashboard.login-page.ts';

export const DASHBOARD_COOKIE = 'ttm_queues_token';
const MAX_FORM_BYTES = 16 * 1024;

export interface DashboardAuthOptions {
  /** Where the dashboard is mounted (`/admin/queues`): the cookie's path. */
  basePath: string;
  tokens: TokenService;
  /** Lifetime of the cookie: that of an access token. */
  cookieMaxAgeSeconds: number;
  /** Mark the cookie `Secure` even on plain HTTP (production sits behind TLS). */
  alwaysSecure: boolean;
}

/**
 * Admins only, in front of the dashboard. The access token comes from `Authorization: Bearer`
 * (scripts) or from an httpOnly, SameSite=Strict cookie scoped to the dashboard (browsers). A
 * browser gets the cookie by posting an admin access token to `<basePath>/login` (a form is
 * served there), never in a URL, where logs and history would keep it. `<basePath>/logout`
 * clears it. Refusals answer in the api's error shape: 401 without a valid token, 403 for
 * anyone but an admin.
 */
export function dashboardAuth(options: DashboardAuthOptions): RequestHandler {
  const logger = new Logger('QueueDashboard');
  const handle = async (req: Request, res: Response, next: NextFunction) => {
    if (req.path === '/login' && req.method === 'GET') return sendLoginPage(res);
    if (req.path === '/logout' && req.method === 'POST') {
      res.clearCookie(DASHBOARD_COOKIE, { path: options.basePath });
      return res.redirect(303, `${options.basePath}/login`);
    }
    if (req.path === '/login' && req.method === 'POST') {
      const token = await formToken(req);
      await assertAdmin(options.tokens, token);
      res.cookie(DASHBOARD_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: options.alwaysSecure || req.secure,
        path: options.basePath,
        maxAge: options.cookieMaxAgeSeconds * 1000,
      });
      return res.redirect(303, `${options.basePath}/`);
    }
    await assertAdmin(options.tokens, bearerToken(req) ?? cookieToken(req));
    next();
  };
  return (req, res, next) => {
    handle(req, res, next).catch((error: unknown) => {
      const correlationId = typeof req.id === 'string' ? req.id : undefined;
      if (error instanceof DomainError) {
        const statusCode = STATUS_OF[error.kind];
        res
          .status(statusCode)
          .json({ statusCode, code: error.code, message: error.message, details: error.details, correlationId });
        return;
      }
      logger.error({ err: error, correlationId }, 'queue dashboard');
      res.status(500).json({
        statusCode: 500,
        code: 'internal_error',
        message: 'Internal server error',
        details: [],
        correlationId,
      });
    });
  };
}

async function assertAdmin(tokens: TokenService, token: string | undefined): Promise<void> {
  if (!token) {
    throw new DomainError(
      'unauthenticated',
      'auth.token_required',
      'Send an admin access token: Authorization: Bearer <token>, or sign in at the dashboard’s /login',
    );
  }
  const principal = await tokens.verifyAccess(token);
  if (principal.role !== 'admin') {
    throw new DomainError('forbidden', 'auth.role_forbidden', 'The queue dashboard is for admins');
  }
}

function bearerToken(req: Request): string | undefined {
  const [scheme, token] = (req.headers.authorization ?? '').split(' ');
  return scheme === 'Bearer' && token ? token : undefined;
}

function cookieToken(req: Request): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === DASHBOARD_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** `token` from a form post (urlencoded, read here) or a JSON body (parsed by the api). */
async function formToken(req: Request): Promise<string | undefined> {
  if (req.is('application/json')) {
    const token = (req.body as { token?: unknown } | undefined)?.token;
    return typeof token === 'string' ? token : undefined;
  }
  if (!req.is('application/x-www-form-urlencoded')) return undefined;
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > MAX_FORM_BYTES) {
      throw new DomainError('too_large', 'payload_too_large', `The form is over ${MAX_FORM_BYTES} bytes`);
    }
  }
  return new URLSearchParams(body).get('token') ?? undefined;
}

function sendLoginPage(res: Response): void {
  res
    .status(200)
    .set({
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
    })
    .type('html')
    .send(LOGIN_PAGE);
}

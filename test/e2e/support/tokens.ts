import { createHmac } from 'node:crypto';

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/**
 * A JWT built by hand, so a test says exactly what it signs: any header (`alg: none` included),
 * any claims, any key. HS256 and HS512 are signed with `secret`; any other `alg` gets no signature.
 */
export function handMadeJwt(header: Record<string, unknown>, claims: Record<string, unknown>, secret: string): string {
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const hmac = { HS256: 'sha256', HS512: 'sha512' }[String(header.alg)];
  const signature = hmac ? createHmac(hmac, secret).update(signingInput).digest('base64url') : '';
  return `${signingInput}.${signature}`;
}

/** The claims of a JWT, unverified. */
export function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

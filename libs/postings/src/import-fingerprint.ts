import { createHash } from 'node:crypto';

/** Bump when what goes into a fingerprint changes meaning: every imported row then counts as changed once. */
const FINGERPRINT_VERSION = 1;

/** A stable hash of imported content: the same values in the same order give the same fingerprint. */
export function importFingerprint(values: unknown[]): string {
  return createHash('sha256')
    .update(JSON.stringify([FINGERPRINT_VERSION, ...values]))
    .digest('base64url');
}

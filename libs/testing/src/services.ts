import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../../scripts/services/services.sh', import.meta.url));

/** Brings the local services up through the same script the README uses (idempotent, fast when up). */
export function servicesUp(): void {
  execFileSync('bash', [SCRIPT, 'up'], { stdio: ['ignore', 'inherit', 'inherit'] });
}

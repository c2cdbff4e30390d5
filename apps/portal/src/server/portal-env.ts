import { parsePortalEnv, type PortalEnv } from '../env';

let cached: PortalEnv | undefined;

/**
 * The validated env for server code. Read at request time (not build time), so a page that
 * shows a URL must be dynamic; see `connection()` in the pages that call this.
 */
export function portalEnv(): PortalEnv {
  if (cached) return cached;
  const parsed = parsePortalEnv(process.env);
  if (!parsed.ok) throw new Error(parsed.message);
  cached = parsed.env;
  return cached;
}

/** Boot check: a bad env stops the server with one line and exit code 1. */
export function assertPortalEnvOrExit(): void {
  const parsed = parsePortalEnv(process.env);
  if (parsed.ok) {
    cached = parsed.env;
    return;
  }
  process.stderr.write(`${parsed.message}\n`);
  process.exit(1);
}

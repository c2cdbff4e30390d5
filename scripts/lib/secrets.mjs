// Dev secrets generated once into .data/dev-secrets.json so keys and logins survive restarts.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Letters and digits only, so a key survives shells, URLs and any `gh_[A-Za-z0-9]+` check.
 * @param {number} length
 * @param {(n: number) => Uint8Array} [random]
 */
export function randomToken(length, random = randomBytes) {
  const bytes = random(length);
  let out = '';
  // 256 % 62 leaves a tiny bias; fine for dev credentials, not for production keys.
  for (const byte of bytes) out += BASE62[byte % 62];
  return out;
}

export const devSecretsSchema = z.object({
  encryptionKey: z.string(),
  demoKey: z.string(),
  trialKey: z.string(),
  adminPassword: z.string(),
  authSecret: z.string(),
  adminJwtSecret: z.string(),
});

/** @typedef {z.infer<typeof devSecretsSchema>} DevSecrets */

/** @type {Record<keyof DevSecrets, (random: (n: number) => Uint8Array) => string>} */
const GENERATORS = {
  encryptionKey: (random) => Buffer.from(random(32)).toString('base64'),
  demoKey: (random) => `gh_demo${randomToken(32, random)}`,
  trialKey: (random) => `gh_trial${randomToken(32, random)}`,
  adminPassword: (random) => randomToken(20, random),
  authSecret: (random) => Buffer.from(random(32)).toString('base64'),
  // Signs admin-api session JWTs (HS256); 48 base62 characters ≈ 285 bits.
  adminJwtSecret: (random) => randomToken(48, random),
};

/**
 * Keeps every valid value already there and generates the missing ones.
 * @param {unknown} existing
 * @param {(n: number) => Uint8Array} [random]
 * @returns {{ secrets: DevSecrets, changed: boolean }}
 */
export function completeDevSecrets(existing, random = randomBytes) {
  const base = z.record(z.string(), z.unknown()).safeParse(existing);
  const known = base.success ? base.data : {};
  let changed = false;
  /** @type {Record<string, string>} */
  const out = {};
  for (const [key, generate] of Object.entries(GENERATORS)) {
    const value = known[key];
    if (typeof value === 'string' && value.length > 0) out[key] = value;
    else {
      out[key] = generate(random);
      changed = true;
    }
  }
  return { secrets: devSecretsSchema.parse(out), changed };
}

/**
 * Reads the secrets file, fills gaps and writes it back (mode 0600) when anything was added.
 * @param {string} file
 */
export async function loadDevSecrets(file) {
  const text = await readFile(file, 'utf8').catch(() => '');
  let parsed;
  try {
    parsed = text ? JSON.parse(text) : {};
  } catch {
    throw new Error(`${file} is not valid JSON; fix or delete it to generate new dev secrets`);
  }
  const { secrets, changed } = completeDevSecrets(parsed);
  if (changed) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  return secrets;
}

/** A JSON value as stored in the audit log. */
export type AuditJson =
  string | number | boolean | null | AuditJson[] | { [key: string]: AuditJson };

export const REDACTED = '[redacted]';

// Words that make a field secret wherever they appear in its name ("passwordHash",
// "client_secret", "apiKey", "credentialsEnc", "Authorization").
const SECRET_WORDS: ReadonlySet<string> = new Set([
  'password',
  'passwd',
  'secret',
  'credential',
  'credentials',
  'authorization',
  'apikey',
  'cookie',
  'hash',
  'enc',
]);
// "token" is secret ("accessToken", "tokenHash") unless the name is about tokens as a quantity or
// an identifier ("maxTokens" has "tokens"; "tokenId", "tokenPrefix" end with a safe word).
const SAFE_LAST_WORDS: ReadonlySet<string> = new Set(['id', 'ids', 'prefix', 'count', 'name']);

function wordsOf(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/api[\s_-]?key/gi, 'apikey')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** Whether a field of that name holds a secret. */
export function isSecretKey(key: string): boolean {
  const words = wordsOf(key);
  if (words.some((w) => SECRET_WORDS.has(w))) return true;
  const last = words.at(-1);
  return words.includes('token') && last !== undefined && !SAFE_LAST_WORDS.has(last);
}

/**
 * A copy of `value` fit for the audit log: every field whose name says secret becomes
 * "[redacted]" at any depth; bigints become strings, dates ISO strings, bytes "[redacted]".
 */
export function elideSecrets(value: unknown): AuditJson {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return REDACTED;
  if (Array.isArray(value)) return value.map(elideSecrets);
  if (typeof value === 'object') {
    const out: Record<string, AuditJson> = {};
    for (const [key, field] of Object.entries(value)) {
      if (field === undefined || typeof field === 'function') continue;
      out[key] = isSecretKey(key) && field !== null ? REDACTED : elideSecrets(field);
    }
    return out;
  }
  return null;
}

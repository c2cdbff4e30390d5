import { z } from 'zod';

/** Opens an AES-GCM sealed blob to its plaintext (the I/O shell binds ENCRYPTION_KEY). */
export type DecryptCredentials = (sealed: Uint8Array) => string;

const stringRecordSchema = z.record(z.string(), z.string());

export type OpenedRecord =
  { ok: true; value: Readonly<Record<string, string>> } | { ok: false; message: string };

/**
 * Opens sealed JSON credentials (`{ "apiKey": "sk-..." }` or header → value). Never puts the
 * plaintext in the message: a wrong key and a malformed document read the same to a log.
 */
export function openSealedRecord(
  sealed: Uint8Array | null,
  decrypt: DecryptCredentials,
): OpenedRecord {
  if (sealed === null) return { ok: true, value: {} };
  let text: string;
  try {
    text = decrypt(sealed);
  } catch {
    return { ok: false, message: 'credentials could not be decrypted (wrong ENCRYPTION_KEY?)' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'credentials are not JSON' };
  }
  const parsed = stringRecordSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: 'credentials are not a map of strings' };
  return { ok: true, value: parsed.data };
}

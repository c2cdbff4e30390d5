import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret } from '../crypto/encrypt-secret.js';
import { openSealedRecord } from './open-sealed-record.js';

const key = Buffer.alloc(32, 3);
const open = (sealed: Uint8Array | null) =>
  openSealedRecord(sealed, (bytes) => decryptSecret(bytes, key));
const seal = (text: string) => new Uint8Array(encryptSecret(text, key));

describe('openSealedRecord', () => {
  it('opens sealed JSON credentials, and nothing stored as none', () => {
    expect(open(seal('{"apiKey":"sk-1","org":"o"}'))).toEqual({
      ok: true,
      value: { apiKey: 'sk-1', org: 'o' },
    });
    expect(open(null)).toEqual({ ok: true, value: {} });
  });

  it('reports a wrong key, non-JSON and non-string values without the plaintext', () => {
    const wrongKey = openSealedRecord(seal('{"apiKey":"sk-1"}'), (b) =>
      decryptSecret(b, Buffer.alloc(32, 4)),
    );
    expect(wrongKey).toEqual({
      ok: false,
      message: 'credentials could not be decrypted (wrong ENCRYPTION_KEY?)',
    });
    expect(open(seal('sk-plain-secret'))).toEqual({
      ok: false,
      message: 'credentials are not JSON',
    });
    const nested = open(seal('{"apiKey":{"value":"sk-secret"}}'));
    expect(nested).toEqual({ ok: false, message: 'credentials are not a map of strings' });
  });
});

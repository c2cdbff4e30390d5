import { describe, expect, it } from 'vitest';
import { completeDevSecrets, randomToken } from './secrets.mjs';

const counting = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, index) => index);

describe('randomToken', () => {
  it('maps bytes onto letters and digits', () => {
    expect(randomToken(5, counting)).toBe('ABCDE');
    expect(randomToken(64, () => new Uint8Array(64).fill(61))).toBe('9'.repeat(64));
  });
});

describe('completeDevSecrets', () => {
  it('generates everything for an empty file', () => {
    const { secrets, changed } = completeDevSecrets({});
    expect(changed).toBe(true);
    expect(secrets.demoKey).toMatch(/^gh_demo[A-Za-z0-9]{32}$/);
    expect(secrets.trialKey).toMatch(/^gh_trial[A-Za-z0-9]{32}$/);
    expect(Buffer.from(secrets.encryptionKey, 'base64')).toHaveLength(32);
    expect(secrets.adminPassword).toMatch(/^[A-Za-z0-9]{20}$/);
  });

  it('keeps existing values and only fills gaps', () => {
    const first = completeDevSecrets({}).secrets;
    const { adminPassword: _dropped, ...partial } = first;
    const { secrets, changed } = completeDevSecrets(partial);
    expect(changed).toBe(true);
    expect(secrets.demoKey).toBe(first.demoKey);
    expect(secrets.encryptionKey).toBe(first.encryptionKey);
    expect(completeDevSecrets(secrets)).toEqual({ secrets, changed: false });
  });

  it('replaces junk that is not an object', () => {
    expect(completeDevSecrets(['x']).changed).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { generateAccessToken, generateApiKey, randomBase62 } from './generate-api-key.js';
import { hashAccessToken, hashApiKey } from './hash-api-key.js';
import { isWellFormedToken, keyPrefix } from './key-prefix.js';

describe('generateApiKey', () => {
  it('is gh_ followed by 40 base62 characters, different every time', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a).toMatch(/^gh_[0-9A-Za-z]{40}$/);
    expect(a).not.toBe(b);
  });

  it('makes personal access tokens with ghp_', () => {
    expect(generateAccessToken()).toMatch(/^ghp_[0-9A-Za-z]{40}$/);
  });

  it('uses the whole base62 alphabet roughly evenly', () => {
    const text = randomBase62(62_000);
    const counts = new Map<string, number>();
    for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(62);
    for (const n of counts.values()) expect(n).toBeGreaterThan(800);
  });
});

describe('hashApiKey', () => {
  it('is the SHA-256 hex digest', () => {
    expect(hashApiKey('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hashAccessToken('abc')).toBe(hashApiKey('abc'));
  });
});

describe('keyPrefix', () => {
  it('keeps the kind prefix and 4 characters', () => {
    expect(keyPrefix('gh_AbCdEfGh')).toBe('gh_AbCd');
    expect(keyPrefix('ghp_AbCdEfGh')).toBe('ghp_AbCd');
  });

  it('keeps 4 characters of an unknown token', () => {
    expect(keyPrefix('sk-123456')).toBe('sk-1');
  });
});

describe('isWellFormedToken', () => {
  it('accepts issued tokens and rejects others', () => {
    expect(isWellFormedToken(generateApiKey())).toBe(true);
    expect(isWellFormedToken(generateAccessToken())).toBe(true);
    expect(isWellFormedToken(`gh_demo${'a'.repeat(32)}`)).toBe(true);
    expect(isWellFormedToken(`gh_${'a'.repeat(16)}`)).toBe(true);
    expect(isWellFormedToken(`gh_${'a'.repeat(15)}`)).toBe(false);
    expect(isWellFormedToken(`gh_${'a'.repeat(129)}`)).toBe(false);
    expect(isWellFormedToken(`gh_${'a'.repeat(39)}-`)).toBe(false);
    expect(isWellFormedToken(`xx_${'a'.repeat(40)}`)).toBe(false);
  });
});

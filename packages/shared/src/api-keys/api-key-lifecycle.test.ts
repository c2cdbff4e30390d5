import { describe, expect, it } from 'vitest';
import { apiKeyState, rotatedKeyExpiry } from './api-key-lifecycle.js';

const now = new Date('2026-01-01T12:00:00Z');

describe('apiKeyState', () => {
  it('is revoked, expired or active in that order of precedence', () => {
    expect(apiKeyState({ status: 'ACTIVE', expiresAt: null }, now)).toBe('active');
    expect(
      apiKeyState({ status: 'ACTIVE', expiresAt: new Date('2026-01-01T12:00:01Z') }, now),
    ).toBe('active');
    expect(apiKeyState({ status: 'ACTIVE', expiresAt: now }, now)).toBe('expired');
    expect(apiKeyState({ status: 'REVOKED', expiresAt: new Date('2020-01-01Z') }, now)).toBe(
      'revoked',
    );
  });
});

describe('rotatedKeyExpiry', () => {
  it('keeps the old key alive for the overlap', () => {
    expect(rotatedKeyExpiry(null, 3600, now).toISOString()).toBe('2026-01-01T13:00:00.000Z');
    expect(rotatedKeyExpiry(null, 0, now).toISOString()).toBe(now.toISOString());
  });

  it('never extends an earlier expiry', () => {
    const soon = new Date('2026-01-01T12:10:00Z');
    expect(rotatedKeyExpiry(soon, 3600, now)).toBe(soon);
    const later = new Date('2026-02-01T00:00:00Z');
    expect(rotatedKeyExpiry(later, 3600, now).toISOString()).toBe('2026-01-01T13:00:00.000Z');
  });
});

import { describe, expect, it } from 'vitest';
import { elideSecrets, isSecretKey, REDACTED } from './elide-secrets.js';

describe('isSecretKey', () => {
  it.each([
    'password',
    'passwordHash',
    'client_secret',
    'clientSecret',
    'apiKey',
    'api_key',
    'x-api-key',
    'credentials',
    'credentialsEnc',
    'Authorization',
    'accessToken',
    'token',
    'tokenHash',
    'keyHash',
  ])('treats %s as secret', (key) => expect(isSecretKey(key)).toBe(true));

  it.each([
    'name',
    'email',
    'maxTokens',
    'tokensPerMinute',
    'inputTokens',
    'tokenId',
    'tokenPrefix',
    'prefix',
    'role',
    'encoding',
    'allowedSignupDomains',
  ])('keeps %s', (key) => expect(isSecretKey(key)).toBe(false));
});

describe('elideSecrets', () => {
  it('redacts secret fields at any depth and keeps the rest', () => {
    expect(
      elideSecrets({
        name: 'openai',
        credentialsEnc: Buffer.from('x'),
        config: { headers: { Authorization: 'Bearer sk-1', accept: 'json' }, apiKey: 'sk-2' },
        targets: [{ weight: 50, secret: 's' }],
        limits: { tokensPerMinute: 1000 },
      }),
    ).toEqual({
      name: 'openai',
      credentialsEnc: REDACTED,
      config: { headers: { Authorization: REDACTED, accept: 'json' }, apiKey: REDACTED },
      targets: [{ weight: 50, secret: REDACTED }],
      limits: { tokensPerMinute: 1000 },
    });
  });

  it('turns bigints, dates and bytes into JSON and drops undefined', () => {
    expect(
      elideSecrets({
        amountMicros: 12n,
        at: new Date('2026-01-02T03:04:05.000Z'),
        raw: new Uint8Array([1]),
        gone: undefined,
        passwordHash: null,
      }),
    ).toEqual({
      amountMicros: '12',
      at: '2026-01-02T03:04:05.000Z',
      raw: REDACTED,
      passwordHash: null,
    });
  });

  it('maps undefined to null and keeps scalars', () => {
    expect(elideSecrets(undefined)).toBeNull();
    expect(elideSecrets('x')).toBe('x');
    expect(elideSecrets([1, 'a', true])).toEqual([1, 'a', true]);
  });
});

import { describe, expect, it } from 'vitest';
import { id, KEYS, NOW, ORG } from './__fixtures__/fixture-rows.js';
import { fixtureSnapshot } from './__fixtures__/fixture-snapshot.js';
import { identifyApiKey, missingApiKey } from './identify-api-key.js';

const HOUR = 3_600_000;
const snapshot = fixtureSnapshot();
const later = (ms: number) => new Date(NOW.getTime() + ms);

function refusal(key: string, now = NOW) {
  const result = identifyApiKey(snapshot, key, now);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('identifyApiKey', () => {
  it('identifies an active key with its application, team and cost center', () => {
    const result = identifyApiKey(snapshot, KEYS.demo, NOW);
    expect(result).toEqual({
      ok: true,
      principal: {
        authKind: 'api_key',
        orgId: ORG,
        teamId: id('team:platform'),
        teamSlug: 'platform',
        costCenter: 'CC-platform',
        region: null,
        applicationId: id('app:Demo App'),
        applicationName: 'Demo App',
        apiKeyId: id('key:demo'),
        keyPrefix: 'gh_demo',
        keyAllowedModels: [],
        scopes: [],
        subject: null,
      },
    });
  });

  it('refuses an unknown key with OpenAI wording, echoing only its prefix', () => {
    const secret = 'gh_unknownSecretPart0000000000000000000001';
    const error = refusal(secret);
    expect(error).toMatchObject({
      status: 401,
      code: 'invalid_api_key',
      type: 'authentication_error',
    });
    expect(error.message).toMatch(/^Incorrect API key provided: gh_unkn\*\*\*\*\./);
    expect(error.message).not.toContain('SecretPart');
  });

  it('refuses an empty key as missing', () => {
    expect(refusal('').message).toMatch(/^You didn't provide an API key/);
    expect(missingApiKey().error.status).toBe(401);
  });

  it('refuses a revoked key', () => {
    expect(refusal(KEYS.revoked)).toMatchObject({
      status: 401,
      code: 'invalid_api_key',
      message: 'The API key gh_revo**** has been revoked.',
    });
  });

  it('refuses a key at and after its expiry, not before', () => {
    expect(refusal(KEYS.expired).message).toMatch(/expired at 2026-11-24T11:59:59.999Z/);
    expect(identifyApiKey(snapshot, KEYS.expired, later(-2)).ok).toBe(true);
  });

  it('keeps a rotated key working through the overlap, then refuses it; the new key works', () => {
    expect(identifyApiKey(snapshot, KEYS.rotatedOld, later(HOUR - 1)).ok).toBe(true);
    expect(refusal(KEYS.rotatedOld, later(HOUR)).code).toBe('invalid_api_key');
    const fresh = identifyApiKey(snapshot, KEYS.rotatedNew, later(2 * HOUR));
    expect(fresh.ok && fresh.principal.apiKeyId).toBe(id('key:rotatedNew'));
  });

  it('refuses the keys of an archived application', () => {
    expect(refusal(KEYS.archived).message).toMatch(/archived/);
  });

  it('carries the key allow-list and the team region', () => {
    const fastOnly = identifyApiKey(snapshot, KEYS.fastOnly, NOW);
    expect(fastOnly.ok && fastOnly.principal.keyAllowedModels).toEqual(['fast', 'claude-*']);
    const legal = identifyApiKey(snapshot, KEYS.legal, NOW);
    expect(legal.ok && legal.principal.region).toBe('eu-west');
  });
});

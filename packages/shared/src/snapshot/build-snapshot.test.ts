import { describe, expect, it } from 'vitest';
import { hashApiKey } from '../keys/hash-api-key.js';
import { fixtureRows, id, KEYS, NOW, ORG, OTHER_ORG } from './__fixtures__/fixture-rows.js';
import { fixtureSnapshot } from './__fixtures__/fixture-snapshot.js';
import { buildSnapshot } from './build-snapshot.js';
import { scopedKey } from './policy-snapshot.js';
import { emptySnapshotRows } from './snapshot-rows.js';

describe('buildSnapshot', () => {
  const snapshot = fixtureSnapshot();

  it('indexes keys by SHA-256 hash and names within their org', () => {
    expect(snapshot.apiKeysByHash.get(hashApiKey(KEYS.demo))?.id).toBe(id('key:demo'));
    expect(snapshot.apiKeysByHash.size).toBe(Object.keys(KEYS).length);
    expect(snapshot.modelsByName.get(scopedKey(ORG, 'gpt-4o'))?.id).toBe(id('model:gpt-4o'));
    expect(snapshot.modelsByAlias.get(scopedKey(ORG, 'fast'))?.publicName).toBe('gpt-4o-mini');
    expect(snapshot.modelsByName.get(scopedKey(OTHER_ORG, 'gpt-4o'))).toBeUndefined();
    expect(snapshot.teamsBySlug.get(scopedKey(ORG, 'legal'))?.region).toBe('eu-west');
    expect(snapshot.productsBySlug.get(scopedKey(ORG, 'orders'))?.kind).toBe('REST');
  });

  it('records versions, their sum and when it was built', () => {
    expect(snapshot.configVersions.get(ORG)).toBe(7n);
    expect(snapshot.version).toBe('9');
    expect(snapshot.builtAt).toBe(NOW);
  });

  it('decrypts provider credentials and product headers once', () => {
    const openai = snapshot.providersBySlug.get(scopedKey(ORG, 'openai'));
    expect(openai).toMatchObject({ usable: true, credentials: { apiKey: 'sk-openai' } });
    const azure = snapshot.providersBySlug.get(scopedKey(ORG, 'azure-openai'));
    expect(azure?.settings).toEqual({ apiVersion: '2024-10-21' });
    const orders = snapshot.productsBySlug.get(scopedKey(ORG, 'orders'));
    expect(orders).toMatchObject({
      usable: true,
      upstreamHeaders: { 'x-orders-key': 'orders-secret' },
    });
  });

  it('marks a provider whose credentials do not open unusable and reports it without secrets', () => {
    const broken = snapshot.providersBySlug.get(scopedKey(ORG, 'broken'));
    expect(broken).toMatchObject({ usable: false, credentials: {} });
    expect(snapshot.problems).toEqual([
      {
        kind: 'provider_credentials',
        id: id('provider:broken'),
        orgId: ORG,
        message: expect.stringMatching(/provider broken: credentials could not be decrypted/),
      },
    ]);
  });

  it('gives models their provider slug, aliases and effective region', () => {
    const eu = snapshot.models.get(id('model:gpt-4o-eu'));
    expect(eu).toMatchObject({ providerSlug: 'azure-openai', effectiveRegion: 'eu-west' });
    expect(snapshot.models.get(id('model:claude-sonnet-4'))?.aliases).toEqual(['smart']);
  });

  it('orders routes by priority and targets primaries then fallbacks by position', () => {
    const routes = snapshot.routesByProduct.get(id('product:llm-api')) ?? [];
    expect(routes.map((r) => r.name)).toEqual(['gpt-4o failover', 'all']);
    expect(routes[0]?.primaries.map((t) => t.modelId)).toEqual([id('model:gpt-4o')]);
    expect(routes[0]?.fallbacks.map((t) => t.modelId)).toEqual([id('model:gpt-4o-eu')]);
    expect(routes[1]?.match).toEqual({ models: ['*'], pathPrefix: null });
    expect(routes[1]?.strategyConfig).toEqual({ target: 'requested-model' });
  });

  it('holds every prompt version with its labels and weights', () => {
    const prompt = snapshot.prompts.get(scopedKey(ORG, 'support-reply'));
    expect(prompt?.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(prompt?.versions[1]).toMatchObject({
      id: id('pv:2'),
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'v2: {{question}}' }],
      parameters: { temperature: 0.2 },
    });
    expect(prompt?.labels).toEqual({
      production: [{ version: 1, weight: 100 }],
      canary: [
        { version: 1, weight: 90 },
        { version: 2, weight: 10 },
      ],
    });
  });

  it('indexes subscriptions, default guardrail and OIDC issuers', () => {
    expect(snapshot.subscriptionsByApplication.get(id('app:Demo App'))).toHaveLength(2);
    expect(snapshot.defaultGuardrailPolicyByOrg.get(ORG)?.name).toBe('Default');
    const issuers = snapshot.oidcIssuersByIssuer.get('https://idp.acme.test');
    expect(issuers?.[0]?.claimMapping).toEqual({ team: 'groups[0]', application: 'azp' });
  });

  it('skips malformed routes, prompt versions and disabled routes, reporting each', () => {
    const rows = fixtureRows();
    rows.routes[0] = { ...rows.routes[0]!, match: { models: 'gpt-4o' } };
    rows.routes[1] = { ...rows.routes[1]!, enabled: false };
    rows.promptVersions[1] = { ...rows.promptVersions[1]!, messages: 'not a list' };
    rows.oidcIssuers[0] = { ...rows.oidcIssuers[0]!, claimMapping: { team: 3 } };
    const built = fixtureSnapshot(rows);
    expect(built.routesByProduct.get(id('product:llm-api'))).toBeUndefined();
    expect(built.prompts.get(scopedKey(ORG, 'support-reply'))?.versions).toHaveLength(1);
    expect(built.prompts.get(scopedKey(ORG, 'support-reply'))?.labels['canary']).toEqual([
      { version: 1, weight: 90 },
    ]);
    expect(built.oidcIssuersByIssuer.size).toBe(0);
    expect(built.problems.map((p) => p.kind).sort()).toEqual([
      'oidc_issuer',
      'prompt_version',
      'provider_credentials',
      'route',
    ]);
  });

  it('builds an empty snapshot from no rows', () => {
    const built = buildSnapshot(emptySnapshotRows(), {
      decryptCredentials: () => {
        throw new Error('nothing to open');
      },
      now: NOW,
    });
    expect(built.apiKeysByHash.size).toBe(0);
    expect(built.version).toBe('0');
    expect(built.problems).toEqual([]);
  });
});

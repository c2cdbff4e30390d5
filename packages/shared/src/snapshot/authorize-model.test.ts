import { describe, expect, it } from 'vitest';
import { fixtureRows, id, NOW, type KeyName } from './__fixtures__/fixture-rows.js';
import { fixtureSnapshot, principalOf } from './__fixtures__/fixture-snapshot.js';
import { authorizeModel } from './authorize-model.js';
import type { PolicySnapshot } from './policy-snapshot.js';

const snapshot = fixtureSnapshot();

function authorize(key: KeyName, model: string, snap: PolicySnapshot = snapshot) {
  return authorizeModel(snap, principalOf(snap, key), model, NOW);
}

function targetsOf(key: KeyName, model: string) {
  const result = authorize(key, model);
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  return result.targets.map((t) => `${t.provider.slug}/${t.model.publicName}`);
}

function refusal(key: KeyName, model: string, snap: PolicySnapshot = snapshot) {
  const result = authorize(key, model, snap);
  if (result.ok) throw new Error('expected a refusal');
  return [result.error.status, result.error.code];
}

describe('authorizeModel', () => {
  it('serves a model with its product, plan, subscription, route and upstream data', () => {
    const result = authorize('demo', 'smart');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.product.slug).toBe('llm-api');
    expect(result.plan.slug).toBe('pro');
    expect(result.subscription.id).toBe(id('sub:Demo App:llm-api'));
    expect(result.model.publicName).toBe('claude-sonnet-4');
    expect(result.via).toBe('alias');
    expect(result.route.name).toBe('all');
    expect(result.targets).toHaveLength(1);
    expect(result.targets[0]).toMatchObject({
      isFallback: false,
      weight: 100,
      timeoutMs: 60_000,
      region: null,
      upstream: {
        kind: 'ANTHROPIC',
        providerSlug: 'anthropic',
        baseUrl: 'http://mock/anthropic',
        upstreamModel: 'claude-sonnet-4-20250514',
        credentials: { apiKey: 'sk-anthropic' },
        settings: { anthropicVersion: '2023-06-01' },
      },
    });
  });

  it('lists the fallback after the primary for gpt-4o, by any of its names', () => {
    expect(targetsOf('demo', 'gpt-4o')).toEqual(['openai/gpt-4o', 'azure-openai/gpt-4o-eu']);
    expect(targetsOf('demo', 'openai/gpt-4o')).toEqual(['openai/gpt-4o', 'azure-openai/gpt-4o-eu']);
    const result = authorize('demo', 'gpt-4o');
    expect(result.ok && result.targets.map((t) => [t.isFallback, t.timeoutMs])).toEqual([
      [false, 30_000],
      [true, 60_000],
    ]);
  });

  it('serves each model for its own name on the catch-all route', () => {
    expect(targetsOf('demo', 'gpt-4o-mini')).toEqual(['openai/gpt-4o-mini']);
    expect(targetsOf('demo', 'gpt-4o-eu')).toEqual(['azure-openai/gpt-4o-eu']);
    expect(targetsOf('demo', 'azure-openai/gpt-4o')).toEqual(['azure-openai/gpt-4o-eu']);
  });

  it('applies the plan allow-list by public name or alias', () => {
    expect(targetsOf('trial', 'gpt-4o-mini')).toEqual(['openai/gpt-4o-mini']);
    expect(targetsOf('trial', 'fast')).toEqual(['openai/gpt-4o-mini']);
    expect(refusal('trial', 'gpt-4o')).toEqual([403, 'model_not_allowed']);
    const result = authorize('trial', 'smart');
    expect(!result.ok && result.error.message).toBe(
      'Your plan `Free` does not include the model `smart`.',
    );
  });

  it('applies the key allow-list by alias, public name or glob', () => {
    expect(targetsOf('fastOnly', 'fast')).toEqual(['openai/gpt-4o-mini']);
    expect(targetsOf('fastOnly', 'gpt-4o-mini')).toEqual(['openai/gpt-4o-mini']);
    expect(targetsOf('fastOnly', 'smart')).toEqual(['anthropic/claude-sonnet-4']);
    expect(refusal('fastOnly', 'gpt-4o')).toEqual([403, 'model_not_allowed']);
    const result = authorize('fastOnly', 'gpt-4o');
    expect(!result.ok && result.error.param).toBe('model');
  });

  it('refuses an application without a subscription, or with a pending or suspended one', () => {
    expect(refusal('orphan', 'gpt-4o')).toEqual([403, 'permission_denied']);
    expect(refusal('pending', 'gpt-4o')).toEqual([403, 'subscription_inactive']);
    expect(refusal('suspended', 'gpt-4o')).toEqual([403, 'subscription_inactive']);
    const result = authorize('suspended', 'gpt-4o');
    expect(!result.ok && result.error.message).toBe(
      'The subscription of the application `Suspended App` to `LLM API` is suspended.',
    );
  });

  it('does not find disabled models, unknown models or models of disabled providers', () => {
    expect(refusal('demo', 'retired-model')).toEqual([404, 'model_not_found']);
    expect(refusal('demo', 'llama-3.1-8b')).toEqual([404, 'model_not_found']);
    expect(refusal('demo', 'gpt-9')).toEqual([404, 'model_not_found']);
  });

  it('answers 503 when every target of the route is unusable', () => {
    expect(refusal('demo', 'broken-model')).toEqual([503, 'no_available_target']);
  });

  it('drops a primary whose provider is unusable so the fallback serves', () => {
    const rows = fixtureRows();
    rows.providers = rows.providers.map((p) =>
      p.slug === 'openai' ? { ...p, credentialsEnc: new Uint8Array(40) } : p,
    );
    const snap = fixtureSnapshot(rows);
    expect(targetsOfSnapshot(snap, 'gpt-4o')).toEqual(['azure-openai/gpt-4o-eu']);
    expect(refusal('demo', 'gpt-4o-mini', snap)).toEqual([503, 'no_available_target']);
  });

  it('does not serve a model no route of the product offers', () => {
    const rows = fixtureRows();
    rows.routeTargets = rows.routeTargets.filter((t) => t.modelId !== id('model:gpt-4o-mini'));
    expect(refusal('demo', 'gpt-4o-mini', fixtureSnapshot(rows))).toEqual([404, 'model_not_found']);
  });

  it('keeps a regional team inside its region', () => {
    expect(targetsOf('legal', 'gpt-4o')).toEqual(['azure-openai/gpt-4o-eu']);
    expect(targetsOf('legal', 'gpt-4o-eu')).toEqual(['azure-openai/gpt-4o-eu']);
    expect(refusal('legal', 'gpt-4o-mini')).toEqual([403, 'model_not_allowed']);
  });
});

function targetsOfSnapshot(snap: PolicySnapshot, model: string) {
  const result = authorize('demo', model, snap);
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  return result.targets.map((t) => `${t.provider.slug}/${t.model.publicName}`);
}

import { describe, expect, it } from 'vitest';
import { fixtureRows, ORG, OTHER_ORG } from './__fixtures__/fixture-rows.js';
import { fixtureSnapshot } from './__fixtures__/fixture-snapshot.js';
import { resolveModel } from './resolve-model.js';

const snapshot = fixtureSnapshot();

function resolved(name: string, orgId = ORG) {
  const result = resolveModel(snapshot, orgId, name);
  return result.ok ? [result.model.publicName, result.via] : [result.error.code];
}

describe('resolveModel', () => {
  it('finds a public name, an alias and provider-qualified names', () => {
    expect(resolved('gpt-4o-mini')).toEqual(['gpt-4o-mini', 'public_name']);
    expect(resolved('fast')).toEqual(['gpt-4o-mini', 'alias']);
    expect(resolved('openai/gpt-4o')).toEqual(['gpt-4o', 'provider_qualified']);
    expect(resolved('anthropic/claude-sonnet-4-20250514')).toEqual([
      'claude-sonnet-4',
      'provider_qualified',
    ]);
    expect(resolved('azure-openai/gpt-4o')).toEqual(['gpt-4o-eu', 'provider_qualified']);
  });

  it('does not find a model under another provider or another org', () => {
    expect(resolved('anthropic/gpt-4o')).toEqual(['model_not_found']);
    expect(resolved('gpt-4o', OTHER_ORG)).toEqual(['model_not_found']);
  });

  it('does not find disabled models or models of disabled providers', () => {
    expect(resolved('retired-model')).toEqual(['model_not_found']);
    expect(resolved('llama-3.1-8b')).toEqual(['model_not_found']);
    expect(resolved('vllm/llama-3.1-8b')).toEqual(['model_not_found']);
  });

  it('answers an unknown name with OpenAI wording and param model', () => {
    const result = resolveModel(snapshot, ORG, 'gpt-9');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      status: 404,
      code: 'model_not_found',
      param: 'model',
      message: 'The model `gpt-9` does not exist or you do not have access to it.',
    });
  });

  it('prefers an exact public name containing a slash over a provider split', () => {
    const rows = fixtureRows();
    rows.models.push({
      ...rows.models[0]!,
      id: '00000000-0000-7000-8000-00000000abcd',
      publicName: 'openai/gpt-4o',
      upstreamId: 'x',
    });
    const result = resolveModel(fixtureSnapshot(rows), ORG, 'openai/gpt-4o');
    expect(result.ok && [result.model.upstreamId, result.via]).toEqual(['x', 'public_name']);
  });
});

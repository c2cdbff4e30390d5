import { describe, expect, it } from 'vitest';
import type { ProviderKind } from '../llm/provider-adapter.js';
import {
  getProviderAdapter,
  PROVIDER_ADAPTERS,
  ProviderAdapterMissingError,
} from './provider-registry.js';

describe('getProviderAdapter', () => {
  it.each([
    'OPENAI',
    'AZURE_OPENAI',
    'ANTHROPIC',
    'GEMINI',
    'MISTRAL',
    'OPENAI_COMPATIBLE',
  ] as const)('serves %s with an adapter of that kind', (kind) => {
    expect(getProviderAdapter(kind).kind).toBe(kind);
  });

  it('refuses a kind without an adapter with a typed error naming it', () => {
    const unknown = 'BEDROCK' as ProviderKind;
    expect(() => getProviderAdapter(unknown)).toThrow(ProviderAdapterMissingError);
    expect(() => getProviderAdapter(unknown)).toThrow('No provider adapter for kind BEDROCK');
  });

  it('keys every adapter by its own kind', () => {
    for (const [kind, adapter] of Object.entries(PROVIDER_ADAPTERS))
      expect(adapter?.kind).toBe(kind);
  });
});

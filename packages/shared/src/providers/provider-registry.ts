import type { ProviderAdapter, ProviderKind } from '../llm/provider-adapter.js';
import { anthropicAdapter } from './anthropic/anthropic-adapter.js';
import { azureOpenAiAdapter } from './azure-openai/azure-openai-adapter.js';
import { geminiAdapter } from './gemini/gemini-adapter.js';
import { mistralAdapter } from './mistral/mistral-adapter.js';
import { openAiAdapter } from './openai/openai-adapter.js';
import { OPENAI_COMPATIBLE_PRESETS } from './openai-compatible/openai-compatible-presets.js';

/**
 * The one table of provider adapters, by provider kind; a new kind joins with one line (the
 * Record makes a kind without an adapter a type error). `getProviderAdapter` still refuses a
 * kind it does not know, e.g. a newer database value.
 */
export const PROVIDER_ADAPTERS: Readonly<Record<ProviderKind, ProviderAdapter>> = {
  OPENAI: openAiAdapter,
  AZURE_OPENAI: azureOpenAiAdapter,
  ANTHROPIC: anthropicAdapter,
  GEMINI: geminiAdapter,
  MISTRAL: mistralAdapter,
  // Any OpenAI-compatible server; vLLM's behaviour is the default (see OPENAI_COMPATIBLE_PRESETS).
  OPENAI_COMPATIBLE: OPENAI_COMPATIBLE_PRESETS.vllm,
};

/** A provider is configured with a kind no adapter serves (a gateway configuration fault). */
export class ProviderAdapterMissingError extends Error {
  constructor(readonly kind: ProviderKind) {
    super(`No provider adapter for kind ${kind}`);
    this.name = 'ProviderAdapterMissingError';
  }
}

export function getProviderAdapter(kind: ProviderKind): ProviderAdapter {
  const adapter: ProviderAdapter | undefined = PROVIDER_ADAPTERS[kind];
  if (adapter === undefined) throw new ProviderAdapterMissingError(kind);
  return adapter;
}

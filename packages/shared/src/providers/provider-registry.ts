import type { ProviderAdapter, ProviderKind } from '../llm/provider-adapter.js';
import { azureOpenAiAdapter } from './azure-openai/azure-openai-adapter.js';
import { mistralAdapter } from './mistral/mistral-adapter.js';
import { openAiAdapter } from './openai/openai-adapter.js';
import { OPENAI_COMPATIBLE_PRESETS } from './openai-compatible/openai-compatible-presets.js';

/**
 * The one table of provider adapters, by provider kind; a new kind joins with one line. Partial
 * while a kind's adapter is being written: `getProviderAdapter` refuses a kind without one.
 */
export const PROVIDER_ADAPTERS: Readonly<Partial<Record<ProviderKind, ProviderAdapter>>> = {
  OPENAI: openAiAdapter,
  AZURE_OPENAI: azureOpenAiAdapter,
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
  const adapter = PROVIDER_ADAPTERS[kind];
  if (adapter === undefined) throw new ProviderAdapterMissingError(kind);
  return adapter;
}

export type Vendor = 'openai' | 'anthropic' | 'gemini' | 'mistral';
export type ModelKind = 'chat' | 'embedding';
export type ModelEntry = {
  id: string;
  vendor: Vendor;
  kind: ModelKind;
  displayName: string;
  contextWindow: number;
  maxOutputTokens: number;
  /** Embedding models only: default vector size. */
  dimensions?: number;
  /**
   * Thinks before answering (OpenAI o-series and GPT-5, Gemini 2.5): spends reasoning tokens from
   * the output budget; OpenAI's also refuse max_tokens and custom temperatures.
   */
  reasoning?: boolean;
};

const chat = (
  vendor: Vendor,
  id: string,
  displayName: string,
  contextWindow: number,
  maxOutputTokens: number,
): ModelEntry => ({
  id,
  vendor,
  kind: 'chat',
  displayName,
  contextWindow,
  maxOutputTokens,
});
const reasoning = (
  id: string,
  displayName: string,
  contextWindow: number,
  maxOutputTokens: number,
  vendor: Vendor = 'openai',
): ModelEntry => ({
  ...chat(vendor, id, displayName, contextWindow, maxOutputTokens),
  reasoning: true,
});
const embedding = (
  vendor: Vendor,
  id: string,
  displayName: string,
  dimensions: number,
  contextWindow: number,
): ModelEntry => ({
  id,
  vendor,
  kind: 'embedding',
  displayName,
  contextWindow,
  maxOutputTokens: 0,
  dimensions,
});

/** Every model the mock answers for. A new model joins with one line. */
export const MODEL_CATALOG: readonly ModelEntry[] = [
  chat('openai', 'gpt-4o', 'GPT-4o', 128_000, 16_384),
  chat('openai', 'gpt-4o-mini', 'GPT-4o mini', 128_000, 16_384),
  chat('openai', 'gpt-4.1', 'GPT-4.1', 1_047_576, 32_768),
  chat('openai', 'gpt-4.1-mini', 'GPT-4.1 mini', 1_047_576, 32_768),
  chat('openai', 'gpt-4.1-nano', 'GPT-4.1 nano', 1_047_576, 32_768),
  reasoning('gpt-5', 'GPT-5', 400_000, 128_000),
  reasoning('gpt-5.1', 'GPT-5.1', 400_000, 128_000),
  reasoning('gpt-5.2', 'GPT-5.2', 400_000, 128_000),
  reasoning('gpt-5.4-mini', 'GPT-5.4 mini', 400_000, 128_000),
  reasoning('gpt-5-mini', 'GPT-5 mini', 400_000, 128_000),
  reasoning('o3-mini', 'o3-mini', 200_000, 100_000),
  chat('openai', 'gpt-3.5-turbo', 'GPT-3.5 Turbo', 16_385, 4_096),
  embedding('openai', 'text-embedding-3-small', 'text-embedding-3-small', 1536, 8191),
  embedding('openai', 'text-embedding-3-large', 'text-embedding-3-large', 3072, 8191),
  embedding('openai', 'text-embedding-ada-002', 'text-embedding-ada-002', 1536, 8191),
  chat('anthropic', 'claude-opus-5', 'Claude Opus 5', 200_000, 64_000),
  chat('anthropic', 'claude-sonnet-5', 'Claude Sonnet 5', 200_000, 64_000),
  chat('anthropic', 'claude-opus-4-7', 'Claude Opus 4.7', 200_000, 64_000),
  chat('anthropic', 'claude-opus-4-6', 'Claude Opus 4.6', 200_000, 64_000),
  chat('anthropic', 'claude-sonnet-4-6', 'Claude Sonnet 4.6', 200_000, 64_000),
  chat('anthropic', 'claude-opus-4-1', 'Claude Opus 4.1', 200_000, 32_000),
  chat('anthropic', 'claude-sonnet-4-5', 'Claude Sonnet 4.5', 200_000, 64_000),
  chat('anthropic', 'claude-sonnet-4', 'Claude Sonnet 4', 200_000, 64_000),
  chat('anthropic', 'claude-haiku-4-5', 'Claude Haiku 4.5', 200_000, 64_000),
  chat('anthropic', 'claude-3-7-sonnet-latest', 'Claude Sonnet 3.7', 200_000, 64_000),
  chat('anthropic', 'claude-3-5-haiku-latest', 'Claude Haiku 3.5', 200_000, 8_192),
  chat('anthropic', 'claude-3-5-sonnet-20241022', 'Claude Sonnet 3.5 (new)', 200_000, 8_192),
  chat('anthropic', 'claude-3-haiku-20240307', 'Claude Haiku 3', 200_000, 4_096),
  reasoning('gemini-2.5-pro', 'Gemini 2.5 Pro', 1_048_576, 65_536, 'gemini'),
  reasoning('gemini-2.5-flash', 'Gemini 2.5 Flash', 1_048_576, 65_536, 'gemini'),
  chat('gemini', 'gemini-2.5-flash-lite', 'Gemini 2.5 Flash-Lite', 1_048_576, 65_536),
  chat('gemini', 'gemini-2.0-flash', 'Gemini 2.0 Flash', 1_048_576, 8_192),
  embedding('gemini', 'gemini-embedding-001', 'Gemini Embedding 001', 3072, 2048),
  embedding('gemini', 'text-embedding-004', 'Text Embedding 004', 768, 2048),
  chat('mistral', 'mistral-large-latest', 'Mistral Large', 128_000, 32_768),
  chat('mistral', 'mistral-medium-latest', 'Mistral Medium', 128_000, 32_768),
  chat('mistral', 'mistral-small-latest', 'Mistral Small', 128_000, 32_768),
  chat('mistral', 'ministral-8b-latest', 'Ministral 8B', 128_000, 32_768),
  embedding('mistral', 'mistral-embed', 'Mistral Embed', 1024, 8192),
  embedding('mistral', 'codestral-embed', 'Codestral Embed', 1536, 8192),
];

// Dated snapshots ("claude-sonnet-4-5-20250929", "gpt-4o-2024-08-06") resolve to their family.
const SNAPSHOT_SUFFIX = /-(\d{8}|\d{4}-\d{2}-\d{2}|latest|preview(-\d{2}-\d{4})?)$/;
const MOCK_PREFIX = 'mock-';

/**
 * Finds a model of one vendor by id. Ids starting with "mock-" always resolve (to a synthetic chat
 * model, or an embedding model when the id contains "embed"), so demos can invent model names.
 */
export function findModel(vendor: Vendor, id: string): ModelEntry | undefined {
  const exact = MODEL_CATALOG.find((m) => m.vendor === vendor && m.id === id);
  if (exact !== undefined) return exact;
  const family = id.replace(SNAPSHOT_SUFFIX, '');
  const snapshot = MODEL_CATALOG.find((m) => m.vendor === vendor && m.id === family);
  if (snapshot !== undefined) return { ...snapshot, id };
  if (!id.startsWith(MOCK_PREFIX)) return undefined;
  return id.includes('embed')
    ? embedding(vendor, id, id, 256, 8191)
    : chat(vendor, id, id, 128_000, 16_384);
}

export function listModels(vendor: Vendor): ModelEntry[] {
  return MODEL_CATALOG.filter((m) => m.vendor === vendor);
}

// Providers and models of the demo org, all pointing at apps/mock-provider.
import { parseUsdMicros as usd } from '@gatehouse/shared';

type ProviderKind = 'OPENAI' | 'AZURE_OPENAI' | 'ANTHROPIC' | 'GEMINI' | 'OPENAI_COMPATIBLE';
export type DemoProvider = {
  slug: string;
  name: string;
  kind: ProviderKind;
  /** Appended to MOCK_PROVIDER_URL. */
  path: string;
  region: string | null;
  credentials: Record<string, string>;
  settings: Record<string, string>;
};

export const DEMO_PROVIDERS: readonly DemoProvider[] = [
  {
    slug: 'openai',
    name: 'OpenAI',
    kind: 'OPENAI',
    path: '/openai/v1',
    region: null,
    credentials: { apiKey: 'sk-mock-openai' },
    settings: {},
  },
  {
    slug: 'anthropic',
    name: 'Anthropic',
    kind: 'ANTHROPIC',
    path: '/anthropic/v1',
    region: null,
    credentials: { apiKey: 'sk-ant-mock-anthropic' },
    settings: { anthropicVersion: '2023-06-01' },
  },
  {
    slug: 'gemini',
    name: 'Google Gemini',
    kind: 'GEMINI',
    path: '/gemini/v1beta',
    region: null,
    credentials: { apiKey: 'mock-gemini-key' },
    settings: {},
  },
  {
    slug: 'azure-openai',
    name: 'Azure OpenAI (EU West)',
    kind: 'AZURE_OPENAI',
    path: '/azure/openai',
    region: 'eu-west',
    credentials: { apiKey: 'mock-azure-key' },
    settings: { apiVersion: '2024-10-21' },
  },
  // Any OpenAI-compatible server (vLLM, Ollama, LM Studio); the mock's OpenAI surface stands in.
  {
    slug: 'vllm',
    name: 'vLLM (self-hosted)',
    kind: 'OPENAI_COMPATIBLE',
    path: '/openai/v1',
    region: null,
    credentials: { apiKey: 'mock-vllm-key' },
    settings: {},
  },
];

export type DemoModel = {
  provider: string;
  publicName: string;
  /** The id the mock provider answers for (apps/mock-provider/src/core/model-catalog.ts). */
  upstreamId: string;
  kind: 'CHAT' | 'EMBEDDING';
  /** USD per million tokens: input, output, cached input. */
  prices: { input: bigint; output: bigint; cached: bigint };
  contextWindow: number;
  maxOutputTokens: number | null;
  supportsVision?: boolean;
  embeddingDimensions?: number;
  aliases?: readonly string[];
};

const p = (input: string, output: string, cached: string) => ({
  input: usd(input),
  output: usd(output),
  cached: usd(cached),
});

// Public list prices (USD per 1M tokens) as published by each vendor in 2025.
export const DEMO_MODELS: readonly DemoModel[] = [
  {
    provider: 'openai',
    publicName: 'gpt-4o',
    upstreamId: 'gpt-4o',
    kind: 'CHAT',
    prices: p('2.50', '10', '1.25'),
    contextWindow: 128_000,
    maxOutputTokens: 16_384,
    supportsVision: true,
  },
  {
    provider: 'openai',
    publicName: 'gpt-4o-mini',
    upstreamId: 'gpt-4o-mini',
    kind: 'CHAT',
    prices: p('0.15', '0.60', '0.075'),
    contextWindow: 128_000,
    maxOutputTokens: 16_384,
    supportsVision: true,
    aliases: ['fast'],
  },
  {
    provider: 'openai',
    publicName: 'text-embedding-3-small',
    upstreamId: 'text-embedding-3-small',
    kind: 'EMBEDDING',
    prices: p('0.02', '0', '0'),
    contextWindow: 8_191,
    maxOutputTokens: null,
    embeddingDimensions: 1536,
  },
  {
    provider: 'anthropic',
    publicName: 'claude-sonnet-4',
    upstreamId: 'claude-sonnet-4',
    kind: 'CHAT',
    prices: p('3', '15', '0.30'),
    contextWindow: 200_000,
    maxOutputTokens: 64_000,
    supportsVision: true,
    aliases: ['smart', 'claude-sonnet'],
  },
  {
    provider: 'anthropic',
    publicName: 'claude-haiku-4-5',
    upstreamId: 'claude-haiku-4-5',
    kind: 'CHAT',
    prices: p('1', '5', '0.10'),
    contextWindow: 200_000,
    maxOutputTokens: 64_000,
    aliases: ['claude-haiku'],
  },
  {
    provider: 'gemini',
    publicName: 'gemini-2.5-flash',
    upstreamId: 'gemini-2.5-flash',
    kind: 'CHAT',
    prices: p('0.30', '2.50', '0.075'),
    contextWindow: 1_048_576,
    maxOutputTokens: 65_536,
    supportsVision: true,
  },
  {
    provider: 'gemini',
    publicName: 'gemini-2.5-pro',
    upstreamId: 'gemini-2.5-pro',
    kind: 'CHAT',
    prices: p('1.25', '10', '0.31'),
    contextWindow: 1_048_576,
    maxOutputTokens: 65_536,
    supportsVision: true,
  },
  // Azure: the upstream id is the deployment name; the mock resolves deployments by model id.
  {
    provider: 'azure-openai',
    publicName: 'gpt-4o-eu',
    upstreamId: 'gpt-4o',
    kind: 'CHAT',
    prices: p('2.50', '10', '1.25'),
    contextWindow: 128_000,
    maxOutputTokens: 16_384,
    supportsVision: true,
  },
  // Self-hosted: an internal chargeback price. The mock answers any id starting with "mock-".
  {
    provider: 'vllm',
    publicName: 'llama-3.1-8b',
    upstreamId: 'mock-llama-3.1-8b-instruct',
    kind: 'CHAT',
    prices: p('0.05', '0.08', '0'),
    contextWindow: 131_072,
    maxOutputTokens: 8_192,
  },
];

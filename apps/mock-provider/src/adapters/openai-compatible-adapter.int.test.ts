import {
  estimateChatInputTokens,
  getProviderAdapter,
  OPENAI_COMPATIBLE_PRESETS,
  type UpstreamTarget,
} from '@gatehouse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chatRequest,
  completeWith,
  embedWith,
  streamWith,
  WEATHER_TOOL,
} from '../test-support/adapter-calls.js';
import { startMockProvider, type RunningMock } from '../test-support/start-mock-provider.js';

let mock: RunningMock;
let target: UpstreamTarget;

beforeAll(async () => {
  mock = await startMockProvider();
  // As the demo seed's vLLM provider: the mock's OpenAI surface, any "mock-" model id.
  target = {
    kind: 'OPENAI_COMPATIBLE',
    providerSlug: 'vllm',
    baseUrl: `${mock.baseUrl}/openai/v1`,
    upstreamModel: 'mock-llama-3.1-8b-instruct',
    credentials: { apiKey: 'mock-vllm-key' },
    settings: {},
  };
});
afterAll(async () => {
  await mock.app.close();
});

const request = () =>
  chatRequest({
    model: 'llama-3.1-8b',
    messages: [{ role: 'user', content: 'Weather in Oslo?' }],
    tools: [WEATHER_TOOL],
    stream: true,
  });

describe('OpenAI-compatible adapters against the mock provider', () => {
  it('the registry default (vLLM) streams a tool call and reports usage', async () => {
    const streamed = await streamWith(getProviderAdapter('OPENAI_COMPATIBLE'), request(), target);
    expect(streamed.choices[0]?.toolCalls[0]?.function.name).toBe('get_weather');
    expect(streamed.usage?.prompt_tokens).toBe(estimateChatInputTokens(request()));
  });

  it('a server that is not asked for usage gives none: finish() returns undefined', async () => {
    const streamed = await streamWith(OPENAI_COMPATIBLE_PRESETS.together, request(), target);
    expect(streamed.choices[0]?.toolCalls[0]?.function.name).toBe('get_weather');
    expect(streamed.usage).toBeUndefined();
  });

  it('completes and embeds', async () => {
    const adapter = getProviderAdapter('OPENAI_COMPATIBLE');
    const outcome = await completeWith(adapter, { ...request(), tools: undefined }, target);
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.completion.choices[0]?.message.content).toMatch(/\S/);
    const embedded = await embedWith(
      adapter,
      { model: 'e', input: 'x' },
      { ...target, upstreamModel: 'mock-embed-small' },
    );
    expect((embedded.data[0]?.embedding as number[]).length).toBe(256);
  });
});

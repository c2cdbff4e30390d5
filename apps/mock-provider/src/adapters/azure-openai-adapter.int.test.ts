import { getProviderAdapter, type UpstreamTarget } from '@gatehouse/shared';
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
const adapter = getProviderAdapter('AZURE_OPENAI');

beforeAll(async () => {
  mock = await startMockProvider();
  // As the demo seed configures it: the base URL already ends in /openai.
  target = {
    kind: 'AZURE_OPENAI',
    providerSlug: 'azure-openai',
    baseUrl: `${mock.baseUrl}/azure/openai`,
    upstreamModel: 'gpt-4o',
    credentials: { apiKey: 'mock-azure-key' },
    settings: { apiVersion: '2024-10-21' },
  };
});
afterAll(async () => {
  await mock.app.close();
});

describe('Azure OpenAI adapter against the mock provider', () => {
  it('completes a chat on the deployment', async () => {
    const outcome = await completeWith(
      adapter,
      chatRequest({ model: 'gpt-4o-eu', messages: [{ role: 'user', content: 'Bonjour' }] }),
      target,
    );
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.completion.model).toBe('public-name');
    expect(outcome.completion.choices[0]?.message.content).toMatch(/\S/);
    expect(outcome.completion.usage?.total_tokens).toBeGreaterThan(0);
  });

  it('streams a tool call past the prompt-filter chunk, with usage', async () => {
    const streamed = await streamWith(
      adapter,
      chatRequest({
        model: 'gpt-4o-eu',
        messages: [{ role: 'user', content: 'Weather in Lyon?' }],
        tools: [WEATHER_TOOL],
        stream: true,
      }),
      target,
    );
    expect(streamed.choices).toHaveLength(1);
    expect(streamed.choices[0]?.toolCalls[0]?.function.name).toBe('get_weather');
    expect(JSON.parse(streamed.choices[0]?.toolCalls[0]?.function.arguments ?? '')).toHaveProperty(
      'city',
    );
    expect(streamed.usage?.completion_tokens).toBeGreaterThan(0);
  });

  it('embeds on an embeddings deployment', async () => {
    const response = await embedWith(
      adapter,
      { model: 'embed', input: 'hello' },
      { ...target, upstreamModel: 'text-embedding-3-small' },
    );
    expect((response.data[0]?.embedding as number[]).length).toBe(1536);
  });

  it('maps an unknown deployment and a bad key to 502s', async () => {
    const request = chatRequest({ model: 'x', messages: [{ role: 'user', content: 'Hi' }] });
    expect(
      await completeWith(adapter, request, { ...target, upstreamModel: 'nope' }),
    ).toMatchObject({
      ok: false,
      error: { status: 502, code: 'upstream_model_not_found' },
    });
    expect(
      await completeWith(adapter, request, { ...target, credentials: { apiKey: 'invalid' } }),
    ).toMatchObject({ ok: false, error: { status: 502, code: 'upstream_auth_error' } });
  });
});

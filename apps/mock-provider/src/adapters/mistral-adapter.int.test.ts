import {
  getProviderAdapter,
  UpstreamStreamError,
  ProviderRequestError,
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
const adapter = getProviderAdapter('MISTRAL');

beforeAll(async () => {
  mock = await startMockProvider();
  target = {
    kind: 'MISTRAL',
    providerSlug: 'mistral',
    baseUrl: `${mock.baseUrl}/mistral/v1`,
    upstreamModel: 'mistral-small-latest',
    credentials: { apiKey: 'mock-mistral-key' },
    settings: {},
  };
});
afterAll(async () => {
  await mock.app.close();
});

describe('Mistral adapter against the mock provider', () => {
  it('completes a chat from an OpenAI body with fields Mistral would refuse', async () => {
    const outcome = await completeWith(
      adapter,
      chatRequest({
        model: 'mistral-small',
        messages: [
          { role: 'developer', content: 'Be brief.' },
          { role: 'user', name: 'ana', content: 'Hello!' },
        ],
        seed: 3,
        user: 'u-1',
        max_completion_tokens: 200,
        logit_bias: { '1': 1 },
      }),
      target,
    );
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.completion.choices[0]?.message.content).toMatch(/\S/);
    expect(outcome.completion.usage?.prompt_tokens).toBeGreaterThan(0);
  });

  it('carries on a conversation whose tool-call ids came from OpenAI', async () => {
    const outcome = await completeWith(
      adapter,
      chatRequest({
        model: 'mistral-small',
        messages: [
          { role: 'user', content: 'Weather in Paris?' },
          {
            role: 'assistant',
            content: null,
            tool_calls: [
              {
                id: 'call_3Yp4Wt2qxuZZqUCrRUNNKM6C',
                type: 'function',
                function: { name: 'get_weather', arguments: '{"city":"Paris","unit":"c"}' },
              },
            ],
          },
          { role: 'tool', tool_call_id: 'call_3Yp4Wt2qxuZZqUCrRUNNKM6C', content: '21°C, sunny' },
        ],
        tools: [WEATHER_TOOL],
      }),
      target,
    );
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.completion.choices[0]?.finish_reason).toBe('stop');
    expect(outcome.completion.choices[0]?.message.content).toMatch(/\S/);
  });

  it('streams a forced tool call (required → any) with usage from the last chunk', async () => {
    const request = chatRequest({
      model: 'mistral-small',
      messages: [{ role: 'user', content: 'Weather in Nice?' }],
      tools: [WEATHER_TOOL],
      tool_choice: 'required',
      stream: true,
      stream_options: { include_usage: true },
    });
    const streamed = await streamWith(adapter, request, target);
    const call = streamed.choices[0]?.toolCalls[0];
    expect(call?.id).toMatch(/^[A-Za-z0-9]{9}$/);
    expect(call?.function.name).toBe('get_weather');
    expect(streamed.choices[0]?.finishReason).toBe('tool_calls');
    expect(streamed.chunkUsages).toEqual([]);
    const plain = await completeWith(adapter, request, target);
    if (!plain.ok) throw new Error(plain.error.message);
    expect(plain.completion.choices[0]?.message.tool_calls?.[0]).toEqual(call);
    expect(streamed.usage).toEqual(plain.completion.usage);
  });

  it('answers a json_schema request whose strict flags are null (Mistral refuses null)', async () => {
    const outcome = await completeWith(
      adapter,
      chatRequest({
        model: 'mistral-small',
        messages: [{ role: 'user', content: 'A city, please.' }],
        tools: [{ ...WEATHER_TOOL, function: { ...WEATHER_TOOL.function, strict: null } }],
        tool_choice: 'none',
        response_format: {
          type: 'json_schema',
          json_schema: {
            name: 'city',
            strict: null,
            schema: {
              type: 'object',
              properties: { name: { type: 'string' } },
              required: ['name'],
            },
          },
        },
      }),
      target,
    );
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(JSON.parse(outcome.completion.choices[0]?.message.content ?? '')).toHaveProperty('name');
  });

  it('embeds text, and refuses token ids before calling', async () => {
    const response = await embedWith(
      adapter,
      { model: 'embed', input: ['one', 'two'] },
      { ...target, upstreamModel: 'mistral-embed' },
    );
    expect(response.data.map((d) => (d.embedding as number[]).length)).toEqual([1024, 1024]);
    expect(() => adapter.embeddings?.request({ model: 'e', input: [1, 2] }, target)).toThrow(
      ProviderRequestError,
    );
  });

  it('maps Mistral’s errors: unknown model (400 passthrough) and a bad key (502)', async () => {
    const request = chatRequest({ model: 'x', messages: [{ role: 'user', content: 'Hi' }] });
    expect(
      await completeWith(adapter, request, { ...target, upstreamModel: 'nope' }),
    ).toMatchObject({
      ok: false,
      error: { status: 400, message: 'Invalid model: nope', retryable: false },
    });
    expect(
      await completeWith(adapter, request, { ...target, credentials: { apiKey: 'invalid' } }),
    ).toMatchObject({ ok: false, error: { status: 502, code: 'upstream_auth_error' } });
  });
  it('raises the mock’s mid-stream failure as a retryable UpstreamStreamError', async () => {
    await fetch(`${mock.baseUrl}/_control/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ streamErrorAfterChunks: 2, targets: ['mistral'], times: 1 }),
    });
    const failed = await streamWith(
      adapter,
      chatRequest({
        model: 'x',
        messages: [{ role: 'user', content: 'Tell me a story' }],
        stream: true,
      }),
      target,
    ).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(UpstreamStreamError);
    expect((failed as UpstreamStreamError).error).toMatchObject({ status: 502, retryable: true });
  });
});

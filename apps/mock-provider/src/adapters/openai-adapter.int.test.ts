import {
  estimateChatInputTokens,
  getProviderAdapter,
  UpstreamStreamError,
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
const adapter = getProviderAdapter('OPENAI');

beforeAll(async () => {
  mock = await startMockProvider();
  target = {
    kind: 'OPENAI',
    providerSlug: 'openai',
    baseUrl: `${mock.baseUrl}/openai/v1`,
    upstreamModel: 'gpt-4o-mini',
    credentials: { apiKey: 'sk-mock-openai' },
    settings: {},
  };
});
afterAll(async () => {
  await mock.app.close();
});

describe('OpenAI adapter against the mock provider', () => {
  it('completes a chat; the gateway’s token estimate equals the reported prompt tokens', async () => {
    const request = chatRequest({
      model: 'fast',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hello there!' },
      ],
      logit_bias: { '1734': -5 },
    });
    const outcome = await completeWith(adapter, request, target);
    if (!outcome.ok) throw new Error(outcome.error.message);
    const { completion } = outcome;
    expect(completion.model).toBe('public-name');
    expect(completion.choices[0]?.message.content).toMatch(/\S/);
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(completion.usage?.prompt_tokens).toBe(estimateChatInputTokens(request));
  });

  it('streams a tool call whose arguments arrive in pieces, with usage kept for finish()', async () => {
    const request = chatRequest({
      model: 'fast',
      messages: [{ role: 'user', content: 'What is the weather in Paris?' }],
      tools: [WEATHER_TOOL],
      tool_choice: 'required',
      stream: true,
    });
    const streamed = await streamWith(adapter, request, target);
    const call = streamed.choices[0]?.toolCalls[0];
    expect(call?.id).toMatch(/^call_/);
    expect(call?.function.name).toBe('get_weather');
    expect(Object.keys(JSON.parse(call?.function.arguments ?? '{}')).sort()).toEqual([
      'city',
      'unit',
    ]);
    expect(streamed.choices[0]?.finishReason).toBe('tool_calls');
    expect(streamed.models).toEqual(['public-name']);
    expect(streamed.chunkUsages).toEqual([]);
    expect(streamed.usage?.prompt_tokens).toBe(estimateChatInputTokens(request));
    // The same request without streaming gives the same call and the same usage.
    const plain = await completeWith(adapter, request, target);
    if (!plain.ok) throw new Error(plain.error.message);
    expect(plain.completion.choices[0]?.message.tool_calls?.[0]).toEqual(call);
    expect(plain.completion.usage).toEqual(streamed.usage);
  });

  it('lets a caller’s max_tokens reach a reasoning model (sent as max_completion_tokens)', async () => {
    const outcome = await completeWith(
      adapter,
      chatRequest({ model: 'smart', messages: [{ role: 'user', content: 'Hi' }], max_tokens: 500 }),
      { ...target, upstreamModel: 'gpt-5-mini' },
    );
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.completion.usage?.completion_tokens_details?.reasoning_tokens).toBe(64);
  });

  it('embeds', async () => {
    const response = await embedWith(
      adapter,
      { model: 'embed', input: ['a', 'b'], dimensions: 64 },
      { ...target, upstreamModel: 'text-embedding-3-small' },
    );
    expect(response.data.map((d) => (d.embedding as number[]).length)).toEqual([64, 64]);
    expect(response.usage.prompt_tokens).toBe(2);
  });

  it('maps the vendor’s 400 through and a rejected provider key to a 502', async () => {
    const tooLong = await completeWith(
      adapter,
      chatRequest({
        model: 'fast',
        messages: [{ role: 'user', content: 'Hi' }],
        max_tokens: 100_000,
      }),
      target,
    );
    expect(tooLong).toMatchObject({
      ok: false,
      error: {
        status: 400,
        param: 'max_completion_tokens',
        code: 'invalid_value',
        retryable: false,
      },
    });
    const badKey = await completeWith(
      adapter,
      chatRequest({ model: 'fast', messages: [{ role: 'user', content: 'Hi' }] }),
      { ...target, credentials: { apiKey: 'invalid-key' } },
    );
    expect(badKey).toMatchObject({
      ok: false,
      error: { status: 502, code: 'upstream_auth_error' },
    });
  });
  it('raises the mock’s mid-stream failure as a retryable UpstreamStreamError', async () => {
    await fetch(`${mock.baseUrl}/_control/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ streamErrorAfterChunks: 2, targets: ['openai'], times: 1 }),
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

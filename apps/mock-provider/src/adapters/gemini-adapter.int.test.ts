import {
  getProviderAdapter,
  UpstreamStreamError,
  type ProviderAdapter,
  type UpstreamTarget,
} from '@gatehouse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_HEADERS } from '../faults/fault-config.js';
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
const adapter = getProviderAdapter('GEMINI');

const withFaults = (faults: Record<string, string>): ProviderAdapter => ({
  ...adapter,
  chatRequest: (request, upstream) => {
    const call = adapter.chatRequest(request, upstream);
    return { ...call, headers: { ...call.headers, ...faults } };
  },
});

// What the mock counts for the same prompt, through its countTokens method.
async function countTokens(call: {
  headers: Record<string, string>;
  body: string;
}): Promise<number> {
  const response = await fetch(`${target.baseUrl}/models/${target.upstreamModel}:countTokens`, {
    method: 'POST',
    headers: call.headers,
    body: JSON.stringify({ generateContentRequest: JSON.parse(call.body) }),
  });
  return ((await response.json()) as { totalTokens: number }).totalTokens;
}

beforeAll(async () => {
  mock = await startMockProvider();
  target = {
    kind: 'GEMINI',
    providerSlug: 'gemini',
    baseUrl: `${mock.baseUrl}/gemini/v1beta`,
    upstreamModel: 'gemini-2.5-flash',
    credentials: { apiKey: 'AIza-mock' },
    settings: {},
  };
});
afterAll(async () => {
  await mock.app.close();
});

describe('Gemini adapter against the mock provider', () => {
  it('completes a chat with thinking usage; prompt tokens match countTokens; the stream agrees', async () => {
    const request = chatRequest({
      model: 'flash',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hello, Gemini!' },
      ],
    });
    const outcome = await completeWith(adapter, request, target);
    if (!outcome.ok) throw new Error(outcome.error.message);
    const { completion } = outcome;
    const text = completion.choices[0]?.message.content ?? '';
    expect(text).toMatch(/^This is a mock answer from gemini-2\.5-flash to "Hello, Gemini!"/);
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    const counted = await countTokens(adapter.chatRequest(request, target));
    expect(counted).toBeGreaterThan(0);
    expect(completion.usage?.prompt_tokens).toBe(counted);
    // gemini-2.5-flash thinks by default: thinking is billed as completion (reasoning) tokens.
    const reasoning = completion.usage?.completion_tokens_details?.reasoning_tokens ?? 0;
    expect(reasoning).toBeGreaterThan(0);
    expect(completion.usage?.total_tokens).toBe(
      (completion.usage?.prompt_tokens ?? 0) + (completion.usage?.completion_tokens ?? 0),
    );

    const streamed = await streamWith(adapter, request, target);
    expect(streamed.choices[0]?.content).toBe(text);
    expect(streamed.choices[0]?.finishReason).toBe('stop');
    expect(streamed.usage).toEqual(completion.usage);
  });

  it('returns function calls as tool calls with generated ids, plain and streamed alike', async () => {
    const request = chatRequest({
      model: 'flash',
      messages: [{ role: 'user', content: 'What is the weather in Paris?' }],
      tools: [WEATHER_TOOL],
      tool_choice: 'required',
    });
    const outcome = await completeWith(adapter, request, target);
    if (!outcome.ok) throw new Error(outcome.error.message);
    const calls = outcome.completion.choices[0]?.message.tool_calls ?? [];
    expect(calls.map((c) => [c.id, c.function.name])).toEqual([
      ['call_gatehouse_0', 'get_weather'],
    ]);
    expect(Object.keys(JSON.parse(calls[0]?.function.arguments ?? '{}')).sort()).toEqual([
      'city',
      'unit',
    ]);
    expect(outcome.completion.choices[0]?.finish_reason).toBe('tool_calls');

    const streamed = await streamWith(adapter, request, target);
    expect(streamed.choices[0]?.toolCalls).toEqual(calls);
    expect(streamed.choices[0]?.finishReason).toBe('tool_calls');
  });

  it('sends the function response back under the called function’s name and gets the answer', async () => {
    const tools = [WEATHER_TOOL];
    const ask = { role: 'user', content: 'Weather in Oslo?' };
    const first = await completeWith(
      adapter,
      chatRequest({ model: 'flash', messages: [ask], tools, tool_choice: 'required' }),
      target,
    );
    if (!first.ok) throw new Error(first.error.message);
    const call = first.completion.choices[0]?.message.tool_calls?.[0];
    if (call === undefined) throw new Error('expected a tool call');
    const messages = [
      ask,
      { role: 'assistant', content: null, tool_calls: [call] },
      { role: 'tool', tool_call_id: call.id, content: '{"temp_c": -3}' },
    ];
    const second = await completeWith(
      adapter,
      chatRequest({ model: 'flash', messages, tools }),
      target,
    );
    if (!second.ok) throw new Error(second.error.message);
    expect(second.completion.choices[0]?.finish_reason).toBe('stop');
    expect(second.completion.choices[0]?.message.content).toMatch(/\S/);
  });

  it('answers n candidates and follows a json_schema response_format', async () => {
    const schema = {
      type: 'object',
      properties: { city: { type: 'string' }, population: { type: 'integer' } },
      required: ['city', 'population'],
    };
    const outcome = await completeWith(
      adapter,
      chatRequest({
        model: 'flash',
        messages: [{ role: 'user', content: 'Largest city in Norway?' }],
        n: 2,
        response_format: { type: 'json_schema', json_schema: { name: 'city', schema } },
      }),
      target,
    );
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.completion.choices.map((c) => c.index)).toEqual([0, 1]);
    const parsed = JSON.parse(outcome.completion.choices[0]?.message.content ?? '') as object;
    expect(Object.keys(parsed).sort()).toEqual(['city', 'population']);
  });

  it('embeds a batch with batchEmbedContents; usage 0 means "not reported"', async () => {
    const embedTarget = { ...target, upstreamModel: 'gemini-embedding-001' };
    const result = await embedWith(
      adapter,
      { model: 'embed', input: ['first text', 'second text'], dimensions: 256 },
      embedTarget,
    );
    expect(result.data.map((d) => d.index)).toEqual([0, 1]);
    expect(result.data.map((d) => (d.embedding as number[]).length)).toEqual([256, 256]);
    expect(result.data[0]?.embedding).not.toEqual(result.data[1]?.embedding);
    expect(result.usage).toEqual({ prompt_tokens: 0, total_tokens: 0 });
  });

  it('maps the API’s errors: bad key 502, quota 429 and overload 503 retryable, 400 passed through', async () => {
    const hello = chatRequest({ model: 'flash', messages: [{ role: 'user', content: 'Hi' }] });
    const badKey = await completeWith(adapter, hello, {
      ...target,
      credentials: { apiKey: 'invalid-key' },
    });
    expect(badKey.ok ? undefined : badKey.error).toMatchObject({ status: 502 });
    const quota = await completeWith(withFaults({ [FAULT_HEADERS.status]: '429' }), hello, target);
    expect(quota.ok ? undefined : quota.error).toMatchObject({ status: 429, retryable: true });
    const busy = await completeWith(withFaults({ [FAULT_HEADERS.status]: '503' }), hello, target);
    expect(busy.ok ? undefined : busy.error).toMatchObject({ status: 503, retryable: true });
    // OpenAI's parser caps stop at 4; a request built in code can carry more than Gemini's 5.
    const tooManyStops = { ...hello, stop: ['a', 'b', 'c', 'd', 'e', 'f'] };
    const invalid = await completeWith(adapter, tooManyStops, target);
    expect(invalid.ok ? undefined : invalid.error).toMatchObject({ status: 400, retryable: false });
  });

  it('throws UpstreamStreamError when an error chunk arrives mid-stream', async () => {
    const faulty = withFaults({ [FAULT_HEADERS.streamErrorAfterChunks]: '2' });
    const request = chatRequest({
      model: 'flash',
      messages: [{ role: 'user', content: 'Tell me a long story' }],
    });
    const error = await streamWith(faulty, request, target).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UpstreamStreamError);
    expect((error as UpstreamStreamError).error).toMatchObject({ status: 503, retryable: true });
  });
});

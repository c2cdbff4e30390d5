import {
  getProviderAdapter,
  UpstreamStreamError,
  type ProviderAdapter,
  type UpstreamTarget,
} from '@gatehouse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chatRequest,
  completeWith,
  streamWith,
  WEATHER_TOOL,
} from '../test-support/adapter-calls.js';
import { FAULT_HEADERS } from '../faults/fault-config.js';
import { startMockProvider, type RunningMock } from '../test-support/start-mock-provider.js';

let mock: RunningMock;
let target: UpstreamTarget;
const adapter = getProviderAdapter('ANTHROPIC');

// The same adapter with mock fault headers on every call (as a flaky upstream would behave).
const withFaults = (faults: Record<string, string>): ProviderAdapter => ({
  ...adapter,
  chatRequest: (request, upstream) => {
    const call = adapter.chatRequest(request, upstream);
    return { ...call, headers: { ...call.headers, ...faults } };
  },
});

// What the mock counts for the same prompt, through its count_tokens endpoint.
async function countTokens(call: {
  headers: Record<string, string>;
  body: string;
}): Promise<number> {
  const {
    max_tokens: _max,
    stream: _stream,
    ...rest
  } = JSON.parse(call.body) as Record<string, unknown>;
  const response = await fetch(`${target.baseUrl}/messages/count_tokens`, {
    method: 'POST',
    headers: call.headers,
    body: JSON.stringify(rest),
  });
  return ((await response.json()) as { input_tokens: number }).input_tokens;
}

beforeAll(async () => {
  mock = await startMockProvider();
  target = {
    kind: 'ANTHROPIC',
    providerSlug: 'anthropic',
    baseUrl: `${mock.baseUrl}/anthropic/v1`,
    upstreamModel: 'claude-sonnet-4-5',
    credentials: { apiKey: 'sk-ant-mock' },
    settings: {},
  };
});
afterAll(async () => {
  await mock.app.close();
});

describe('Anthropic adapter against the mock provider', () => {
  it('completes a chat; prompt tokens match count_tokens and the stream gives the same answer', async () => {
    const request = chatRequest({
      model: 'claude',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hello there!' },
      ],
    });
    const outcome = await completeWith(adapter, request, target);
    if (!outcome.ok) throw new Error(outcome.error.message);
    const { completion } = outcome;
    const text = completion.choices[0]?.message.content ?? '';
    expect(text).toMatch(/^This is a mock answer from claude-sonnet-4-5 to "Hello there!"/);
    expect(completion.id).toMatch(/^msg_01/);
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    const counted = await countTokens(adapter.chatRequest(request, target));
    expect(counted).toBeGreaterThan(0);
    expect(completion.usage?.prompt_tokens).toBe(counted);
    expect(completion.usage?.completion_tokens).toBeGreaterThan(0);

    const streamed = await streamWith(adapter, request, target);
    expect(streamed.choices[0]?.content).toBe(text);
    expect(streamed.choices[0]?.finishReason).toBe('stop');
    expect(streamed.usage).toEqual(completion.usage);
  });

  it('returns a forced tool call, plain and streamed alike', async () => {
    const request = chatRequest({
      model: 'claude',
      messages: [{ role: 'user', content: 'What is the weather in Paris?' }],
      tools: [WEATHER_TOOL],
      tool_choice: 'required',
    });
    const outcome = await completeWith(adapter, request, target);
    if (!outcome.ok) throw new Error(outcome.error.message);
    const message = outcome.completion.choices[0]?.message;
    const call = message?.tool_calls?.[0];
    expect(call?.id).toMatch(/^toolu_01/);
    expect(call?.function.name).toBe('get_weather');
    expect(Object.keys(JSON.parse(call?.function.arguments ?? '{}')).sort()).toEqual([
      'city',
      'unit',
    ]);
    expect(outcome.completion.choices[0]?.finish_reason).toBe('tool_calls');

    const streamed = await streamWith(adapter, request, target);
    expect(streamed.choices[0]?.toolCalls).toEqual(message?.tool_calls);
    expect(streamed.choices[0]?.finishReason).toBe('tool_calls');
    expect(streamed.usage).toEqual(outcome.completion.usage);
  });

  it('keeps the text Claude says before a tool call under tool_choice auto', async () => {
    const request = chatRequest({
      model: 'claude',
      messages: [{ role: 'user', content: 'What is the weather in Rome?' }],
      tools: [WEATHER_TOOL],
    });
    const streamed = await streamWith(adapter, request, target);
    expect(streamed.choices[0]?.content).toBe("I'll use the get_weather tool.");
    expect(streamed.choices[0]?.toolCalls.map((c) => c.function.name)).toEqual(['get_weather']);
  });

  it('sends a tool result back and gets the final answer', async () => {
    const first = await completeWith(
      adapter,
      chatRequest({
        model: 'claude',
        messages: [{ role: 'user', content: 'Weather in Oslo?' }],
        tools: [WEATHER_TOOL],
        tool_choice: 'required',
      }),
      target,
    );
    if (!first.ok) throw new Error(first.error.message);
    const call = first.completion.choices[0]?.message.tool_calls?.[0];
    if (call === undefined) throw new Error('expected a tool call');
    const second = await completeWith(
      adapter,
      chatRequest({
        model: 'claude',
        messages: [
          { role: 'user', content: 'Weather in Oslo?' },
          { role: 'assistant', content: null, tool_calls: [call] },
          { role: 'tool', tool_call_id: call.id, content: '{"temp_c": -3}' },
        ],
        tools: [WEATHER_TOOL],
      }),
      target,
    );
    if (!second.ok) throw new Error(second.error.message);
    expect(second.completion.choices[0]?.finish_reason).toBe('stop');
    expect(second.completion.choices[0]?.message.content).toMatch(/\S/);
  });

  it('sends images and a json_schema response_format the API accepts', async () => {
    const outcome = await completeWith(
      adapter,
      chatRequest({
        model: 'claude',
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'Describe' },
              { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
            ],
          },
        ],
        response_format: {
          type: 'json_schema',
          json_schema: {
            name: 'd',
            schema: { type: 'object', properties: { text: { type: 'string' } } },
          },
        },
        max_tokens: 64,
      }),
      target,
    );
    expect(outcome.ok).toBe(true);
  });

  it('maps the API’s errors: 400 passed through, bad key 502, overloaded 503 retryable', async () => {
    const unknownTool = chatRequest({
      model: 'claude',
      messages: [{ role: 'user', content: 'x' }],
      tools: [WEATHER_TOOL],
      tool_choice: { type: 'function', function: { name: 'nope' } },
    });
    const invalid = await completeWith(adapter, unknownTool, target);
    expect(invalid.ok ? undefined : invalid.error).toMatchObject({
      status: 400,
      message: "tool_choice.name: Tool 'nope' not found in provided tools",
    });
    const hello = chatRequest({ model: 'claude', messages: [{ role: 'user', content: 'Hi' }] });
    const badKey = await completeWith(adapter, hello, {
      ...target,
      credentials: { apiKey: 'invalid-key' },
    });
    expect(badKey.ok ? undefined : badKey.error).toMatchObject({ status: 502 });
    const overloaded = await completeWith(
      withFaults({ [FAULT_HEADERS.status]: '529' }),
      hello,
      target,
    );
    expect(overloaded.ok ? undefined : overloaded.error).toMatchObject({
      status: 503,
      retryable: true,
    });
  });

  it('throws UpstreamStreamError when the stream carries an overloaded error event', async () => {
    const faulty = withFaults({ [FAULT_HEADERS.streamErrorAfterChunks]: '3' });
    const request = chatRequest({
      model: 'claude',
      messages: [{ role: 'user', content: 'Tell me a story' }],
    });
    const error = await streamWith(faulty, request, target).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UpstreamStreamError);
    expect((error as UpstreamStreamError).error).toMatchObject({ status: 503, retryable: true });
  });
});

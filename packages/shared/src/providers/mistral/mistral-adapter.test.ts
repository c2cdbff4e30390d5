import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProviderResponseError, UpstreamStreamError } from '../../llm/provider-adapter.js';
import { assembleChatChunks } from '../common/assemble-chat-chunks.js';
import { splitSseText } from '../common/split-sse-text.js';
import { mapMistralFinishReason } from './map-mistral-finish-reason.js';
import { mistralAdapter } from './mistral-adapter.js';

const read = (name: string) =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const context = { model: 'mistral-small', id: 'chatcmpl-gatehouse', created: 1_700_000_000 };

describe('mistralAdapter.chatResponse', () => {
  it('translates a text completion', () => {
    const completion = mistralAdapter.chatResponse(
      JSON.parse(read('mistral-chat-text.json')),
      context,
    );
    expect(completion).toEqual({
      id: 'cmpl-e5cc70bb28c444948073e77776eb30ef',
      object: 'chat.completion',
      created: 1702256327,
      model: 'mistral-small',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: 'Comté is a favourite: nutty, firm and aged for months in the Jura.',
          },
          finish_reason: 'stop',
          logprobs: null,
        },
      ],
      usage: { prompt_tokens: 16, completion_tokens: 34, total_tokens: 50 },
    });
  });

  it('translates tool calls with their Mistral ids', () => {
    const completion = mistralAdapter.chatResponse(
      JSON.parse(read('mistral-chat-tool-call.json')),
      context,
    );
    expect(completion.choices[0]?.message.tool_calls).toEqual([
      {
        id: 'D681PevKs',
        type: 'function',
        function: { name: 'retrieve_payment_status', arguments: '{"transaction_id": "T1001"}' },
      },
    ]);
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('shows only the text chunks of a thinking answer and maps model_length to length', () => {
    const completion = mistralAdapter.chatResponse(
      JSON.parse(read('mistral-chat-thinking.json')),
      context,
    );
    expect(completion.choices[0]?.message.content).toBe('The answer is 42');
    expect(completion.choices[0]?.finish_reason).toBe('length');
  });

  it('treats finish_reason "error" as a failed upstream response', () => {
    const body = JSON.parse(read('mistral-chat-text.json'));
    body.choices[0].finish_reason = 'error';
    expect(() => mistralAdapter.chatResponse(body, context)).toThrow(ProviderResponseError);
  });

  it('translates embeddings', () => {
    const response = mistralAdapter.embeddings?.response(
      JSON.parse(read('mistral-embeddings.json')),
      { ...context, model: 'mistral-embed' },
    );
    expect(response?.data).toHaveLength(2);
    expect(response?.usage).toEqual({ prompt_tokens: 16, total_tokens: 16 });
  });
});

describe('mistralAdapter.chatStream', () => {
  const replay = (name: string) => {
    const reducer = mistralAdapter.chatStream(context);
    const chunks = splitSseText(read(name)).flatMap((event) => reducer.push(event));
    const end = reducer.finish();
    return { chunks: [...chunks, ...end.chunks], usage: end.usage };
  };

  it('forwards the usage-bearing last chunk without its usage and returns the usage', () => {
    const { chunks, usage } = replay('mistral-stream-text.sse');
    expect(chunks).toHaveLength(4);
    expect(chunks.every((c) => c.usage === undefined)).toBe(true);
    expect(assembleChatChunks(chunks)).toEqual([
      { content: 'Bonjour !', toolCalls: [], finishReason: 'stop' },
    ]);
    expect(usage).toEqual({
      prompt_tokens: 19,
      completion_tokens: 4,
      total_tokens: 23,
      prompt_tokens_details: { cached_tokens: 0 },
    });
  });

  it('numbers whole tool calls that come without an index', () => {
    const { chunks, usage } = replay('mistral-stream-tool-calls.sse');
    expect(chunks[1]?.choices[0]?.delta.tool_calls).toEqual([
      {
        index: 0,
        id: 'gSIMJiOkT',
        type: 'function',
        function: { name: 'weather', arguments: '{"location": "San Francisco"}' },
      },
    ]);
    expect(
      assembleChatChunks(chunks)[0]?.toolCalls.map((c) => [c.id, c.function.arguments]),
    ).toEqual([
      ['gSIMJiOkT', '{"location": "San Francisco"}'],
      ['Kq9ZtR2xW', '{"location": "Paris"}'],
    ]);
    expect(usage?.completion_tokens).toBe(42);
  });

  it('raises finish_reason "error" as a retryable UpstreamStreamError', () => {
    const reducer = mistralAdapter.chatStream(context);
    const [first, second] = splitSseText(read('mistral-stream-error.sse'));
    expect(reducer.push(first!)).toHaveLength(1);
    expect(() => reducer.push(second!)).toThrow(UpstreamStreamError);
  });

  it.each([
    ['stop', 'stop'],
    ['length', 'length'],
    ['model_length', 'length'],
    ['tool_calls', 'tool_calls'],
    ['error', 'error'],
    [null, null],
  ])('maps finish reason %s → %s', (reason, expected) => {
    expect(mapMistralFinishReason(reason)).toBe(expected);
  });
});

describe('mistralAdapter.mapError', () => {
  const errors = JSON.parse(read('mistral-errors.json')) as Record<string, unknown>;

  it('turns a 422 validation detail into a 400 naming the parameter', () => {
    expect(mistralAdapter.mapError(422, errors.extraForbidden)).toEqual({
      status: 400,
      type: 'invalid_request_error',
      code: null,
      message: "Extra inputs are not permitted: 'user'",
      param: 'user',
      retryable: false,
    });
  });

  it('passes a too-long prompt through as a 400', () => {
    expect(mistralAdapter.mapError(400, errors.tooLong)).toMatchObject({
      status: 400,
      message:
        'Prompt contains 40960 tokens and 0 draft tokens, too large for model with 32768 maximum context length',
    });
  });

  it('maps 401 to an upstream auth failure and 429 to a retryable rate limit', () => {
    expect(mistralAdapter.mapError(401, errors.unauthorized)).toMatchObject({
      status: 502,
      code: 'upstream_auth_error',
    });
    expect(mistralAdapter.mapError(429, errors.rateLimited)).toMatchObject({
      status: 429,
      code: 'rate_limit_exceeded',
      message: 'The Mistral provider is rate limiting requests: Requests rate limit exceeded',
      retryable: true,
    });
  });
});

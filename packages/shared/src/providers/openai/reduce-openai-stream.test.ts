import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChatCompletionChunk } from '../../llm/chat-types.js';
import type { ChatStreamReducer } from '../../llm/provider-adapter.js';
import { assembleChatChunks } from '../common/assemble-chat-chunks.js';
import { splitSseText } from '../common/split-sse-text.js';
import { UpstreamStreamError } from '../../llm/provider-adapter.js';
import { openAiAdapter } from './openai-adapter.js';

const events = (name: string) =>
  splitSseText(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'));
const context = { model: 'fast', id: 'chatcmpl-gatehouse', created: 1_700_000_000 };

function replay(reducer: ChatStreamReducer, name: string) {
  const chunks: ChatCompletionChunk[] = events(name).flatMap((event) => reducer.push(event));
  const end = reducer.finish();
  return { chunks: [...chunks, ...end.chunks], usage: end.usage };
}

describe('openAiAdapter.chatStream', () => {
  it('forwards text deltas re-labelled, keeps the usage chunk back and returns its usage', () => {
    const { chunks, usage } = replay(openAiAdapter.chatStream(context), 'openai-stream-text.sse');
    expect(chunks).toHaveLength(5);
    expect(chunks[0]).toEqual({
      id: 'chatcmpl-BBm3jkR1mjbLnRqv0rQ8OatsKcv9J',
      object: 'chat.completion.chunk',
      created: 1742065115,
      model: 'fast',
      choices: [
        {
          index: 0,
          delta: { role: 'assistant', content: '' },
          finish_reason: null,
          logprobs: null,
        },
      ],
    });
    expect(chunks.every((c) => c.usage === undefined && c.choices.length === 1)).toBe(true);
    expect(assembleChatChunks(chunks)).toEqual([
      { content: 'Hello! How can I help today?', toolCalls: [], finishReason: 'stop' },
    ]);
    expect(usage).toEqual({
      prompt_tokens: 9,
      completion_tokens: 8,
      total_tokens: 17,
      prompt_tokens_details: { cached_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0 },
    });
  });

  it('passes two tool calls whose arguments are split across chunks', () => {
    const { chunks, usage } = replay(
      openAiAdapter.chatStream(context),
      'openai-stream-tool-calls.sse',
    );
    expect(chunks[1]?.choices[0]?.delta).toEqual({
      tool_calls: [{ index: 0, function: { arguments: '{"lo' } }],
    });
    expect(assembleChatChunks(chunks)).toEqual([
      {
        content: '',
        toolCalls: [
          {
            id: 'call_3Yp4Wt2qxuZZqUCrRUNNKM6C',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"location": "Paris, France"}' },
          },
          {
            id: 'call_Z7bTm3kX1vXq0g0bYHLpD2Qh',
            type: 'function',
            function: { name: 'get_time', arguments: '{"tz": "Europe/Paris"}' },
          },
        ],
        finishReason: 'tool_calls',
      },
    ]);
    expect(usage?.total_tokens).toBe(118);
  });

  it('returns no usage when the stream carried none', () => {
    const reducer = openAiAdapter.chatStream(context);
    reducer.push({
      data: '{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"x"},"finish_reason":"stop"}]}',
    });
    expect(reducer.finish()).toEqual({ chunks: [], usage: undefined });
  });

  it('raises an error frame as an UpstreamStreamError with a retryable 502', () => {
    const reducer = openAiAdapter.chatStream(context);
    const [first, second] = events('openai-stream-error.sse');
    expect(reducer.push(first!)).toHaveLength(1);
    let caught: unknown;
    try {
      reducer.push(second!);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UpstreamStreamError);
    expect((caught as UpstreamStreamError).error).toMatchObject({
      status: 502,
      code: 'upstream_server_error',
      message:
        'The OpenAI provider failed mid-stream: The server had an error while processing your request. Sorry about that!',
      retryable: true,
    });
  });

  it('throws ProviderResponseError on a frame that is not JSON', () => {
    expect(() => openAiAdapter.chatStream(context).push({ data: '{oops' })).toThrow(/not JSON/);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProviderResponseError } from '../../llm/provider-adapter.js';
import { openAiAdapter } from './openai-adapter.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'));
const context = { model: 'fast', id: 'chatcmpl-gatehouse', created: 1_700_000_000 };

describe('openAiAdapter.chatResponse', () => {
  it('keeps the vendor id and time, re-labels the model and narrows usage', () => {
    expect(openAiAdapter.chatResponse(fixture('openai-chat-text.json'), context)).toEqual({
      id: 'chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT',
      object: 'chat.completion',
      created: 1741569952,
      model: 'fast',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'Hello! How can I assist you today?' },
          finish_reason: 'stop',
          logprobs: null,
        },
      ],
      usage: {
        prompt_tokens: 19,
        completion_tokens: 10,
        total_tokens: 29,
        prompt_tokens_details: { cached_tokens: 0 },
        completion_tokens_details: { reasoning_tokens: 0 },
      },
      system_fingerprint: 'fp_06737a9306',
    });
  });

  it('translates tool calls and cached tokens', () => {
    const completion = openAiAdapter.chatResponse(fixture('openai-chat-tool-calls.json'), context);
    expect(completion.choices[0]).toEqual({
      index: 0,
      message: {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_abc123',
            type: 'function',
            function: { name: 'get_current_weather', arguments: '{\n"location": "Boston, MA"\n}' },
          },
        ],
      },
      finish_reason: 'tool_calls',
      logprobs: null,
    });
    expect(completion.usage?.prompt_tokens_details).toEqual({ cached_tokens: 64 });
  });

  it('throws ProviderResponseError for a body without choices', () => {
    expect(() =>
      openAiAdapter.chatResponse({ id: 'x', object: 'chat.completion' }, context),
    ).toThrow(ProviderResponseError);
    expect(() => openAiAdapter.chatResponse('oops', context)).toThrow(/expected shape/);
  });

  it('translates an embeddings list', () => {
    const response = openAiAdapter.embeddings?.response(fixture('openai-embeddings.json'), {
      ...context,
      model: 'embed',
    });
    expect(response?.model).toBe('embed');
    expect(response?.data.map((d) => d.index)).toEqual([0, 1]);
    expect(response?.data[1]?.embedding).toEqual([
      0.0023064255, -0.009327292, -0.0028842222, 0.0104,
    ]);
    expect(response?.usage).toEqual({ prompt_tokens: 8, total_tokens: 8 });
  });
});

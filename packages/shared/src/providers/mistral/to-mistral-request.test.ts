import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../llm/chat-types.js';
import { ProviderRequestError, type UpstreamTarget } from '../../llm/provider-adapter.js';
import { mistralAdapter } from './mistral-adapter.js';
import { toMistralToolCallId } from './to-mistral-tool-call-id.js';

const target: UpstreamTarget = {
  kind: 'MISTRAL',
  providerSlug: 'mistral',
  baseUrl: 'https://api.mistral.ai/v1',
  upstreamModel: 'mistral-small-latest',
  credentials: { apiKey: 'mistral-key' },
  settings: {},
};

const request: ChatRequest = {
  model: 'mistral-small',
  messages: [
    { role: 'developer', content: [{ type: 'text', text: 'Be brief.' }] },
    {
      role: 'user',
      name: 'ana',
      content: [
        { type: 'text', text: 'Weather?' },
        { type: 'image_url', image_url: { url: 'https://x/sky.png', detail: 'low' } },
      ],
    },
    {
      role: 'assistant',
      content: null,
      tool_calls: [
        {
          id: 'call_3Yp4Wt2qxuZZ',
          type: 'function',
          function: { name: 'weather', arguments: '{}' },
        },
      ],
    },
    { role: 'tool', tool_call_id: 'call_3Yp4Wt2qxuZZ', content: 'sunny' },
  ],
  stream: true,
  stream_options: { include_usage: true },
  seed: 7,
  max_completion_tokens: 100,
  tools: [{ type: 'function', function: { name: 'weather', parameters: { type: 'object' } } }],
  tool_choice: 'required',
  response_format: { type: 'json_object' },
  user: 'u-1',
  extra: { safe_prompt: true, logit_bias: { '1': 2 } },
};

describe('mistralAdapter.chatRequest', () => {
  it('translates fields, messages and tool-call ids to Mistral’s API', () => {
    const call = mistralAdapter.chatRequest(request, target);
    expect(call.url).toBe('https://api.mistral.ai/v1/chat/completions');
    expect(call.headers.authorization).toBe('Bearer mistral-key');
    const id = toMistralToolCallId('call_3Yp4Wt2qxuZZ');
    expect(JSON.parse(call.body)).toEqual({
      model: 'mistral-small-latest',
      messages: [
        { role: 'system', content: 'Be brief.' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Weather?' },
            { type: 'image_url', image_url: 'https://x/sky.png' },
          ],
        },
        {
          role: 'assistant',
          tool_calls: [{ id, type: 'function', function: { name: 'weather', arguments: '{}' } }],
        },
        { role: 'tool', content: 'sunny', tool_call_id: id, name: 'weather' },
      ],
      stream: true,
      random_seed: 7,
      max_tokens: 100,
      tools: [{ type: 'function', function: { name: 'weather', parameters: { type: 'object' } } }],
      tool_choice: 'any',
      response_format: { type: 'json_object' },
      safe_prompt: true,
    });
  });

  it('keeps Mistral-shaped ids and maps others to 9 stable letters and digits', () => {
    expect(toMistralToolCallId('gSIMJiOkT')).toBe('gSIMJiOkT');
    const mapped = toMistralToolCallId('call_abc123');
    expect(mapped).toMatch(/^[a-zA-Z0-9]{9}$/);
    expect(toMistralToolCallId('call_abc123')).toBe(mapped);
    expect(toMistralToolCallId('call_abc124')).not.toBe(mapped);
  });

  it('builds embeddings with output_dimension and refuses token-id input', () => {
    const call = mistralAdapter.embeddings?.request(
      { model: 'embed', input: ['a', 'b'], dimensions: 512 },
      { ...target, upstreamModel: 'codestral-embed' },
    );
    expect(call?.url).toBe('https://api.mistral.ai/v1/embeddings');
    expect(JSON.parse(call?.body ?? '{}')).toEqual({
      model: 'codestral-embed',
      input: ['a', 'b'],
      output_dimension: 512,
    });
    expect(() => mistralAdapter.embeddings?.request({ model: 'e', input: [1, 2] }, target)).toThrow(
      ProviderRequestError,
    );
  });
});

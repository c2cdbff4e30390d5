import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../llm/chat-types.js';
import type { UpstreamTarget } from '../../llm/provider-adapter.js';
import { openAiAdapter } from './openai-adapter.js';
import { toOpenAiChatBody } from './to-openai-request.js';

const target: UpstreamTarget = {
  kind: 'OPENAI',
  providerSlug: 'openai',
  baseUrl: 'https://api.openai.com/v1/',
  upstreamModel: 'gpt-4o-mini-2024-07-18',
  credentials: { apiKey: 'sk-test' },
  settings: {},
};

const request: ChatRequest = {
  model: 'fast',
  messages: [{ role: 'user', content: 'Hi' }],
  temperature: 0.3,
  extra: { logit_bias: { '50256': -100 }, store: false },
};

describe('openAiAdapter.chatRequest', () => {
  it('posts to /chat/completions with a bearer key, the upstream model and the extra fields', () => {
    const call = openAiAdapter.chatRequest(request, target);
    expect(call.url).toBe('https://api.openai.com/v1/chat/completions');
    expect(call.headers).toEqual({
      'content-type': 'application/json',
      authorization: 'Bearer sk-test',
    });
    expect(JSON.parse(call.body)).toEqual({
      model: 'gpt-4o-mini-2024-07-18',
      messages: [{ role: 'user', content: 'Hi' }],
      temperature: 0.3,
      logit_bias: { '50256': -100 },
      store: false,
    });
  });

  it('asks for the usage chunk when streaming, keeping the caller’s other stream options', () => {
    const body = JSON.parse(
      openAiAdapter.chatRequest(
        { ...request, stream: true, stream_options: { include_usage: false } },
        target,
      ).body,
    );
    expect(body.stream).toBe(true);
    expect(body.stream_options).toEqual({ include_usage: true });
  });

  it('leaves stream_options out of a non-streaming call and drops refused fields', () => {
    const body = toOpenAiChatBody(
      { ...request, stream_options: { include_usage: true }, user: 'u1' },
      { model: undefined, streamUsage: true, dropFields: ['user', 'store'] },
    );
    expect(body).toEqual({
      messages: [{ role: 'user', content: 'Hi' }],
      temperature: 0.3,
      logit_bias: { '50256': -100 },
    });
  });

  it('sends max_tokens as max_completion_tokens, keeping an explicit max_completion_tokens', () => {
    const renamed = JSON.parse(
      openAiAdapter.chatRequest({ ...request, max_tokens: 50 }, target).body,
    );
    expect(renamed.max_tokens).toBeUndefined();
    expect(renamed.max_completion_tokens).toBe(50);
    const both = toOpenAiChatBody(
      { ...request, max_tokens: 50, max_completion_tokens: 80 },
      { model: 'm', streamUsage: false, renameMaxTokens: true },
    );
    expect([both.max_tokens, both.max_completion_tokens]).toEqual([undefined, 80]);
    const kept = toOpenAiChatBody(
      { ...request, max_tokens: 50 },
      { model: 'm', streamUsage: false },
    );
    expect(kept.max_tokens).toBe(50);
  });

  it('builds the embeddings call with the upstream model', () => {
    const call = openAiAdapter.embeddings?.request(
      { model: 'embed', input: ['a', 'b'], dimensions: 256 },
      target,
    );
    expect(call?.url).toBe('https://api.openai.com/v1/embeddings');
    expect(JSON.parse(call?.body ?? '{}')).toEqual({
      model: 'gpt-4o-mini-2024-07-18',
      input: ['a', 'b'],
      dimensions: 256,
    });
  });
});

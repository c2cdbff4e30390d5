import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { UpstreamTarget } from '../../llm/provider-adapter.js';
import { assembleChatChunks } from '../common/assemble-chat-chunks.js';
import { splitSseText } from '../common/split-sse-text.js';
import { azureOpenAiAdapter } from './azure-openai-adapter.js';
import { azureStreamsUsage } from './to-azure-openai-request.js';

const read = (name: string) =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const context = { model: 'gpt-4o-eu', id: 'chatcmpl-gatehouse', created: 1_700_000_000 };
const target: UpstreamTarget = {
  kind: 'AZURE_OPENAI',
  providerSlug: 'azure-openai',
  baseUrl: 'https://acme-eu.openai.azure.com/',
  upstreamModel: 'gpt-4o',
  credentials: { apiKey: 'azure-key' },
  settings: {},
};

describe('azureOpenAiAdapter.chatRequest', () => {
  it('posts to the deployment with the default api-version and an api-key header, no model in the body', () => {
    const call = azureOpenAiAdapter.chatRequest(
      { model: 'gpt-4o-eu', messages: [{ role: 'user', content: 'Hi' }], stream: true },
      target,
    );
    expect(call.url).toBe(
      'https://acme-eu.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21',
    );
    expect(call.headers).toEqual({ 'content-type': 'application/json', 'api-key': 'azure-key' });
    expect(JSON.parse(call.body)).toEqual({
      messages: [{ role: 'user', content: 'Hi' }],
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it('accepts a base URL that already ends in /openai, a configured version and an Entra token', () => {
    const call = azureOpenAiAdapter.embeddings?.request(
      { model: 'e', input: 'x' },
      {
        ...target,
        baseUrl: 'http://127.0.0.1:9090/azure/openai',
        upstreamModel: 'text-embedding-3-small',
        credentials: { bearerToken: 'eyJ0' },
        settings: { apiVersion: '2025-04-01-preview' },
      },
    );
    expect(call?.url).toBe(
      'http://127.0.0.1:9090/azure/openai/deployments/text-embedding-3-small/embeddings?api-version=2025-04-01-preview',
    );
    expect(call?.headers.authorization).toBe('Bearer eyJ0');
    expect(JSON.parse(call?.body ?? '{}')).toEqual({ input: 'x' });
  });
});

describe('azureOpenAiAdapter responses', () => {
  it('reports a filtered completion as content_filter', () => {
    const completion = azureOpenAiAdapter.chatResponse(
      JSON.parse(read('azure-chat-filtered.json')),
      context,
    );
    expect(completion.model).toBe('gpt-4o-eu');
    expect(completion.choices[0]).toEqual({
      index: 0,
      message: { role: 'assistant', content: null },
      finish_reason: 'content_filter',
      logprobs: null,
    });
    expect(completion.usage).toEqual({
      prompt_tokens: 25,
      completion_tokens: 12,
      total_tokens: 37,
    });
  });

  it('skips the choice-less prompt-filter chunk and captures usage', () => {
    const reducer = azureOpenAiAdapter.chatStream(context);
    const perEvent = splitSseText(read('azure-stream-text.sse')).map((e) => reducer.push(e));
    expect(perEvent.map((chunks) => chunks.length)).toEqual([0, 1, 1, 1, 0, 0]);
    const chunks = perEvent.flat();
    expect(assembleChatChunks(chunks)).toEqual([
      { content: 'Bonjour', toolCalls: [], finishReason: 'stop' },
    ]);
    expect(chunks.every((c) => c.model === 'gpt-4o-eu' && c.id === 'chatcmpl-AzStr3amT3xt')).toBe(
      true,
    );
    expect(reducer.finish().usage).toEqual({
      prompt_tokens: 11,
      completion_tokens: 2,
      total_tokens: 13,
      prompt_tokens_details: { cached_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0 },
    });
  });
});

describe('azureOpenAiAdapter.mapError', () => {
  const errors = JSON.parse(read('azure-errors.json')) as Record<string, unknown>;

  it('passes a content-filtered prompt through as a 400 content_filter', () => {
    expect(azureOpenAiAdapter.mapError(400, errors.contentFilter)).toMatchObject({
      status: 400,
      type: 'invalid_request_error',
      code: 'content_filter',
      param: 'prompt',
      retryable: false,
    });
  });

  it.each([
    ['rateLimited', 429, 429, 'rate_limit_exceeded'],
    ['accessDenied', 401, 502, 'upstream_auth_error'],
    ['deploymentNotFound', 404, 502, 'upstream_model_not_found'],
  ])('maps %s (%i) to %i %s', (name, status, expected, code) => {
    expect(azureOpenAiAdapter.mapError(status, errors[name])).toMatchObject({
      status: expected,
      code,
      retryable: true,
    });
  });
});

describe('azureStreamsUsage', () => {
  it.each([
    ['2024-10-21', true],
    ['2024-09-01-preview', true],
    ['2025-04-01-preview', true],
    ['v1', true],
    ['2024-06-01', false],
    ['2024-02-01', false],
  ])('api-version %s → %s', (version, expected) => {
    expect(azureStreamsUsage(version)).toBe(expected);
  });

  it('leaves stream_options out for an api-version that refuses it', () => {
    const body = JSON.parse(
      azureOpenAiAdapter.chatRequest(
        { model: 'm', messages: [{ role: 'user', content: 'Hi' }], stream: true },
        { ...target, settings: { apiVersion: '2024-06-01' } },
      ).body,
    );
    expect(body.stream_options).toBeUndefined();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../llm/chat-types.js';
import type { ProviderAdapter, UpstreamTarget } from '../../llm/provider-adapter.js';
import { assembleChatChunks } from '../common/assemble-chat-chunks.js';
import { splitSseText } from '../common/split-sse-text.js';
import { OPENAI_COMPATIBLE_PRESETS } from './openai-compatible-presets.js';

const context = { model: 'llama', id: 'chatcmpl-gatehouse', created: 1_700_000_000 };
const target: UpstreamTarget = {
  kind: 'OPENAI_COMPATIBLE',
  providerSlug: 'local',
  baseUrl: 'http://10.0.0.5:8000/v1',
  upstreamModel: 'meta-llama/Llama-3.1-8B-Instruct',
  credentials: {},
  settings: {},
};
const request: ChatRequest = {
  model: 'llama',
  messages: [{ role: 'user', content: 'Hi' }],
  stream: true,
  extra: { logprobs: true, top_k: 40 },
};

function replay(adapter: ProviderAdapter, name: string) {
  const reducer = adapter.chatStream(context);
  const text = readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
  const chunks = splitSseText(text).flatMap((event) => reducer.push(event));
  return { chunks, usage: reducer.finish().usage };
}

describe('createOpenAiCompatibleAdapter presets', () => {
  it('vLLM: asks for stream usage, passes extra fields, sends no auth header without a key', () => {
    const call = OPENAI_COMPATIBLE_PRESETS.vllm.chatRequest(request, target);
    expect(call.url).toBe('http://10.0.0.5:8000/v1/chat/completions');
    expect(call.headers).toEqual({ 'content-type': 'application/json' });
    expect(JSON.parse(call.body)).toEqual({
      model: 'meta-llama/Llama-3.1-8B-Instruct',
      messages: [{ role: 'user', content: 'Hi' }],
      stream: true,
      stream_options: { include_usage: true },
      logprobs: true,
      top_k: 40,
    });
    expect(OPENAI_COMPATIBLE_PRESETS.vllm.embeddings).toBeDefined();
  });

  it('Groq: no stream_options, refused fields dropped, usage read from x_groq', () => {
    const body = JSON.parse(
      OPENAI_COMPATIBLE_PRESETS.groq.chatRequest(request, {
        ...target,
        credentials: { apiKey: 'gsk_1' },
      }).body,
    );
    expect(body.stream_options).toBeUndefined();
    expect(body.logprobs).toBeUndefined();
    expect(body.top_k).toBe(40);
    const { chunks, usage } = replay(OPENAI_COMPATIBLE_PRESETS.groq, 'groq-stream-text.sse');
    expect(assembleChatChunks(chunks)[0]?.content).toBe('Fast inference.');
    expect(usage).toEqual({ prompt_tokens: 41, completion_tokens: 3, total_tokens: 44 });
    expect(OPENAI_COMPATIBLE_PRESETS.groq.embeddings).toBeUndefined();
  });

  it('Ollama: a whole tool call in one chunk, no usage → undefined', () => {
    const { chunks, usage } = replay(
      OPENAI_COMPATIBLE_PRESETS.ollama,
      'ollama-stream-tool-call.sse',
    );
    expect(assembleChatChunks(chunks)).toEqual([
      {
        content: '',
        toolCalls: [
          {
            id: 'call_m3x9k2ab',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Lyon"}' },
          },
        ],
        finishReason: 'tool_calls',
      },
    ]);
    expect(usage).toBeUndefined();
  });

  it('Together: usage on the last content chunk is captured and stripped', () => {
    const { chunks, usage } = replay(
      OPENAI_COMPATIBLE_PRESETS.together,
      'together-stream-text.sse',
    );
    expect(chunks).toHaveLength(2);
    expect(chunks[1]?.choices[0]).toEqual({
      index: 0,
      delta: { role: 'assistant', content: '!' },
      finish_reason: 'stop',
      logprobs: null,
    });
    expect(usage).toEqual({ prompt_tokens: 36, completion_tokens: 2, total_tokens: 38 });
  });

  it('names the server in mapped errors', () => {
    expect(OPENAI_COMPATIBLE_PRESETS.vllm.mapError(500, 'Internal Server Error')).toMatchObject({
      status: 502,
      message: 'The vLLM provider failed (HTTP 500): Internal Server Error',
      retryable: true,
    });
  });
});

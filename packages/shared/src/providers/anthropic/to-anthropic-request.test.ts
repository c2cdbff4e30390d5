import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../llm/chat-types.js';
import { ProviderRequestError, type UpstreamTarget } from '../../llm/provider-adapter.js';
import {
  ANTHROPIC_VERSION,
  DEFAULT_ANTHROPIC_MAX_TOKENS,
  toAnthropicBody,
  toAnthropicRequest,
} from './to-anthropic-request.js';

const target: UpstreamTarget = {
  kind: 'ANTHROPIC',
  providerSlug: 'anthropic',
  baseUrl: 'https://api.anthropic.com/v1/',
  upstreamModel: 'claude-sonnet-4-5-20250929',
  credentials: { apiKey: 'sk-ant-test' },
  settings: {},
};

const request = (extra: Partial<ChatRequest>): ChatRequest => ({
  model: 'claude-sonnet',
  messages: [{ role: 'user', content: 'Hi' }],
  ...extra,
});

const weatherTool = {
  type: 'function' as const,
  function: {
    name: 'get_weather',
    description: 'Current weather',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
};

describe('toAnthropicRequest', () => {
  it('posts to {baseUrl}/messages with the key and API version headers', () => {
    const http = toAnthropicRequest(request({ stream: true }), target);
    expect(http.url).toBe('https://api.anthropic.com/v1/messages');
    expect(http.headers).toEqual({
      'content-type': 'application/json',
      'x-api-key': 'sk-ant-test',
      'anthropic-version': ANTHROPIC_VERSION,
    });
    expect(JSON.parse(http.body)).toEqual({
      model: 'claude-sonnet-4-5-20250929',
      max_tokens: DEFAULT_ANTHROPIC_MAX_TOKENS,
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }],
      stream: true,
    });
  });

  it('takes max_tokens from max_completion_tokens, then max_tokens, then the provider setting', () => {
    expect(
      toAnthropicBody(request({ max_completion_tokens: 50, max_tokens: 90 }), target).max_tokens,
    ).toBe(50);
    expect(toAnthropicBody(request({ max_tokens: 90 }), target).max_tokens).toBe(90);
    const configured = { ...target, settings: { defaultMaxTokens: 8192 } };
    expect(toAnthropicBody(request({}), configured).max_tokens).toBe(8192);
  });

  it('moves system and developer messages to the top-level system, in order', () => {
    const body = toAnthropicBody(
      request({
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Hi' },
          { role: 'developer', content: [{ type: 'text', text: 'Answer in French.' }] },
        ],
      }),
      target,
    );
    expect(body.system).toEqual([
      { type: 'text', text: 'Be brief.' },
      { type: 'text', text: 'Answer in French.' },
    ]);
    expect(body.messages).toEqual([{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }]);
  });

  it('turns assistant tool calls into tool_use blocks and tool messages into one user turn of tool_result blocks', () => {
    const body = toAnthropicBody(
      request({
        messages: [
          { role: 'user', content: 'Weather in Paris and Rome?' },
          {
            role: 'assistant',
            content: 'Checking.',
            tool_calls: [
              {
                id: 'call_1',
                type: 'function',
                function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
              },
              {
                id: 'call_2',
                type: 'function',
                function: { name: 'get_weather', arguments: '{"city":"Rome"}' },
              },
            ],
          },
          { role: 'tool', tool_call_id: 'call_1', content: '18°C' },
          { role: 'tool', tool_call_id: 'call_2', content: [{ type: 'text', text: '24°C' }] },
          { role: 'user', content: 'Thanks, which is warmer?' },
        ],
      }),
      target,
    );
    expect(body.messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'Weather in Paris and Rome?' }] },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: 'Checking.' },
          { type: 'tool_use', id: 'call_1', name: 'get_weather', input: { city: 'Paris' } },
          { type: 'tool_use', id: 'call_2', name: 'get_weather', input: { city: 'Rome' } },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'call_1', content: '18°C' },
          { type: 'tool_result', tool_use_id: 'call_2', content: [{ type: 'text', text: '24°C' }] },
          { type: 'text', text: 'Thanks, which is warmer?' },
        ],
      },
    ]);
  });

  it('makes tool ids from other providers fit Anthropic’s id pattern, keeping pairs matched', () => {
    const geminiId = 'call_gh7_0~CiQB0e2Kb7x+R/w==';
    const body = toAnthropicBody(
      request({
        messages: [
          { role: 'user', content: 'x' },
          {
            role: 'assistant',
            content: null,
            tool_calls: [
              { id: geminiId, type: 'function', function: { name: 'f', arguments: '{}' } },
            ],
          },
          { role: 'tool', tool_call_id: geminiId, content: 'ok' },
        ],
      }),
      target,
    );
    expect(body.messages[1]?.content).toEqual([
      { type: 'tool_use', id: 'call_gh7_0_CiQB0e2Kb7x_R_w__', name: 'f', input: {} },
    ]);
    expect(body.messages[2]?.content).toEqual([
      { type: 'tool_result', tool_use_id: 'call_gh7_0_CiQB0e2Kb7x_R_w__', content: 'ok' },
    ]);
  });

  it('rejects tool call arguments that are not a JSON object', () => {
    const bad = request({
      messages: [
        { role: 'user', content: 'x' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '[1]' } }],
        },
      ],
    });
    expect(() => toAnthropicBody(bad, target)).toThrow(ProviderRequestError);
    try {
      toAnthropicBody(bad, target);
    } catch (error) {
      expect((error as ProviderRequestError).param).toBe(
        'messages[1].tool_calls[0].function.arguments',
      );
    }
  });

  it('sends data-URL images inline as base64 and http images by URL', () => {
    const body = toAnthropicBody(
      request({
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'Compare' },
              { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
              { type: 'image_url', image_url: { url: 'https://example.com/cat.jpg' } },
            ],
          },
        ],
      }),
      target,
    );
    expect(body.messages[0]?.content).toEqual([
      { type: 'text', text: 'Compare' },
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
      { type: 'image', source: { type: 'url', url: 'https://example.com/cat.jpg' } },
    ]);
  });

  it('maps tools with input_schema and every tool_choice', () => {
    const withTools = (extra: Partial<ChatRequest>) =>
      toAnthropicBody(request({ tools: [weatherTool], ...extra }), target);
    expect(withTools({}).tools).toEqual([
      {
        name: 'get_weather',
        description: 'Current weather',
        input_schema: weatherTool.function.parameters,
      },
    ]);
    expect(withTools({}).tool_choice).toBeUndefined();
    expect(withTools({ tool_choice: 'auto' }).tool_choice).toEqual({ type: 'auto' });
    expect(withTools({ tool_choice: 'required' }).tool_choice).toEqual({ type: 'any' });
    expect(withTools({ tool_choice: 'none' }).tool_choice).toEqual({ type: 'none' });
    expect(
      withTools({ tool_choice: { type: 'function', function: { name: 'get_weather' } } })
        .tool_choice,
    ).toEqual({ type: 'tool', name: 'get_weather' });
    expect(withTools({ parallel_tool_calls: false }).tool_choice).toEqual({
      type: 'auto',
      disable_parallel_tool_use: true,
    });
    // No tools: no tool_choice (Anthropic rejects a forcing choice without tools).
    expect(
      toAnthropicBody(request({ tool_choice: 'required' }), target).tool_choice,
    ).toBeUndefined();
  });

  it('gives a parameterless function an empty object schema', () => {
    const body = toAnthropicBody(
      request({ tools: [{ type: 'function', function: { name: 'now', strict: true } }] }),
      target,
    );
    expect(body.tools).toEqual([
      { name: 'now', input_schema: { type: 'object', properties: {} }, strict: true },
    ]);
  });

  it('maps stop, temperature (capped at 1), top_p and user', () => {
    const body = toAnthropicBody(
      request({ stop: 'END', temperature: 1.4, top_p: 0.9, user: 'user-42', seed: 7 }),
      target,
    );
    expect(body).toMatchObject({
      stop_sequences: ['END'],
      temperature: 1,
      top_p: 0.9,
      metadata: { user_id: 'user-42' },
    });
    expect(body).not.toHaveProperty('seed');
    expect(toAnthropicBody(request({ stop: ['a', 'b'] }), target).stop_sequences).toEqual([
      'a',
      'b',
    ]);
  });

  it('leaves sampling out for a provider configured with omitSamplingParams', () => {
    const newer = { ...target, settings: { omitSamplingParams: true } };
    const body = toAnthropicBody(request({ temperature: 0.2, top_p: 0.5, stop: 'END' }), newer);
    expect(body.stop_sequences).toEqual(['END']);
    expect(body).not.toHaveProperty('temperature');
    expect(body).not.toHaveProperty('top_p');
  });

  it('maps a json_schema response_format to output_config.format, json_object to a system instruction', () => {
    const schema = { type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] };
    const structured = toAnthropicBody(
      request({ response_format: { type: 'json_schema', json_schema: { name: 'count', schema } } }),
      target,
    );
    expect(structured.output_config).toEqual({ format: { type: 'json_schema', schema } });
    expect(structured.system).toBeUndefined();
    const jsonMode = toAnthropicBody(request({ response_format: { type: 'json_object' } }), target);
    expect(jsonMode.output_config).toBeUndefined();
    expect(jsonMode.system?.[0]?.text).toMatch(/single valid JSON object/);
  });

  it('refuses n > 1', () => {
    expect(() => toAnthropicBody(request({ n: 2 }), target)).toThrow(/n must be 1/);
    expect(toAnthropicBody(request({ n: 1 }), target).model).toBe('claude-sonnet-4-5-20250929');
  });

  it('honours a provider-configured API version', () => {
    const http = toAnthropicRequest(request({}), {
      ...target,
      settings: { anthropicVersion: '2026-10-21' },
    });
    expect(http.headers['anthropic-version']).toBe('2026-10-21');
  });
});

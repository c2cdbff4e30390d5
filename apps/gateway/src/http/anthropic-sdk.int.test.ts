// /v1/messages through the official `@anthropic-ai/sdk`, pointed at the gateway by base URL only:
// Anthropic's format in, any provider behind it.
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../test-support/start-test-gateway.js';

const MODELS: ReadonlyArray<readonly [string, string]> = [
  ['claude-haiku-4-5', 'anthropic'],
  ['gpt-4o-mini', 'openai'],
  ['gemini-2.5-flash', 'gemini'],
  ['gpt-4o-eu', 'azure-openai'],
  ['llama-3.1-8b', 'vllm'],
  ['mistral-small', 'mistral'],
];

const weatherTool: Anthropic.Tool = {
  name: 'get_weather',
  description: 'Current weather for a city',
  input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};

describe('gateway × Anthropic SDK (/v1/messages)', () => {
  let gateway: TestGateway;
  let client: Anthropic;

  beforeAll(async () => {
    gateway = await startTestGateway();
    client = new Anthropic({ baseURL: gateway.baseUrl, apiKey: gateway.demoKey, maxRetries: 0 });
  });

  afterAll(async () => {
    await gateway?.close();
  });

  describe.each(MODELS)('%s', (model, provider) => {
    it('answers a message with usage', async () => {
      const { data, response } = await client.messages
        .create({
          model,
          max_tokens: 200,
          system: 'You are terse.',
          messages: [{ role: 'user', content: 'Say hello in five words.' }],
        })
        .withResponse();
      expect(response.headers.get('x-gatehouse-provider')).toBe(provider);
      expect(data.type).toBe('message');
      expect(data.role).toBe('assistant');
      expect(data.model).toBe(model);
      expect(data.stop_reason).toBe('end_turn');
      const text = data.content.find((block) => block.type === 'text');
      expect(text?.type === 'text' ? text.text.length : 0).toBeGreaterThan(0);
      expect(data.usage.input_tokens).toBeGreaterThan(0);
      expect(data.usage.output_tokens).toBeGreaterThan(0);
    });

    it('streams a message event by event', async () => {
      const stream = client.messages.stream({
        model,
        max_tokens: 300,
        messages: [{ role: 'user', content: 'Tell me about gateways.' }],
      });
      const seen = new Set<string>();
      stream.on('streamEvent', (event) => seen.add(event.type));
      let text = '';
      stream.on('text', (delta) => (text += delta));
      const final = await stream.finalMessage();
      expect(text.length).toBeGreaterThan(10);
      expect(final.stop_reason).toBe('end_turn');
      expect(final.usage.output_tokens).toBeGreaterThan(0);
      expect([...seen]).toEqual(
        expect.arrayContaining([
          'message_start',
          'content_block_start',
          'content_block_delta',
          'message_delta',
          'message_stop',
        ]),
      );
    });

    it('uses a tool, streamed too', async () => {
      const request = {
        model,
        max_tokens: 300,
        tools: [weatherTool],
        tool_choice: { type: 'any' as const },
        messages: [{ role: 'user' as const, content: 'What is the weather in Paris?' }],
      };
      const message = await client.messages.create(request);
      expect(message.stop_reason).toBe('tool_use');
      const use = message.content.find((block) => block.type === 'tool_use');
      expect(use?.type === 'tool_use' ? use.name : null).toBe('get_weather');
      expect(use?.type === 'tool_use' ? use.input : null).toHaveProperty('city');
      const streamed = await client.messages.stream(request).finalMessage();
      const streamedUse = streamed.content.find((block) => block.type === 'tool_use');
      expect(streamedUse?.type === 'tool_use' ? streamedUse.input : null).toHaveProperty('city');
    });
  });

  it('refuses a bad key and an unknown model in Anthropic error classes', async () => {
    const bad = new Anthropic({
      baseURL: gateway.baseUrl,
      apiKey: 'gh_notarealkey000000000000',
      maxRetries: 0,
    });
    const denied = await bad.messages
      .create({
        model: 'claude-haiku-4-5',
        max_tokens: 10,
        messages: [{ role: 'user', content: 'hi' }],
      })
      .catch((error: unknown) => error);
    expect(denied).toBeInstanceOf(Anthropic.AuthenticationError);
    const missing = await client.messages
      .create({ model: 'claude-99', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] })
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(Anthropic.NotFoundError);
    expect((missing as InstanceType<typeof Anthropic.NotFoundError>).error).toMatchObject({
      type: 'error',
      error: { type: 'not_found_error' },
    });
  });

  it('validates the body as the Messages API does (max_tokens is required)', async () => {
    const response = await fetch(`${gateway.baseUrl}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': gateway.demoKey },
      body: JSON.stringify({
        model: 'claude-haiku-4-5',
        messages: [{ role: 'user', content: 'hi' }],
      }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      type: 'error',
      error: { type: 'invalid_request_error', message: expect.stringContaining('max_tokens') },
    });
  });
});

import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countTokens } from '../core/count-tokens.js';
import {
  rejectionOf,
  startMockProvider,
  type RunningMock,
} from '../test-support/start-mock-provider.js';

let mock: RunningMock;
let client: Anthropic;
const hello = [{ role: 'user' as const, content: 'Hello, Claude!' }];
const policy = Array.from(
  { length: 300 },
  (_, i) => `Policy clause ${i}: keys rotate every ${i + 1} days and budgets reset monthly.`,
).join(' ');

const weatherTool: Anthropic.Tool = {
  name: 'get_weather',
  description: 'Current weather',
  input_schema: {
    type: 'object',
    properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['c', 'f'] } },
    required: ['city'],
  },
};

beforeAll(async () => {
  mock = await startMockProvider();
  client = new Anthropic({
    apiKey: 'sk-ant-test',
    baseURL: `${mock.baseUrl}/anthropic`,
    maxRetries: 0,
  });
});
afterAll(async () => {
  await mock.app.close();
});

describe('Anthropic Messages (official SDK)', () => {
  it('answers JSON matching output_config.format (structured outputs)', async () => {
    const message = await client.messages.create({
      model: 'claude-sonnet-4-6',
      max_tokens: 300,
      messages: [{ role: 'user', content: 'A city and its country, please.' }],
      output_config: {
        format: {
          type: 'json_schema',
          schema: {
            type: 'object',
            properties: { city: { type: 'string' }, country: { type: 'string' } },
            required: ['city', 'country'],
            additionalProperties: false,
          },
        },
      },
    });
    const block = message.content[0];
    const parsed: unknown = JSON.parse(block?.type === 'text' ? block.text : '');
    expect(parsed).toEqual({ city: expect.any(String), country: expect.any(String) });
  });

  it('answers with text blocks, stop_reason and usage', async () => {
    const message = await client.messages.create({
      model: 'claude-sonnet-4-6',
      max_tokens: 200,
      system: 'Be brief.',
      messages: hello,
    });
    const block = message.content[0];
    const text = block?.type === 'text' ? block.text : '';
    expect(
      text.startsWith('This is a mock answer from claude-sonnet-4-6 to "Hello, Claude!". '),
    ).toBe(true);
    expect(message).toMatchObject({
      type: 'message',
      role: 'assistant',
      stop_reason: 'end_turn',
      stop_sequence: null,
    });
    expect(message.id).toMatch(/^msg_01/);
    expect(message.usage.output_tokens).toBe(countTokens(text));
    const counted = await client.messages.countTokens({
      model: 'claude-sonnet-4-6',
      system: 'Be brief.',
      messages: hello,
    });
    expect(message.usage.input_tokens).toBe(counted.input_tokens);
    expect(message.usage.cache_read_input_tokens).toBe(0);
  });

  it('streams via messages.stream() to the same final message', async () => {
    const plain = await client.messages.create({
      model: 'claude-haiku-4-5',
      max_tokens: 200,
      messages: hello,
    });
    const stream = client.messages.stream({
      model: 'claude-haiku-4-5',
      max_tokens: 200,
      messages: hello,
    });
    const deltas: string[] = [];
    stream.on('text', (delta) => deltas.push(delta));
    const final = await stream.finalMessage();
    expect(final.content).toEqual(plain.content);
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.join('')).toBe(plain.content[0]?.type === 'text' ? plain.content[0].text : '');
    expect(final.stop_reason).toBe('end_turn');
    expect(final.usage).toMatchObject({
      input_tokens: plain.usage.input_tokens,
      output_tokens: plain.usage.output_tokens,
    });
  });

  it('streams tool_use input as input_json_delta the SDK parses', async () => {
    const final = await client.messages
      .stream({
        model: 'claude-sonnet-4-6',
        max_tokens: 300,
        messages: [{ role: 'user', content: 'Weather in Oslo?' }],
        tools: [weatherTool],
      })
      .finalMessage();
    expect(final.stop_reason).toBe('tool_use');
    expect(final.content.map((b) => b.type)).toEqual(['text', 'tool_use']);
    const toolUse = final.content[1];
    expect(toolUse?.type === 'tool_use' ? toolUse.input : null).toEqual({
      city: 'mock-city',
      unit: 'c',
    });
    expect(toolUse?.type === 'tool_use' ? toolUse.id : '').toMatch(/^toolu_01/);
  });

  it('streams extended thinking blocks with their signature before the answer', async () => {
    const stream = client.messages.stream({
      model: 'claude-sonnet-4-6',
      max_tokens: 4000,
      thinking: { type: 'enabled', budget_tokens: 2048 },
      messages: hello,
    });
    const thinkingDeltas: string[] = [];
    stream.on('thinking', (delta) => thinkingDeltas.push(delta));
    const final = await stream.finalMessage();
    expect(final.content.map((b) => b.type)).toEqual(['thinking', 'text']);
    const thinking = final.content[0];
    expect(thinking?.type === 'thinking' ? countTokens(thinking.thinking) : 0).toBe(64);
    expect(thinking?.type === 'thinking' ? thinking.signature.length : 0).toBeGreaterThan(10);
    expect(thinkingDeltas.join('')).toBe(thinking?.type === 'thinking' ? thinking.thinking : '');
    const text = final.content[1]?.type === 'text' ? final.content[1].text : '';
    expect(final.usage.output_tokens).toBe(countTokens(text) + 64);
    const tooSmall = await rejectionOf(
      client.messages.create({
        model: 'claude-sonnet-4-6',
        max_tokens: 1024,
        thinking: { type: 'enabled', budget_tokens: 2048 },
        messages: hello,
      }),
    );
    expect(tooSmall).toBeInstanceOf(Anthropic.BadRequestError);
  });

  it('writes and then reads the prompt cache at cache_control breakpoints', async () => {
    const system: Anthropic.TextBlockParam[] = [
      { type: 'text', text: policy, cache_control: { type: 'ephemeral' } },
    ];
    const first = await client.messages.create({
      model: 'claude-opus-4-7',
      max_tokens: 100,
      system,
      messages: [{ role: 'user', content: 'First question' }],
    });
    const second = await client.messages.create({
      model: 'claude-opus-4-7',
      max_tokens: 100,
      system,
      messages: [{ role: 'user', content: 'Second question' }],
    });
    const prefix = 4 + 3 + countTokens(policy);
    expect(first.usage).toMatchObject({
      cache_creation_input_tokens: prefix,
      cache_read_input_tokens: 0,
    });
    expect(second.usage).toMatchObject({
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: prefix,
    });
    const counted = await client.messages.countTokens({
      model: 'claude-opus-4-7',
      system,
      messages: [{ role: 'user', content: 'Second question' }],
    });
    expect(second.usage.input_tokens + prefix).toBe(counted.input_tokens);
  });

  it('truncates at max_tokens and stops at stop sequences', async () => {
    const short = await client.messages.create({
      model: 'claude-sonnet-4-6',
      max_tokens: 4,
      messages: hello,
    });
    expect(short.stop_reason).toBe('max_tokens');
    expect(short.usage.output_tokens).toBe(4);
    const stopped = await client.messages.create({
      model: 'claude-sonnet-4-6',
      max_tokens: 100,
      messages: hello,
      stop_sequences: ['mock'],
    });
    expect(stopped).toMatchObject({
      stop_reason: 'stop_sequence',
      stop_sequence: 'mock',
      content: [{ type: 'text', text: 'This is a ' }],
    });
  });

  it("rejects bad requests with Anthropic's error types", async () => {
    const badKey = await rejectionOf(
      new Anthropic({ apiKey: 'invalid', baseURL: client.baseURL, maxRetries: 0 }).messages.create({
        model: 'claude-sonnet-4-6',
        max_tokens: 10,
        messages: hello,
      }),
    );
    expect(badKey).toBeInstanceOf(Anthropic.AuthenticationError);
    expect(badKey).toMatchObject({
      status: 401,
      error: {
        type: 'error',
        error: { type: 'authentication_error', message: 'invalid x-api-key' },
      },
    });
    const model = await rejectionOf(
      client.messages.create({ model: 'claude-nope', max_tokens: 10, messages: hello }),
    );
    expect(model).toBeInstanceOf(Anthropic.NotFoundError);
    expect(model).toMatchObject({
      status: 404,
      error: { error: { type: 'not_found_error', message: 'model: claude-nope' } },
    });
    const noMax = await rejectionOf(
      client.messages.create({
        model: 'claude-sonnet-4-6',
        messages: hello,
      } as unknown as Anthropic.MessageCreateParamsNonStreaming),
    );
    expect(noMax).toBeInstanceOf(Anthropic.BadRequestError);
    expect(noMax).toMatchObject({
      status: 400,
      error: { error: { type: 'invalid_request_error', message: 'max_tokens: Field required' } },
    });
  });

  it('requires the anthropic-version header', async () => {
    const response = await fetch(`${mock.baseUrl}/anthropic/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': 'k', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'claude-sonnet-4-6', max_tokens: 10, messages: hello }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      type: 'error',
      error: { type: 'invalid_request_error', message: 'anthropic-version: header is required' },
    });
  });

  it('injects 529 overloaded and breaks a dropped stream', async () => {
    const overloaded = await rejectionOf(
      client.messages.create(
        { model: 'claude-sonnet-4-6', max_tokens: 10, messages: hello },
        { headers: { 'x-mock-status': '529', 'x-mock-retry-after': '2' } },
      ),
    );
    expect(overloaded).toBeInstanceOf(Anthropic.InternalServerError);
    expect(overloaded).toMatchObject({
      status: 529,
      error: { error: { type: 'overloaded_error' } },
    });
    const stream = client.messages.stream(
      { model: 'claude-sonnet-4-6', max_tokens: 100, messages: hello },
      { headers: { 'x-mock-drop-after-chunks': '4' } },
    );
    const dropped = await rejectionOf(stream.finalMessage());
    expect(dropped).toBeInstanceOf(Error);
    const failing = client.messages.stream(
      { model: 'claude-sonnet-4-6', max_tokens: 100, messages: hello },
      { headers: { 'x-mock-stream-error-after-chunks': '5' } },
    );
    const midStream = await rejectionOf(failing.finalMessage());
    expect(midStream).toBeInstanceOf(Anthropic.APIError);
    expect(midStream).toMatchObject({
      error: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
    });
  });
});

import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countOpenAiPromptTokens, countTokens } from '../core/count-tokens.js';
import {
  rejectionOf,
  startMockProvider,
  type RunningMock,
} from '../test-support/start-mock-provider.js';

let mock: RunningMock;
let client: OpenAI;
const hello = [{ role: 'user' as const, content: 'Hello, mock!' }];
const policy = Array.from(
  { length: 300 },
  (_, i) => `Policy clause ${i}: keys rotate every ${i + 1} days and budgets reset monthly.`,
).join(' ');

beforeAll(async () => {
  mock = await startMockProvider();
  client = new OpenAI({ apiKey: 'sk-test', baseURL: `${mock.baseUrl}/openai/v1`, maxRetries: 0 });
});
afterAll(async () => {
  await mock.app.close();
});

describe('OpenAI chat completions (official SDK)', () => {
  it('answers deterministically with tokenizer-exact usage', async () => {
    const first = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: hello });
    const second = await client.chat.completions.create({ model: 'gpt-4o-mini', messages: hello });
    const content = first.choices[0]?.message.content ?? '';
    expect(content.startsWith('This is a mock answer from gpt-4o-mini to "Hello, mock!". ')).toBe(
      true,
    );
    expect(second.choices[0]?.message.content).toBe(content);
    expect(first.choices[0]?.finish_reason).toBe('stop');
    expect(first.usage).toMatchObject({
      prompt_tokens: countOpenAiPromptTokens([{ role: 'user', content: 'Hello, mock!' }]),
      completion_tokens: countTokens(content),
    });
  });

  it('streams the same answer, with a final usage chunk when include_usage is set', async () => {
    const plain = await client.chat.completions.create({ model: 'gpt-4o', messages: hello });
    const stream = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: hello,
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let finish: string | null = null;
    let usage: OpenAI.CompletionUsage | null | undefined;
    let chunks = 0;
    for await (const chunk of stream) {
      chunks += 1;
      text += chunk.choices[0]?.delta.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(chunks).toBeGreaterThan(5);
    expect(text).toBe(plain.choices[0]?.message.content);
    expect(finish).toBe('stop');
    expect(usage).toMatchObject({
      prompt_tokens: plain.usage?.prompt_tokens,
      completion_tokens: plain.usage?.completion_tokens,
    });
  });

  it('streams tool calls as argument deltas the SDK assembles', async () => {
    const tools: OpenAI.ChatCompletionTool[] = [
      {
        type: 'function',
        function: {
          name: 'get_weather',
          parameters: {
            type: 'object',
            properties: { city: { type: 'string' }, days: { type: 'integer' } },
            required: ['city'],
          },
        },
      },
    ];
    const stream = client.chat.completions.stream({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Weather in Paris?' }],
      tools,
    });
    const final = await stream.finalChatCompletion();
    const call = final.choices[0]?.message.tool_calls?.[0];
    expect(final.choices[0]?.finish_reason).toBe('tool_calls');
    expect(call?.type === 'function' ? call.function.name : '').toBe('get_weather');
    const args = JSON.parse(call?.type === 'function' ? call.function.arguments : '{}') as {
      city: string;
      days: number;
    };
    expect(args.city).toBe('mock-city');
    expect(Number.isInteger(args.days)).toBe(true);
    expect(call?.id).toMatch(/^call_/);
  });

  it('answers a tool result in text', async () => {
    const completion = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      tools: [
        {
          type: 'function',
          function: { name: 'lookup', parameters: { type: 'object', properties: {} } },
        },
      ],
      messages: [
        { role: 'user', content: 'Look it up' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            { id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'call_1', content: '42' },
      ],
    });
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(completion.choices[0]?.message.content).toContain('mock answer');
  });

  it('returns valid JSON for json_schema response formats', async () => {
    const completion = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: hello,
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'review',
          schema: {
            type: 'object',
            properties: { title: { type: 'string' }, stars: { type: 'integer' } },
            required: ['title', 'stars'],
          },
        },
      },
    });
    const parsed = JSON.parse(completion.choices[0]?.message.content ?? '') as {
      title: string;
      stars: number;
    };
    expect(parsed.title).toBe('mock-title');
    expect(Number.isInteger(parsed.stars)).toBe(true);
  });

  it('truncates each of n choices at max_tokens with finish_reason length', async () => {
    const completion = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: hello,
      n: 2,
      max_tokens: 3,
    });
    expect(completion.choices.map((c) => c.finish_reason)).toEqual(['length', 'length']);
    expect(completion.choices.map((c) => countTokens(c.message.content ?? ''))).toEqual([3, 3]);
    expect(completion.usage?.completion_tokens).toBe(6);
  });

  it('counts reasoning tokens of reasoning models in completion_tokens', async () => {
    const completion = await client.chat.completions.create({
      model: 'gpt-5-mini',
      messages: hello,
      reasoning_effort: 'low',
    });
    const visible = countTokens(completion.choices[0]?.message.content ?? '');
    expect(completion.usage?.completion_tokens_details?.reasoning_tokens).toBe(24);
    expect(completion.usage?.completion_tokens).toBe(visible + 24);
    const starved = await client.chat.completions.create({
      model: 'o3-mini',
      messages: hello,
      max_completion_tokens: 20,
    });
    expect(starved.choices[0]).toMatchObject({ finish_reason: 'length', message: { content: '' } });
    expect(starved.usage).toMatchObject({
      completion_tokens: 20,
      completion_tokens_details: { reasoning_tokens: 20 },
    });
  });

  it('reports cached prompt tokens when a long prompt prefix repeats', async () => {
    const first = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: policy },
        { role: 'user', content: 'First question' },
      ],
    });
    const second = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [
        { role: 'system', content: policy },
        { role: 'user', content: 'Second question' },
      ],
    });
    expect(first.usage?.prompt_tokens_details?.cached_tokens).toBe(0);
    const systemTokens = countOpenAiPromptTokens([{ role: 'system', content: policy }]) - 3;
    expect(systemTokens).toBeGreaterThan(1024);
    expect(second.usage?.prompt_tokens_details?.cached_tokens).toBe(
      1024 + Math.floor((systemTokens - 1024) / 128) * 128,
    );
  });

  it('rejects bad requests the way OpenAI does', async () => {
    const auth = await rejectionOf(
      new OpenAI({ apiKey: 'invalid-key', baseURL: client.baseURL, maxRetries: 0 }).models.list(),
    );
    expect(auth).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(auth).toMatchObject({ status: 401, code: 'invalid_api_key' });
    const model = await rejectionOf(
      client.chat.completions.create({ model: 'gpt-nope', messages: hello }),
    );
    expect(model).toBeInstanceOf(OpenAI.NotFoundError);
    expect(model).toMatchObject({ status: 404, code: 'model_not_found' });
    const temperature = await rejectionOf(
      client.chat.completions.create({ model: 'gpt-4o', messages: hello, temperature: 5 }),
    );
    expect(temperature).toBeInstanceOf(OpenAI.BadRequestError);
    expect(temperature).toMatchObject({
      status: 400,
      param: 'temperature',
      type: 'invalid_request_error',
    });
    const empty = await rejectionOf(
      client.chat.completions.create({ model: 'gpt-4o', messages: [] }),
    );
    expect(empty).toMatchObject({ status: 400, param: 'messages' });
    const unknownField = await rejectionOf(
      client.chat.completions.create({
        model: 'gpt-4o',
        messages: hello,
        gateway_route: 'x',
      } as OpenAI.ChatCompletionCreateParamsNonStreaming),
    );
    expect(unknownField).toMatchObject({
      status: 400,
      message: '400 Unrecognized request argument supplied: gateway_route',
    });
    const reasoning = await rejectionOf(
      client.chat.completions.create({ model: 'gpt-5-mini', messages: hello, max_tokens: 50 }),
    );
    expect(reasoning).toMatchObject({
      status: 400,
      param: 'max_tokens',
      code: 'unsupported_parameter',
    });
  });
});

describe('OpenAI embeddings and models (official SDK)', () => {
  it('returns the same vectors as base64 (SDK default) and float', async () => {
    const viaBase64 = await client.embeddings.create({
      model: 'text-embedding-3-small',
      input: ['alpha', 'beta'],
    });
    const viaFloat = await client.embeddings.create({
      model: 'text-embedding-3-small',
      input: ['alpha', 'beta'],
      encoding_format: 'float',
    });
    expect(viaBase64.data).toHaveLength(2);
    expect(viaBase64.data[0]?.embedding).toHaveLength(1536);
    expect(viaBase64.data[0]?.embedding).toEqual(viaFloat.data[0]?.embedding);
    expect(viaBase64.usage).toEqual({
      prompt_tokens: countTokens('alpha') + countTokens('beta'),
      total_tokens: countTokens('alpha') + countTokens('beta'),
    });
    const short = await client.embeddings.create({
      model: 'text-embedding-3-large',
      input: 'alpha',
      dimensions: 256,
    });
    expect(short.data[0]?.embedding).toHaveLength(256);
    const ada = await rejectionOf(
      client.embeddings.create({
        model: 'text-embedding-ada-002',
        input: 'alpha',
        dimensions: 256,
      }),
    );
    expect(ada).toMatchObject({ status: 400, param: 'dimensions' });
  });

  it('lists models', async () => {
    const ids: string[] = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(ids).toContain('gpt-4o-mini');
    expect(ids).toContain('text-embedding-3-small');
    expect((await client.models.retrieve('gpt-4o')).id).toBe('gpt-4o');
  });
});

describe('fault controls seen through the OpenAI SDK', () => {
  it('injects a 429 with retry-after', async () => {
    const error = await rejectionOf(
      client.chat.completions.create(
        { model: 'gpt-4o', messages: hello },
        { headers: { 'x-mock-status': '429', 'x-mock-retry-after': '7' } },
      ),
    );
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limit_exceeded' });
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).headers.get('retry-after')).toBe(
      '7',
    );
  });

  it('breaks the stream when the socket drops mid-stream', async () => {
    const stream = await client.chat.completions.create(
      { model: 'gpt-4o', messages: hello, stream: true },
      { headers: { 'x-mock-drop-after-chunks': '3' } },
    );
    let received = 0;
    const error = await rejectionOf(
      (async () => {
        for await (const _chunk of stream) received += 1;
      })(),
    );
    expect(error).toBeInstanceOf(Error);
    expect(received).toBe(3);
  });

  it('drops the connection before answering with x-mock-drop-after-chunks: 0', async () => {
    const error = await rejectionOf(
      client.chat.completions.create(
        { model: 'gpt-4o', messages: hello },
        { headers: { 'x-mock-drop-after-chunks': '0' } },
      ),
    );
    expect(error).toBeInstanceOf(OpenAI.APIConnectionError);
  });

  it('reports an error event in the middle of a stream', async () => {
    const stream = await client.chat.completions.create(
      { model: 'gpt-4o', messages: hello, stream: true },
      { headers: { 'x-mock-stream-error-after-chunks': '2' } },
    );
    let received = 0;
    const error = await rejectionOf(
      (async () => {
        for await (const _chunk of stream) received += 1;
      })(),
    );
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect((error as InstanceType<typeof OpenAI.APIError>).message).toContain(
      'The server had an error while processing your request',
    );
    expect(received).toBe(2);
  });

  it('delays by x-mock-latency-ms and honours global faults for `times` requests', async () => {
    const started = Date.now();
    await client.models.list({ headers: { 'x-mock-latency-ms': '150' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    const set = await fetch(`${mock.baseUrl}/_control/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 503, times: 1, targets: ['openai'] }),
    });
    expect(set.status).toBe(200);
    const failed = await rejectionOf(
      client.chat.completions.create({ model: 'gpt-4o', messages: hello }),
    );
    expect(failed).toBeInstanceOf(OpenAI.InternalServerError);
    expect(failed).toMatchObject({ status: 503 });
    const recovered = await client.chat.completions.create({ model: 'gpt-4o', messages: hello });
    expect(recovered.choices[0]?.finish_reason).toBe('stop');
  });
});

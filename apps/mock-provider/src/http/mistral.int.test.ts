import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countTokens } from '../core/count-tokens.js';
import { startMockProvider, type RunningMock } from '../test-support/start-mock-provider.js';

let mock: RunningMock;

beforeAll(async () => {
  mock = await startMockProvider();
});
afterAll(async () => {
  await mock.app.close();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${mock.baseUrl}/mistral/v1${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: 'Bearer mistral-key',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

type ChatBody = {
  id: string;
  object: string;
  model: string;
  choices: {
    index: number;
    message: {
      content: string;
      tool_calls: { id: string; function: { name: string; arguments: string } }[] | null;
    };
    finish_reason: string;
  }[];
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
};
type ErrorBody = {
  message: string & { detail: { type: string; loc: (string | number)[]; msg: string }[] };
};
type EmbeddingsBody = {
  object: string;
  data: { index: number; embedding: number[] }[];
  usage: unknown;
};
const read = async <T>(response: Response): Promise<T> => (await response.json()) as T;

const dataEvents = (text: string): string[] =>
  text
    .split('\n\n')
    .filter((frame) => frame.startsWith('data: '))
    .map((frame) => frame.slice(6));

const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
};

describe('Mistral chat completions (plain fetch)', () => {
  it('answers in Mistral’s shape with usage', async () => {
    const response = await post('/chat/completions', {
      model: 'mistral-small-latest',
      messages: [{ role: 'user', content: 'Hello, Mistral!' }],
      random_seed: 1,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('mistral-correlation-id')).toMatch(/^[A-Za-z0-9]{32}$/);
    const body = await read<ChatBody>(response);
    expect(body.id).toMatch(/^[0-9a-f]{32}$/);
    expect(body.object).toBe('chat.completion');
    expect(body.model).toBe('mistral-small-latest');
    const text = body.choices[0]?.message.content ?? '';
    expect(text.length).toBeGreaterThan(0);
    expect(body.choices[0]).toMatchObject({
      index: 0,
      finish_reason: 'stop',
      message: { tool_calls: null },
    });
    // <s> + 3 framing + the text
    const prompt = 1 + 3 + countTokens('Hello, Mistral!');
    expect(body.usage).toEqual({
      prompt_tokens: prompt,
      completion_tokens: countTokens(text),
      total_tokens: prompt + countTokens(text),
    });
  });

  it('streams text, then a last chunk with finish_reason and usage, then [DONE]', async () => {
    const response = await post('/chat/completions', {
      model: 'mistral-small-latest',
      messages: [{ role: 'user', content: 'Tell me about Lyon.' }],
      stream: true,
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = dataEvents(await response.text());
    expect(events.at(-1)).toBe('[DONE]');
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e));
    expect(chunks[0].choices[0].delta).toEqual({ role: 'assistant', content: '' });
    const last = chunks.at(-1);
    expect(last.choices[0].finish_reason).toBe('stop');
    expect(last.usage.prompt_tokens).toBe(1 + 3 + countTokens('Tell me about Lyon.'));
    expect(chunks.slice(0, -1).every((c: { usage?: unknown }) => c.usage === undefined)).toBe(true);
    const text = chunks
      .map((c: { choices: { delta: { content?: string } }[] }) => c.choices[0]?.delta.content ?? '')
      .join('');
    expect(last.usage.completion_tokens).toBe(countTokens(text));
  });

  it('calls a tool with tool_choice "any": 9-character id, whole call in one chunk, no index', async () => {
    const request = {
      model: 'mistral-small-latest',
      messages: [{ role: 'user', content: 'Weather in Paris?' }],
      tools: [weatherTool],
      tool_choice: 'any',
    };
    const plain = await read<ChatBody>(await post('/chat/completions', request));
    const call = plain.choices[0]!.message.tool_calls![0]!;
    expect(call.id).toMatch(/^[A-Za-z0-9]{9}$/);
    expect(call.function.name).toBe('get_weather');
    expect(JSON.parse(call.function.arguments)).toHaveProperty('city');
    expect(plain.choices[0]?.finish_reason).toBe('tool_calls');

    const events = dataEvents(
      await (await post('/chat/completions', { ...request, stream: true })).text(),
    );
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e));
    expect(chunks).toHaveLength(2);
    expect(chunks[1].choices[0].delta.tool_calls).toEqual([
      { id: call.id, function: { name: 'get_weather', arguments: call.function.arguments } },
    ]);
    expect(chunks[1].choices[0].finish_reason).toBe('tool_calls');
    expect(chunks[1].usage.total_tokens).toBe(plain.usage.total_tokens);
  });

  it('refuses an unknown field with a 422 extra_forbidden detail', async () => {
    const response = await post('/chat/completions', {
      model: 'mistral-small-latest',
      messages: [{ role: 'user', content: 'Hi' }],
      user: 'u-1',
      stream_options: { include_usage: true },
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      object: 'error',
      message: {
        detail: [
          {
            type: 'extra_forbidden',
            loc: ['body', 'user'],
            msg: 'Extra inputs are not permitted',
            input: 'u-1',
          },
          {
            type: 'extra_forbidden',
            loc: ['body', 'stream_options'],
            msg: 'Extra inputs are not permitted',
            input: { include_usage: true },
          },
        ],
      },
      type: 'invalid_request_message_error',
      param: null,
      code: null,
    });
  });

  it('refuses a missing field, a temperature out of range and an OpenAI-style tool-call id', async () => {
    const missing = await post('/chat/completions', { model: 'mistral-small-latest' });
    expect(missing.status).toBe(422);
    expect((await read<ErrorBody>(missing)).message.detail[0]).toEqual({
      type: 'missing',
      loc: ['body', 'messages'],
      msg: 'Field required',
    });
    const hot = await post('/chat/completions', {
      model: 'mistral-small-latest',
      messages: [{ role: 'user', content: 'Hi' }],
      temperature: 3,
    });
    expect((await read<ErrorBody>(hot)).message.detail[0]).toMatchObject({
      type: 'less_than_equal',
      loc: ['body', 'temperature'],
      msg: 'Input should be less than or equal to 1.5',
    });
    const badId = await post('/chat/completions', {
      model: 'mistral-small-latest',
      messages: [
        { role: 'user', content: 'Hi' },
        {
          role: 'assistant',
          tool_calls: [{ id: 'call_abc', function: { name: 'f', arguments: '{}' } }],
        },
        { role: 'tool', tool_call_id: 'call_abc', content: '1' },
      ],
    });
    expect(badId.status).toBe(400);
    expect((await read<ErrorBody>(badId)).message).toBe(
      'Tool call id was call_abc but must be a-z, A-Z, 0-9, with a length of 9.',
    );
  });

  it('answers 401 without a key and 400 for an unknown model', async () => {
    const unauthorized = await post('/chat/completions', {}, { authorization: '' });
    expect(unauthorized.status).toBe(401);
    expect(await unauthorized.json()).toMatchObject({ message: 'Unauthorized' });
    const unknown = await post('/chat/completions', {
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'Hi' }],
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({
      object: 'error',
      message: 'Invalid model: gpt-4o',
      type: 'invalid_model',
      param: null,
      code: '1500',
    });
  });

  it('injects a mid-stream failure as a finish_reason "error" chunk', async () => {
    const response = await post(
      '/chat/completions',
      {
        model: 'mistral-small-latest',
        messages: [{ role: 'user', content: 'Hi there' }],
        stream: true,
      },
      { 'x-mock-stream-error-after-chunks': '2' },
    );
    const events = dataEvents(await response.text());
    expect(events).toHaveLength(3);
    expect(JSON.parse(events[2]!).choices[0].finish_reason).toBe('error');
  });
});

describe('Mistral embeddings and models', () => {
  it('embeds texts with 1024 dimensions and counts tokens', async () => {
    const response = await post('/embeddings', {
      model: 'mistral-embed',
      input: ['Hello', 'world'],
    });
    const body = await read<EmbeddingsBody>(response);
    expect(body.object).toBe('list');
    expect(
      body.data.map((d: { index: number; embedding: number[] }) => [d.index, d.embedding.length]),
    ).toEqual([
      [0, 1024],
      [1, 1024],
    ]);
    expect(body.usage).toEqual({
      prompt_tokens: countTokens('Hello') + countTokens('world'),
      total_tokens: countTokens('Hello') + countTokens('world'),
      completion_tokens: 0,
    });
  });

  it('shortens codestral-embed vectors and refuses output_dimension for mistral-embed', async () => {
    const short = await read<EmbeddingsBody>(
      await post('/embeddings', { model: 'codestral-embed', input: 'x', output_dimension: 256 }),
    );
    expect(short.data[0]?.embedding).toHaveLength(256);
    const refused = await post('/embeddings', {
      model: 'mistral-embed',
      input: 'x',
      output_dimension: 256,
    });
    expect(refused.status).toBe(400);
  });

  it('lists the Mistral models', async () => {
    const response = await fetch(`${mock.baseUrl}/mistral/v1/models`, {
      headers: { authorization: 'Bearer k' },
    });
    const ids = (await read<{ data: { id: string }[] }>(response)).data.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['mistral-small-latest', 'mistral-embed']));
  });
});

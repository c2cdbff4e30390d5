// The gateway through the official `openai` client, pointed at it by base URL only: every
// provider adapter behind it (OpenAI, Azure OpenAI, Anthropic, Gemini, an OpenAI-compatible vLLM).
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../test-support/start-test-gateway.js';

// Public model name → the provider slug that must answer it.
const CHAT_MODELS: ReadonlyArray<readonly [string, string]> = [
  ['gpt-4o-mini', 'openai'],
  ['gpt-4o-eu', 'azure-openai'],
  ['claude-haiku-4-5', 'anthropic'],
  ['gemini-2.5-flash', 'gemini'],
  ['llama-3.1-8b', 'vllm'],
  ['mistral-small', 'mistral'],
];

// Embedding model → provider, one per adapter with an embeddings API (Anthropic has none).
const EMBEDDING_MODELS: ReadonlyArray<readonly [string, string]> = [
  ['text-embedding-3-small', 'openai'],
  ['embedding-eu', 'azure-openai'],
  ['gemini-embedding', 'gemini'],
  ['mistral-embed', 'mistral'],
  ['vllm-embed', 'vllm'],
];

const weatherTool: OpenAI.Chat.Completions.ChatCompletionTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Current weather for a city',
    parameters: {
      type: 'object',
      properties: { city: { type: 'string' } },
      required: ['city'],
      additionalProperties: false,
    },
  },
};

describe('gateway × openai SDK', () => {
  let gateway: TestGateway;
  let client: OpenAI;

  beforeAll(async () => {
    gateway = await startTestGateway();
    client = new OpenAI({
      baseURL: `${gateway.baseUrl}/v1`,
      apiKey: gateway.demoKey,
      maxRetries: 0,
    });
  });

  afterAll(async () => {
    await gateway?.close();
  });

  describe.each(CHAT_MODELS)('%s', (model, provider) => {
    it('answers a chat with usage, naming the provider', async () => {
      const { data, response } = await client.chat.completions
        .create({ model, messages: [{ role: 'user', content: 'Say hello in five words.' }] })
        .withResponse();
      expect(response.headers.get('x-gatehouse-provider')).toBe(provider);
      expect(response.headers.get('x-gatehouse-model')).toBe(model);
      expect(data.model).toBe(model);
      expect(data.choices[0]?.message.content?.length).toBeGreaterThan(0);
      expect(data.choices[0]?.finish_reason).toBe('stop');
      expect(data.usage?.prompt_tokens).toBeGreaterThan(0);
      expect(data.usage?.completion_tokens).toBeGreaterThan(0);
    });

    it('streams a chat and reports usage at the end when asked', async () => {
      const stream = await client.chat.completions.create({
        model,
        messages: [{ role: 'user', content: 'Tell me about gateways.' }],
        stream: true,
        stream_options: { include_usage: true },
      });
      let text = '';
      let usage: OpenAI.CompletionUsage | null | undefined;
      let finish: string | null | undefined;
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta.content ?? '';
        finish = chunk.choices[0]?.finish_reason ?? finish;
        if (chunk.usage) usage = chunk.usage;
      }
      expect(text.length).toBeGreaterThan(10);
      expect(finish).toBe('stop');
      expect(usage?.completion_tokens).toBeGreaterThan(0);
      expect(usage?.total_tokens).toBe(
        (usage?.prompt_tokens ?? 0) + (usage?.completion_tokens ?? 0),
      );
    });

    it('calls a tool, and streams the call with its arguments', async () => {
      const request = {
        model,
        messages: [{ role: 'user' as const, content: 'What is the weather in Paris?' }],
        tools: [weatherTool],
        tool_choice: 'required' as const,
      };
      const completion = await client.chat.completions.create(request);
      const call = completion.choices[0]?.message.tool_calls?.[0];
      expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
      expect(call?.type === 'function' ? call.function.name : null).toBe('get_weather');
      const args = call?.type === 'function' ? call.function.arguments : '';
      expect(JSON.parse(args)).toHaveProperty('city');

      const stream = client.chat.completions.stream({ ...request, stream: true });
      const final = await stream.finalChatCompletion();
      const streamed = final.choices[0]?.message.tool_calls?.[0];
      expect(streamed?.type === 'function' ? streamed.function.name : null).toBe('get_weather');
      expect(
        JSON.parse(streamed?.type === 'function' ? streamed.function.arguments : ''),
      ).toHaveProperty('city');
    });

    it('honours response_format json_schema', async () => {
      const completion = await client.chat.completions.create({
        model,
        messages: [{ role: 'user', content: 'Give me a city and its country.' }],
        response_format: {
          type: 'json_schema',
          json_schema: {
            name: 'place',
            strict: true,
            schema: {
              type: 'object',
              properties: { city: { type: 'string' }, country: { type: 'string' } },
              required: ['city', 'country'],
              additionalProperties: false,
            },
          },
        },
      });
      const parsed: unknown = JSON.parse(completion.choices[0]?.message.content ?? '');
      expect(parsed).toEqual({ city: expect.any(String), country: expect.any(String) });
    });
  });

  it.each(EMBEDDING_MODELS)('embeds with %s (%s) and bills tokens', async (model, provider) => {
    const { data: result, response } = await client.embeddings
      .create({ model, input: ['gatehouse', 'gateway'] })
      .withResponse();
    expect(response.headers.get('x-gatehouse-provider')).toBe(provider);
    expect(result.data).toHaveLength(2);
    expect(result.data[1]?.index).toBe(1);
    expect(result.data[0]?.embedding.length).toBeGreaterThan(100);
    expect(result.usage.prompt_tokens).toBeGreaterThan(0);
    expect(result.model).toBe(model);
  });

  it('refuses embeddings from a model whose provider has no embeddings API', async () => {
    const error = await client.embeddings
      .create({ model: 'claude-haiku-4-5', input: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
  });

  it('lists only the models this key may use', async () => {
    const all = [];
    for await (const model of client.models.list()) all.push(model.id);
    expect(all).toEqual(expect.arrayContaining(CHAT_MODELS.map(([m]) => m)));
    const trial = new OpenAI({ baseURL: `${gateway.baseUrl}/v1`, apiKey: gateway.trialKey });
    const trialModels = [];
    for await (const model of trial.models.list()) trialModels.push(model.id);
    expect(trialModels.length).toBeGreaterThan(0);
    expect(trialModels.length).toBeLessThan(all.length);
    const retrieved = await client.models.retrieve('gpt-4o-mini');
    expect(retrieved.owned_by).toBe('openai');
  });

  it('refuses a bad key with AuthenticationError and an unknown model with NotFoundError', async () => {
    const bad = new OpenAI({
      baseURL: `${gateway.baseUrl}/v1`,
      apiKey: 'gh_notarealkey000000000000',
      maxRetries: 0,
    });
    const denied = await bad.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] })
      .catch((error: unknown) => error);
    expect(denied).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((denied as InstanceType<typeof OpenAI.AuthenticationError>).code).toBe(
      'invalid_api_key',
    );
    const missing = await client.chat.completions
      .create({ model: 'gpt-9-ultra', messages: [{ role: 'user', content: 'hi' }] })
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(OpenAI.NotFoundError);
    expect((missing as InstanceType<typeof OpenAI.NotFoundError>).code).toBe('model_not_found');
  });

  it('answers a malformed body with a 400 naming the parameter', async () => {
    const error = await client.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('messages');
  });
});

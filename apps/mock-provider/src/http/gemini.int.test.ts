import { ApiError, FinishReason, GoogleGenAI, Type } from '@google/genai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countTokens } from '../core/count-tokens.js';
import {
  rejectionOf,
  startMockProvider,
  type RunningMock,
} from '../test-support/start-mock-provider.js';

let mock: RunningMock;
let ai: GoogleGenAI;
const policy = Array.from(
  { length: 300 },
  (_, i) => `Policy clause ${i}: keys rotate every ${i + 1} days and budgets reset monthly.`,
).join(' ');
const genai = (apiKey: string) =>
  new GoogleGenAI({
    apiKey,
    httpOptions: { baseUrl: `${mock.baseUrl}/gemini`, apiVersion: 'v1beta' },
  });

beforeAll(async () => {
  mock = await startMockProvider();
  ai = genai('AIza-test');
});
afterAll(async () => {
  await mock.app.close();
});

describe('Gemini generateContent (official @google/genai SDK)', () => {
  it('answers with text, finishReason and usageMetadata', async () => {
    const response = await ai.models.generateContent({
      model: 'gemini-2.5-flash',
      contents: 'Hello, Gemini!',
      config: { systemInstruction: 'Be brief.' },
    });
    const text = response.text ?? '';
    expect(
      text.startsWith('This is a mock answer from gemini-2.5-flash to "Hello, Gemini!". '),
    ).toBe(true);
    expect(response.candidates?.[0]?.finishReason).toBe(FinishReason.STOP);
    expect(response.usageMetadata).toMatchObject({
      promptTokenCount: countTokens('Be brief.') + countTokens('Hello, Gemini!'),
      candidatesTokenCount: countTokens(text),
    });
    const counted = await ai.models.countTokens({
      model: 'gemini-2.5-flash',
      contents: 'Hello, Gemini!',
    });
    expect(counted.totalTokens).toBe(countTokens('Hello, Gemini!'));
  });

  it('streams the same answer over SSE', async () => {
    const plain = await ai.models.generateContent({
      model: 'gemini-2.5-pro',
      contents: 'Stream please',
    });
    let text = '';
    let chunks = 0;
    let lastUsage: number | undefined;
    for await (const chunk of await ai.models.generateContentStream({
      model: 'gemini-2.5-pro',
      contents: 'Stream please',
    })) {
      chunks += 1;
      text += chunk.text ?? '';
      lastUsage = chunk.usageMetadata?.candidatesTokenCount ?? lastUsage;
    }
    expect(chunks).toBeGreaterThan(2);
    expect(text).toBe(plain.text);
    expect(lastUsage).toBe(plain.usageMetadata?.candidatesTokenCount);
  });

  it('calls declared functions and honours maxOutputTokens and JSON mode', async () => {
    const withTools = await ai.models.generateContent({
      model: 'gemini-2.5-flash',
      contents: 'What is the weather in Rome?',
      config: {
        tools: [
          {
            functionDeclarations: [
              {
                name: 'get_weather',
                parameters: {
                  type: Type.OBJECT,
                  properties: { city: { type: Type.STRING } },
                  required: ['city'],
                },
              },
            ],
          },
        ],
      },
    });
    expect(withTools.functionCalls).toEqual([{ name: 'get_weather', args: { city: 'mock-city' } }]);
    const short = await ai.models.generateContent({
      model: 'gemini-2.5-flash',
      contents: 'Hello',
      config: { maxOutputTokens: 3, thinkingConfig: { thinkingBudget: 0 } },
    });
    expect(short.candidates?.[0]?.finishReason).toBe(FinishReason.MAX_TOKENS);
    expect(short.usageMetadata?.candidatesTokenCount).toBe(3);
    expect(short.usageMetadata?.thoughtsTokenCount).toBeUndefined();
    const json = await ai.models.generateContent({
      model: 'gemini-2.5-flash',
      contents: 'Give me a title',
      config: {
        responseMimeType: 'application/json',
        responseSchema: { type: Type.OBJECT, properties: { title: { type: Type.STRING } } },
      },
    });
    expect(JSON.parse(json.text ?? '')).toEqual({ title: 'mock-title' });
  });

  it('spends thinking tokens on 2.5 models, from the output budget, and shows thoughts on request', async () => {
    const thinking = await ai.models.generateContent({
      model: 'gemini-2.5-flash',
      contents: 'Think first',
      config: { thinkingConfig: { includeThoughts: true } },
    });
    const parts = thinking.candidates?.[0]?.content?.parts ?? [];
    expect(parts[0]?.thought).toBe(true);
    expect(countTokens(parts[0]?.text ?? '')).toBe(64);
    expect(thinking.text).toContain('mock answer');
    const usage = thinking.usageMetadata;
    expect(usage?.thoughtsTokenCount).toBe(64);
    expect(usage?.totalTokenCount).toBe(
      (usage?.promptTokenCount ?? 0) + (usage?.candidatesTokenCount ?? 0) + 64,
    );
    const starved = await ai.models.generateContent({
      model: 'gemini-2.5-pro',
      contents: 'Hello',
      config: { maxOutputTokens: 10 },
    });
    expect(starved.candidates?.[0]?.finishReason).toBe(FinishReason.MAX_TOKENS);
    expect(starved.usageMetadata).toMatchObject({
      thoughtsTokenCount: 10,
      candidatesTokenCount: 0,
    });
  });

  it('reports implicitly cached prompt tokens on 2.5 models', async () => {
    const ask = (question: string) =>
      ai.models.generateContent({
        model: 'gemini-2.5-pro',
        contents: question,
        config: { systemInstruction: policy },
      });
    const first = await ask('First question');
    const second = await ask('Second question');
    expect(first.usageMetadata?.cachedContentTokenCount).toBeUndefined();
    expect(second.usageMetadata?.cachedContentTokenCount).toBe(countTokens(policy));
    expect(second.usageMetadata?.promptTokenCount).toBe(
      countTokens(policy) + countTokens('Second question'),
    );
  });

  it('embeds content (batchEmbedContents under the SDK) with outputDimensionality', async () => {
    const result = await ai.models.embedContent({
      model: 'gemini-embedding-001',
      contents: ['alpha', 'beta'],
      config: { outputDimensionality: 64 },
    });
    expect(result.embeddings).toHaveLength(2);
    expect(result.embeddings?.[0]?.values).toHaveLength(64);
    expect(result.embeddings?.[0]?.values).not.toEqual(result.embeddings?.[1]?.values);
  });

  it('lists models', async () => {
    const names: string[] = [];
    for await (const model of await ai.models.list()) names.push(model.name ?? '');
    expect(names).toContain('models/gemini-2.5-flash');
  });

  it("rejects bad requests with Google's status codes", async () => {
    const badKey = await rejectionOf(
      genai('invalid-key').models.generateContent({ model: 'gemini-2.5-flash', contents: 'x' }),
    );
    expect(badKey).toBeInstanceOf(ApiError);
    expect(badKey).toMatchObject({ status: 400 });
    expect((badKey as ApiError).message).toContain('API_KEY_INVALID');
    const unknown = await rejectionOf(
      ai.models.generateContent({ model: 'gemini-nope', contents: 'x' }),
    );
    expect(unknown).toMatchObject({ status: 404 });
    expect((unknown as ApiError).message).toContain('NOT_FOUND');
    const noKey = await fetch(
      `${mock.baseUrl}/gemini/v1beta/models/gemini-2.5-flash:generateContent`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"contents":[]}' },
    );
    expect(noKey.status).toBe(403);
    expect(await noKey.json()).toMatchObject({ error: { code: 403, status: 'PERMISSION_DENIED' } });
    const empty = await fetch(
      `${mock.baseUrl}/gemini/v1beta/models/gemini-2.5-flash:generateContent?key=k`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"contents":[]}' },
    );
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT' } });
  });

  it('injects 429 RESOURCE_EXHAUSTED and breaks a dropped stream', async () => {
    const limited = await rejectionOf(
      ai.models.generateContent({
        model: 'gemini-2.5-flash',
        contents: 'x',
        config: { httpOptions: { headers: { 'x-mock-status': '429', 'x-mock-retry-after': '9' } } },
      }),
    );
    expect(limited).toMatchObject({ status: 429 });
    const body = JSON.parse((limited as ApiError).message) as {
      error: { status: string; details: { retryDelay?: string }[] };
    };
    expect(body.error.status).toBe('RESOURCE_EXHAUSTED');
    expect(body.error.details[0]?.retryDelay).toBe('9s');
    const dropped = await rejectionOf(
      (async () => {
        const stream = await ai.models.generateContentStream({
          model: 'gemini-2.5-flash',
          contents: 'x',
          config: { httpOptions: { headers: { 'x-mock-drop-after-chunks': '1' } } },
        });
        for await (const _chunk of stream) {
          // drain until the socket drops
        }
      })(),
    );
    expect(dropped).toBeInstanceOf(Error);
    const midStream = await rejectionOf(
      (async () => {
        const stream = await ai.models.generateContentStream({
          model: 'gemini-2.5-flash',
          contents: 'x',
          config: { httpOptions: { headers: { 'x-mock-stream-error-after-chunks': '1' } } },
        });
        for await (const _chunk of stream) {
          // the second frame is the error
        }
      })(),
    );
    expect(midStream).toBeInstanceOf(ApiError);
    expect(midStream).toMatchObject({ status: 503 });
  });
});

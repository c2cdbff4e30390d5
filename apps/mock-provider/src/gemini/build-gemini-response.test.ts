import { describe, expect, it } from 'vitest';
import type { CompletionPlan } from '../core/plan-completion.js';
import { buildGeminiChunks, buildGeminiResponse } from './build-gemini-response.js';
import { countGeminiPromptTokens, toCompletionRequests } from './to-completion-requests.js';
import { validateGenerateContent } from './validate-gemini-request.js';

const meta = {
  responseId: 'r1',
  modelVersion: 'gemini-2.5-flash',
  promptTokens: 6,
  cachedTokens: 0,
  includeThoughts: false,
};
const plan: CompletionPlan = {
  text: 'one two three four five six seven',
  toolCalls: [],
  completionTokens: 7,
  finish: 'stop',
  stopSequence: null,
  reasoning: { text: '', tokens: 0 },
};

type Chunk = {
  candidates: { content: { parts: { text?: string }[] }; finishReason?: string }[];
  usageMetadata: Record<string, number>;
};

describe('buildGeminiChunks', () => {
  it('streams the text in pieces with finishReason and full usage on the last chunk', () => {
    const chunks = buildGeminiChunks(meta, [plan]) as Chunk[];
    expect(chunks.length).toBe(2);
    expect(chunks.map((c) => c.candidates[0]?.content.parts[0]?.text).join('')).toBe(plan.text);
    expect(chunks[0]?.candidates[0]?.finishReason).toBeUndefined();
    expect(chunks[1]?.candidates[0]?.finishReason).toBe('STOP');
    expect(chunks[1]?.usageMetadata).toMatchObject({
      promptTokenCount: 6,
      candidatesTokenCount: 7,
      totalTokenCount: 13,
    });
  });
});

describe('buildGeminiResponse', () => {
  it('maps truncation and function calls', () => {
    expect(
      buildGeminiResponse(meta, [{ ...plan, finish: 'length' }]).candidates[0]?.finishReason,
    ).toBe('MAX_TOKENS');
    const call = { idSeed: 'x', name: 'f', input: { a: 1 }, arguments: '{"a":1}' };
    const response = buildGeminiResponse(meta, [
      { ...plan, text: '', toolCalls: [call], finish: 'tool_calls' },
    ]);
    expect(response.candidates[0]).toMatchObject({
      content: { parts: [{ functionCall: { name: 'f', args: { a: 1 } } }], role: 'model' },
      finishReason: 'STOP',
    });
  });
});

describe('validateGenerateContent', () => {
  it('rejects empty contents and bad roles the way Gemini does', () => {
    expect(validateGenerateContent({ contents: [] })).toMatchObject({
      ok: false,
      error: {
        error: {
          code: 400,
          status: 'INVALID_ARGUMENT',
          message: '* GenerateContentRequest.contents: contents is not specified\n',
        },
      },
    });
    expect(
      validateGenerateContent({ contents: [{ role: 'bot', parts: [{ text: 'x' }] }] }),
    ).toMatchObject({
      ok: false,
      error: { error: { message: 'Please use a valid role: user, model.' } },
    });
  });
  it('rejects unknown fields and accepts snake_case ones', () => {
    expect(
      validateGenerateContent({ contents: [{ parts: [{ text: 'x' }] }], temperature: 1 }),
    ).toMatchObject({
      ok: false,
      error: {
        error: {
          message: 'Invalid JSON payload received. Unknown name "temperature": Cannot find field.',
        },
      },
    });
    const snake = validateGenerateContent({
      contents: [{ parts: [{ text: 'x' }] }],
      generation_config: { max_output_tokens: 3 },
    });
    expect(snake.ok ? snake.body.generationConfig?.maxOutputTokens : null).toBe(3);
  });
  it('maps generation config and function calling config', () => {
    const validated = validateGenerateContent({
      contents: [{ role: 'user', parts: [{ text: 'hi' }] }],
      generationConfig: {
        maxOutputTokens: 5,
        candidateCount: 2,
        responseMimeType: 'application/json',
      },
      tools: [
        { functionDeclarations: [{ name: 'f', parameters: { type: 'OBJECT', properties: {} } }] },
      ],
      toolConfig: { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['f'] } },
    });
    if (!validated.ok) throw new Error('expected valid');
    const requests = toCompletionRequests(validated.body, 'gemini-2.5-flash');
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({
      maxTokens: 5,
      toolChoice: { mode: 'tool', name: 'f' },
      format: { kind: 'json_object' },
      lastUserText: 'hi',
    });
  });
});

describe('countGeminiPromptTokens', () => {
  it('adds 258 tokens per image part', () => {
    const text = { text: 'Describe' };
    const image = { inlineData: { mimeType: 'image/jpeg', data: 'AAAA' } };
    const plain = countGeminiPromptTokens({ contents: [{ role: 'user', parts: [text] }] });
    expect(
      countGeminiPromptTokens({ contents: [{ role: 'user', parts: [text, image, image] }] }),
    ).toBe(plain + 516);
  });
});

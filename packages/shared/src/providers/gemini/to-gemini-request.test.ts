import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../llm/chat-types.js';
import { ProviderRequestError, type UpstreamTarget } from '../../llm/provider-adapter.js';
import { SKIP_THOUGHT_SIGNATURE, toGeminiToolCallId } from './gemini-tool-call-id.js';
import { toGeminiBody, toGeminiRequest } from './to-gemini-request.js';

const target: UpstreamTarget = {
  kind: 'GEMINI',
  providerSlug: 'gemini',
  baseUrl: 'https://generativelanguage.googleapis.com/v1beta',
  upstreamModel: 'gemini-2.5-flash',
  credentials: { apiKey: 'AIza-test' },
  settings: {},
};

const request = (extra: Partial<ChatRequest>): ChatRequest => ({
  model: 'fast',
  messages: [{ role: 'user', content: 'Hi' }],
  ...extra,
});

const call = (id: string, name: string, args: string) => ({
  id,
  type: 'function' as const,
  function: { name, arguments: args },
});

describe('toGeminiRequest', () => {
  it('calls :generateContent, or :streamGenerateContent?alt=sse when streaming, with the key header', () => {
    const plain = toGeminiRequest(request({}), target);
    expect(plain.url).toBe(
      'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent',
    );
    expect(plain.headers).toEqual({
      'content-type': 'application/json',
      'x-goog-api-key': 'AIza-test',
    });
    expect(JSON.parse(plain.body)).toEqual({
      contents: [{ role: 'user', parts: [{ text: 'Hi' }] }],
    });
    const streamed = toGeminiRequest(request({ stream: true }), {
      ...target,
      upstreamModel: 'models/gemini-2.5-pro',
    });
    expect(streamed.url).toBe(
      'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:streamGenerateContent?alt=sse',
    );
  });

  it('puts system and developer text in systemInstruction and assistant turns under role model', () => {
    const body = toGeminiBody(
      request({
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'developer', content: 'Answer in French.' },
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Bonjour' },
          { role: 'user', content: [{ type: 'text', text: 'Again' }] },
        ],
      }),
    );
    expect(body.systemInstruction).toEqual({
      parts: [{ text: 'Be brief.' }, { text: 'Answer in French.' }],
    });
    expect(body.contents).toEqual([
      { role: 'user', parts: [{ text: 'Hi' }] },
      { role: 'model', parts: [{ text: 'Bonjour' }] },
      { role: 'user', parts: [{ text: 'Again' }] },
    ]);
  });

  it('sends tool calls as functionCall parts and tool results as functionResponse parts named after the call', () => {
    const signed = toGeminiToolCallId('chatcmpl-abc', 0, 'c2lnbmF0dXJl');
    const body = toGeminiBody(
      request({
        messages: [
          { role: 'user', content: 'Weather in Paris and Rome?' },
          {
            role: 'assistant',
            content: null,
            tool_calls: [
              call(signed, 'get_weather', '{"city":"Paris"}'),
              call('call_2', 'get_weather', '{"city":"Rome"}'),
            ],
          },
          { role: 'tool', tool_call_id: signed, content: '{"temp_c":18}' },
          { role: 'tool', tool_call_id: 'call_2', content: 'sunny, 24°C' },
          { role: 'user', content: 'Which is warmer?' },
        ],
      }),
    );
    expect(body.contents).toEqual([
      { role: 'user', parts: [{ text: 'Weather in Paris and Rome?' }] },
      {
        role: 'model',
        parts: [
          {
            functionCall: { name: 'get_weather', args: { city: 'Paris' } },
            thoughtSignature: 'c2lnbmF0dXJl',
          },
          { functionCall: { name: 'get_weather', args: { city: 'Rome' } } },
        ],
      },
      {
        role: 'user',
        parts: [
          { functionResponse: { name: 'get_weather', response: { temp_c: 18 } } },
          { functionResponse: { name: 'get_weather', response: { output: 'sunny, 24°C' } } },
        ],
      },
      { role: 'user', parts: [{ text: 'Which is warmer?' }] },
    ]);
  });

  it('gives a tool call history from another model the documented skip signature on its first call', () => {
    const body = toGeminiBody(
      request({
        messages: [
          { role: 'user', content: 'x' },
          { role: 'assistant', content: 'Sure.', tool_calls: [call('toolu_1', 'now', '')] },
        ],
      }),
    );
    expect(body.contents[1]?.parts).toEqual([
      { text: 'Sure.' },
      { functionCall: { name: 'now', args: {} }, thoughtSignature: SKIP_THOUGHT_SIGNATURE },
    ]);
  });

  it('rejects a tool message whose call id no assistant message made', () => {
    const orphan = request({
      messages: [
        { role: 'user', content: 'x' },
        { role: 'tool', tool_call_id: 'call_missing', content: 'result' },
      ],
    });
    expect(() => toGeminiBody(orphan)).toThrow(ProviderRequestError);
    expect(() => toGeminiBody(orphan)).toThrow(/call_missing/);
  });

  it('sends data-URL images inline and http images as fileData', () => {
    const body = toGeminiBody(
      request({
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'Compare' },
              { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
              { type: 'image_url', image_url: { url: 'https://example.com/cat.webp?size=2' } },
            ],
          },
        ],
      }),
    );
    expect(body.contents[0]?.parts).toEqual([
      { text: 'Compare' },
      { inlineData: { mimeType: 'image/png', data: 'iVBORw0KGgo=' } },
      { fileData: { mimeType: 'image/webp', fileUri: 'https://example.com/cat.webp?size=2' } },
    ]);
  });

  it('declares tools with parametersJsonSchema and maps every tool_choice to toolConfig', () => {
    const parameters = { type: 'object', properties: { city: { type: 'string' } } };
    const tools = [
      {
        type: 'function' as const,
        function: { name: 'get_weather', description: 'Weather', parameters },
      },
    ];
    const withTools = (extra: Partial<ChatRequest>) => toGeminiBody(request({ tools, ...extra }));
    expect(withTools({}).tools).toEqual([
      {
        functionDeclarations: [
          { name: 'get_weather', description: 'Weather', parametersJsonSchema: parameters },
        ],
      },
    ]);
    expect(withTools({}).toolConfig).toBeUndefined();
    expect(withTools({ tool_choice: 'auto' }).toolConfig).toEqual({
      functionCallingConfig: { mode: 'AUTO' },
    });
    expect(withTools({ tool_choice: 'none' }).toolConfig).toEqual({
      functionCallingConfig: { mode: 'NONE' },
    });
    expect(withTools({ tool_choice: 'required' }).toolConfig).toEqual({
      functionCallingConfig: { mode: 'ANY' },
    });
    expect(
      withTools({ tool_choice: { type: 'function', function: { name: 'get_weather' } } })
        .toolConfig,
    ).toEqual({ functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['get_weather'] } });
  });

  it('maps sampling settings and response_format into generationConfig', () => {
    const schema = { type: 'object', properties: { n: { type: 'integer' } } };
    const body = toGeminiBody(
      request({
        temperature: 1.5,
        top_p: 0.8,
        max_tokens: 200,
        stop: 'END',
        n: 2,
        seed: 7,
        presence_penalty: 0.5,
        frequency_penalty: 0.25,
        response_format: { type: 'json_schema', json_schema: { name: 'n', schema } },
      }),
    );
    expect(body.generationConfig).toEqual({
      temperature: 1.5,
      topP: 0.8,
      maxOutputTokens: 200,
      stopSequences: ['END'],
      candidateCount: 2,
      seed: 7,
      presencePenalty: 0.5,
      frequencyPenalty: 0.25,
      responseMimeType: 'application/json',
      responseJsonSchema: schema,
    });
    expect(
      toGeminiBody(
        request({
          max_completion_tokens: 50,
          max_tokens: 90,
          response_format: { type: 'json_object' },
        }),
      ).generationConfig,
    ).toEqual({ maxOutputTokens: 50, responseMimeType: 'application/json' });
    expect(toGeminiBody(request({})).generationConfig).toBeUndefined();
  });
});

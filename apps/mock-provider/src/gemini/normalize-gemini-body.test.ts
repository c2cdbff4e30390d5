import { describe, expect, it } from 'vitest';
import { normalizeGeminiBody } from './normalize-gemini-body.js';

describe('normalizeGeminiBody', () => {
  it('converts snake_case fields but leaves user schemas alone', () => {
    const body = {
      system_instruction: { parts: [{ text: 'hi' }] },
      generation_config: {
        max_output_tokens: 5,
        response_schema: { properties: { my_field: { type: 'STRING' } } },
      },
      tool_config: { function_calling_config: { mode: 'ANY', allowed_function_names: ['f'] } },
    };
    expect(normalizeGeminiBody(body)).toEqual({
      systemInstruction: { parts: [{ text: 'hi' }] },
      generationConfig: {
        maxOutputTokens: 5,
        responseSchema: { properties: { my_field: { type: 'STRING' } } },
      },
      toolConfig: { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['f'] } },
    });
  });
});

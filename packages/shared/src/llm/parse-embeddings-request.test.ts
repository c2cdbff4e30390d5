import { describe, expect, it } from 'vitest';
import { parseEmbeddingsRequest } from './parse-embeddings-request.js';

describe('parseEmbeddingsRequest', () => {
  it.each([
    'one text',
    ['two', 'texts'],
    [1, 2, 3],
    [
      [1, 2],
      [3, 4],
    ],
  ])('accepts input %j', (input) => {
    expect(parseEmbeddingsRequest({ model: 'e', input, dimensions: 256 })).toEqual({
      ok: true,
      request: { model: 'e', input, dimensions: 256 },
    });
  });

  it.each([
    [{ input: 'x' }, "Missing required parameter: 'model'.", 'model'],
    [{ model: 'e' }, "Missing required parameter: 'input'.", 'input'],
    [
      { model: 'e', input: 'x', dimensions: 0 },
      "Invalid 'dimensions': integer below minimum value. Expected a value >= 1, but got 0 instead.",
      'dimensions',
    ],
    [
      { model: 'e', input: 'x', encoding_format: 'int8' },
      "Invalid value: 'int8'. Supported values are: 'float' and 'base64'.",
      'encoding_format',
    ],
    [
      { model: 'e', input: ['a', ''] },
      "'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.",
      'input',
    ],
    [
      { model: 'e', input: { text: 'x' } },
      "Invalid type for 'input': expected one of a string or an array, but got an object instead.",
      'input',
    ],
    [
      { model: 'e', input: 'x', truncate: true },
      'Unrecognized request argument supplied: truncate',
      null,
    ],
  ])('refuses %j', (body, message, param) => {
    const result = parseEmbeddingsRequest(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ status: 400, message, param });
  });
});

import { describe, expect, it } from 'vitest';
import { readJsonFixture } from './__fixtures__/read-fixture.js';
import { mapGeminiError } from './map-gemini-error.js';

describe('mapGeminiError', () => {
  it('makes RESOURCE_EXHAUSTED a retryable 429 with the upstream message', () => {
    const error = mapGeminiError(429, readJsonFixture('error-resource-exhausted.json'));
    expect(error).toMatchObject({
      status: 429,
      type: 'rate_limit_error',
      code: 'rate_limit_exceeded',
      retryable: true,
    });
    expect(error.message).toContain('You exceeded your current quota');
  });

  it('treats an invalid API key (400 API_KEY_INVALID) as the gateway’s problem: 502', () => {
    const error = mapGeminiError(400, readJsonFixture('error-api-key-invalid.json'));
    expect(error).toMatchObject({ status: 502, code: 'upstream_auth_error' });
    expect(error.message).not.toContain('API key not valid');
  });

  it('passes INVALID_ARGUMENT through as a 400 with the upstream message', () => {
    const body = {
      error: { code: 400, message: 'contents is not specified', status: 'INVALID_ARGUMENT' },
    };
    expect(mapGeminiError(400, body)).toMatchObject({
      status: 400,
      type: 'invalid_request_error',
      message: 'contents is not specified',
      retryable: false,
    });
  });

  it.each([
    [503, 'UNAVAILABLE', 503, true],
    [500, 'INTERNAL', 502, true],
    [504, 'DEADLINE_EXCEEDED', 504, true],
    [403, 'PERMISSION_DENIED', 502, true],
    [404, 'NOT_FOUND', 502, true],
  ])('HTTP %i %s → %i (retryable %s)', (code, status, mapped, retryable) => {
    expect(mapGeminiError(code, { error: { code, message: 'm', status } })).toMatchObject({
      status: mapped,
      retryable,
    });
  });

  it('reads the rpc status of an error chunk that arrived inside a 200 stream', () => {
    const chunk = {
      error: { code: 503, message: 'The model is overloaded.', status: 'UNAVAILABLE' },
    };
    expect(mapGeminiError(200, chunk)).toMatchObject({ status: 503, retryable: true });
  });

  it('classifies a body that is not a Google error by its HTTP status', () => {
    expect(mapGeminiError(503, 'upstream connect error')).toMatchObject({
      status: 503,
      retryable: true,
    });
    expect(mapGeminiError(429, '')).toMatchObject({ status: 429, retryable: true });
    expect(mapGeminiError(418, '')).toMatchObject({ status: 502, retryable: false });
  });
});

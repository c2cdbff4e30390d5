import { describe, expect, it } from 'vitest';
import { readJsonFixture } from './__fixtures__/read-fixture.js';
import { mapGeminiError } from './map-gemini-error.js';

describe('mapGeminiError', () => {
  it('makes RESOURCE_EXHAUSTED a retryable 429 with the upstream message', () => {
    expect(mapGeminiError(429, readJsonFixture('error-resource-exhausted.json'))).toEqual({
      status: 429,
      type: 'rate_limit_error',
      code: 'rate_limit_exceeded',
      message: 'You exceeded your current quota, please check your plan and billing details.',
      param: null,
      retryable: true,
    });
  });

  it('treats an invalid API key (400 API_KEY_INVALID) as the gateway’s problem: 502', () => {
    const error = mapGeminiError(400, readJsonFixture('error-api-key-invalid.json'));
    expect(error).toMatchObject({
      status: 502,
      retryable: false,
      code: 'upstream_authentication_error',
    });
    expect(error.message).not.toContain('API key not valid');
  });

  it.each([
    [400, 'INVALID_ARGUMENT', 400, false],
    [503, 'UNAVAILABLE', 503, true],
    [500, 'INTERNAL', 502, true],
    [504, 'DEADLINE_EXCEEDED', 504, true],
    [403, 'PERMISSION_DENIED', 502, false],
    [404, 'NOT_FOUND', 502, false],
  ])('HTTP %i %s → %i (retryable %s)', (code, status, mapped, retryable) => {
    expect(mapGeminiError(code, { error: { code, message: 'm', status } })).toMatchObject({
      status: mapped,
      retryable,
    });
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

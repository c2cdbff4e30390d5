import { describe, expect, it } from 'vitest';
import { readJsonFixture } from './__fixtures__/read-fixture.js';
import { mapAnthropicError } from './map-anthropic-error.js';

describe('mapAnthropicError', () => {
  it('passes invalid requests through as 400 with the upstream message', () => {
    expect(mapAnthropicError(400, readJsonFixture('error-invalid-request.json'))).toEqual({
      status: 400,
      type: 'invalid_request_error',
      code: null,
      message: 'max_tokens: Field required',
      param: null,
      retryable: false,
    });
  });

  it('makes overloaded (529) a retryable 503', () => {
    expect(mapAnthropicError(529, readJsonFixture('error-overloaded.json'))).toMatchObject({
      status: 503,
      code: 'upstream_unavailable',
      retryable: true,
    });
  });

  it('treats rejected credentials as the gateway’s problem: 502 without the upstream message', () => {
    const error = mapAnthropicError(401, readJsonFixture('error-authentication.json'));
    expect(error).toMatchObject({ status: 502, code: 'upstream_auth_error' });
    expect(error.message).not.toContain('x-api-key');
  });

  it.each([
    [429, 'rate_limit_error', 429, true],
    [500, 'api_error', 502, true],
    [403, 'permission_error', 502, true],
    [413, 'request_too_large', 413, false],
    [404, 'not_found_error', 502, true],
  ])('HTTP %i %s → %i (retryable %s)', (status, type, mapped, retryable) => {
    const body = { type: 'error', error: { type, message: 'm' } };
    expect(mapAnthropicError(status, body)).toMatchObject({ status: mapped, retryable });
  });

  it('lets the error type decide the status (stream error events carry none)', () => {
    const overloaded = {
      type: 'error',
      error: { type: 'overloaded_error', message: 'Overloaded' },
    };
    expect(mapAnthropicError(500, overloaded)).toMatchObject({ status: 503, retryable: true });
    const limited = { type: 'error', error: { type: 'rate_limit_error', message: 'slow down' } };
    expect(mapAnthropicError(500, limited)).toMatchObject({ status: 429, retryable: true });
  });

  it('classifies a body that is not an Anthropic error by its HTTP status', () => {
    expect(mapAnthropicError(502, '<html>Bad gateway</html>')).toMatchObject({
      status: 502,
      retryable: true,
    });
    expect(mapAnthropicError(429, 'slow down')).toMatchObject({ status: 429, retryable: true });
    expect(mapAnthropicError(529, '')).toMatchObject({ status: 503, retryable: true });
  });
});

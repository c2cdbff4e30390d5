import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openAiAdapter } from './openai-adapter.js';

const errors = JSON.parse(
  readFileSync(new URL('./__fixtures__/openai-errors.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('openAiAdapter.mapError', () => {
  it('passes a 400 through with the vendor type, code and param', () => {
    expect(openAiAdapter.mapError(400, errors.contextLength)).toEqual({
      status: 400,
      type: 'invalid_request_error',
      code: 'context_length_exceeded',
      param: 'messages',
      message:
        "This model's maximum context length is 128000 tokens. However, your messages resulted in 130012 tokens. Please reduce the length of the messages.",
      retryable: false,
    });
  });

  it('turns a rejected provider key into a 502 without echoing the key', () => {
    const error = openAiAdapter.mapError(401, errors.invalidKey);
    expect(error).toMatchObject({ status: 502, code: 'upstream_auth_error', retryable: true });
    expect(error.message).not.toContain('sk-proj');
  });

  it('tells a rate limit (429, retryable) from an exhausted provider account (502)', () => {
    expect(openAiAdapter.mapError(429, errors.rateLimited)).toMatchObject({
      status: 429,
      type: 'rate_limit_error',
      code: 'rate_limit_exceeded',
      retryable: true,
    });
    expect(openAiAdapter.mapError(429, errors.insufficientQuota)).toMatchObject({
      status: 502,
      code: 'upstream_insufficient_quota',
    });
  });

  it.each([
    [500, 502, 'upstream_server_error'],
    [502, 502, 'upstream_server_error'],
    [503, 503, 'upstream_unavailable'],
    [504, 504, 'upstream_timeout'],
    [520, 502, 'upstream_server_error'],
  ])('maps upstream %i to a retryable %i', (status, expected, code) => {
    expect(openAiAdapter.mapError(status, errors.serverError)).toMatchObject({
      status: expected,
      code,
      retryable: true,
    });
  });

  it('maps an unknown upstream model to a 502 configuration fault', () => {
    expect(openAiAdapter.mapError(404, errors.modelNotFound)).toMatchObject({
      status: 502,
      code: 'upstream_model_not_found',
    });
  });

  it('describes a body that is not OpenAI JSON', () => {
    expect(openAiAdapter.mapError(502, '<html>Bad Gateway</html>').message).toBe(
      'The OpenAI provider failed (HTTP 502): <html>Bad Gateway</html>',
    );
  });
});

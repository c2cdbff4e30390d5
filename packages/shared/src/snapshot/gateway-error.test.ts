import { describe, expect, it } from 'vitest';
import { GATEWAY_ERROR_CODES, GatewayError } from './gateway-error.js';

describe('GatewayError', () => {
  it('takes status and type from the code table and renders OpenAI’s envelope', () => {
    const error = new GatewayError('model_not_found', 'The model `x` does not exist.', 'model');
    expect(error).toBeInstanceOf(Error);
    expect([error.status, error.type]).toEqual([404, 'invalid_request_error']);
    expect(error.toBody()).toEqual({
      error: {
        message: 'The model `x` does not exist.',
        type: 'invalid_request_error',
        code: 'model_not_found',
        param: 'model',
      },
    });
  });

  it('maps each code to its status', () => {
    const statuses = Object.fromEntries(
      Object.entries(GATEWAY_ERROR_CODES).map(([code, { status }]) => [code, status]),
    );
    expect(statuses).toMatchObject({
      invalid_api_key: 401,
      permission_denied: 403,
      model_not_allowed: 403,
      subscription_inactive: 403,
      model_not_found: 404,
      no_available_target: 503,
    });
  });
});

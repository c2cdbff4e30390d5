import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { ServiceHttpError } from '@gatehouse/service-kit';
import { toOpenAiError } from './to-openai-error.js';

function fastifyError(code: string, statusCode: number, message: string): Error {
  return Object.assign(new Error(message), { code, statusCode });
}

describe('toOpenAiError', () => {
  it('keeps a gateway error as thrown', () => {
    const result = toOpenAiError(
      new ServiceHttpError(404, 'model_not_found', 'The model `x` does not exist', 'model'),
    );
    expect(result).toEqual({
      status: 404,
      expected: true,
      body: {
        error: {
          message: 'The model `x` does not exist',
          type: 'invalid_request_error',
          code: 'model_not_found',
          param: 'model',
        },
      },
    });
  });

  it('maps an unknown route to 404 not_found', () => {
    const result = toOpenAiError(new NotFoundException('Cannot GET /nope'));
    expect(result.status).toBe(404);
    expect(result.body.error).toEqual({
      message: 'Cannot GET /nope',
      type: 'invalid_request_error',
      code: 'not_found',
      param: null,
    });
  });

  it('names malformed JSON that Nest wrapped from Fastify', () => {
    const cause = fastifyError('FST_ERR_CTP_INVALID_JSON_BODY', 400, 'Body is not valid JSON');
    const result = toOpenAiError(new HttpException(cause.message, 400, { cause }));
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('invalid_json');
  });

  it('maps a raw Fastify body-too-large error to 413', () => {
    const result = toOpenAiError(fastifyError('FST_ERR_CTP_BODY_TOO_LARGE', 413, 'too big'));
    expect(result.status).toBe(413);
    expect(result.body.error.code).toBe('request_too_large');
  });

  it('joins validation messages', () => {
    const result = toOpenAiError(
      new BadRequestException(['model is required', 'messages is required']),
    );
    expect(result.body.error.message).toBe('model is required; messages is required');
  });

  it('hides the details of an unexpected error behind a 500', () => {
    const result = toOpenAiError(new Error('db password is hunter2'));
    expect(result).toEqual({
      status: 500,
      expected: false,
      body: {
        error: {
          message: 'Internal server error',
          type: 'api_error',
          code: 'internal_error',
          param: null,
        },
      },
    });
  });
});

import { BadRequestException, NotFoundException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { classifyHttpError, codeForStatus, ServiceHttpError } from './classify-http-error.js';

function fastifyError(code: string, statusCode: number, message: string): Error {
  return Object.assign(new Error(message), { code, statusCode });
}

describe('classifyHttpError', () => {
  it('keeps the status, code and message of an error raised on purpose', () => {
    const error = new ServiceHttpError(
      404,
      'model_not_found',
      'The model `x` does not exist',
      'model',
    );
    expect(classifyHttpError(error)).toEqual({
      status: 404,
      code: 'model_not_found',
      message: 'The model `x` does not exist',
      expected: true,
    });
  });

  it('names Nest exceptions by status', () => {
    expect(classifyHttpError(new NotFoundException('Cannot GET /nope'))).toEqual({
      status: 404,
      code: 'not_found',
      message: 'Cannot GET /nope',
      expected: true,
    });
    expect(
      classifyHttpError(new BadRequestException(['a is required', 'b is too long'])),
    ).toMatchObject({
      status: 400,
      code: 'invalid_request',
      message: 'a is required; b is too long',
    });
  });

  it('turns a JSON parser error into a 400 invalid_json, never a 500', () => {
    const parserError = fastifyError('FST_ERR_CTP_INVALID_JSON_BODY', 400, 'Unexpected token');
    expect(classifyHttpError(parserError)).toMatchObject({ status: 400, code: 'invalid_json' });
    const wrapped = new BadRequestException('Bad body', { cause: parserError });
    expect(classifyHttpError(wrapped)).toMatchObject({ status: 400, code: 'invalid_json' });
  });

  it('maps a too-large body to 413', () => {
    const error = fastifyError('FST_ERR_CTP_BODY_TOO_LARGE', 413, 'Request body is too large');
    expect(classifyHttpError(error)).toMatchObject({ status: 413, code: 'request_too_large' });
  });

  it('hides the message of an unexpected failure', () => {
    expect(classifyHttpError(new Error('db password is hunter2'))).toEqual({
      status: 500,
      code: 'internal_error',
      message: 'Internal server error',
      expected: false,
    });
  });

  it('has a code for every status, known or not', () => {
    expect(codeForStatus(429)).toBe('rate_limit_exceeded');
    expect(codeForStatus(418)).toBe('invalid_request');
    expect(codeForStatus(599)).toBe('internal_error');
  });
});

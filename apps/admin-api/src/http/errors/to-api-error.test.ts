import { HttpException, NotFoundException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { ServiceHttpError } from '@gatehouse/service-kit';
import { toApiError } from './to-api-error.js';

describe('toApiError', () => {
  it('keeps an API error as thrown', () => {
    expect(toApiError(new ServiceHttpError(409, 'slug_taken', 'Slug "x" is taken'))).toEqual({
      status: 409,
      expected: true,
      body: { error: { code: 'slug_taken', message: 'Slug "x" is taken' } },
    });
  });

  it('maps an unknown route to 404 not_found', () => {
    expect(toApiError(new NotFoundException('Cannot GET /x')).body).toEqual({
      error: { code: 'not_found', message: 'Cannot GET /x' },
    });
  });

  it('names malformed JSON that Nest wrapped from Fastify', () => {
    const cause = Object.assign(new Error('bad'), {
      code: 'FST_ERR_CTP_INVALID_JSON_BODY',
      statusCode: 400,
    });
    const result = toApiError(new HttpException('bad', 400, { cause }));
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('invalid_json');
  });

  it('hides the details of an unexpected error behind a 500', () => {
    expect(toApiError(new Error('connection string postgres://u:p@h/db'))).toEqual({
      status: 500,
      expected: false,
      body: { error: { code: 'internal_error', message: 'Internal server error' } },
    });
  });
});

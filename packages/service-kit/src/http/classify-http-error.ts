import { HttpException } from '@nestjs/common';

export type ClassifiedError = {
  status: number;
  code: string;
  message: string;
  /** False for unexpected failures: log the cause, show the caller a generic message. */
  expected: boolean;
};

/** An error a service raises on purpose, with its wire code (and the offending parameter). */
export class ServiceHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly param: string | null = null,
  ) {
    super(message);
    this.name = 'ServiceHttpError';
  }
}

const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'invalid_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'request_timeout',
  409: 'conflict',
  413: 'request_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable_entity',
  429: 'rate_limit_exceeded',
  500: 'internal_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout',
};

// Fastify's own errors (body parsing, limits) carry a code; name them for callers.
const CODE_BY_FASTIFY_CODE: Readonly<Record<string, { code: string; message?: string }>> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'request_too_large', message: 'Request body is too large' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'invalid_json',
    message: 'Request body is empty but content-type is JSON',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'invalid_json',
    message: 'Request body is not valid JSON',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'invalid_request',
    message: 'Content-Length does not match the body',
  },
};

export function codeForStatus(status: number): string {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal_error' : 'invalid_request');
}

/** Maps anything thrown while handling a request to a status, a code and a safe message. */
export function classifyHttpError(exception: unknown): ClassifiedError {
  if (exception instanceof ServiceHttpError) {
    return {
      status: exception.status,
      code: exception.code,
      message: exception.message,
      expected: true,
    };
  }
  if (exception instanceof HttpException) return classifyNestException(exception);
  const clientError = classifyClientError(exception);
  if (clientError) return clientError;
  return { status: 500, code: 'internal_error', message: 'Internal server error', expected: false };
}

function classifyNestException(exception: HttpException): ClassifiedError {
  const status = exception.getStatus();
  // Nest wraps Fastify's parser errors in an HttpException and keeps the original as `cause`.
  const known = knownFastifyError(exception.cause);
  if (known)
    return {
      status,
      code: known.code,
      message: known.message ?? exception.message,
      expected: true,
    };
  const message = messageOf(exception.getResponse()) ?? exception.message;
  return { status, code: codeForStatus(status), message, expected: status < 500 };
}

function knownFastifyError(error: unknown): { code: string; message?: string } | undefined {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string')
    return undefined;
  return CODE_BY_FASTIFY_CODE[error.code];
}

// Errors with a 4xx `statusCode` come from Fastify or its JSON parser: bad input, never a 500.
function classifyClientError(exception: unknown): ClassifiedError | undefined {
  if (!(exception instanceof Error)) return undefined;
  const { statusCode } = exception as Error & { statusCode?: unknown };
  if (typeof statusCode !== 'number' || statusCode < 400 || statusCode > 499) return undefined;
  const known = knownFastifyError(exception);
  if (known)
    return {
      status: statusCode,
      code: known.code,
      message: known.message ?? exception.message,
      expected: true,
    };
  if (exception instanceof SyntaxError) {
    return {
      status: 400,
      code: 'invalid_json',
      message: `Request body is not valid JSON: ${exception.message}`,
      expected: true,
    };
  }
  return {
    status: statusCode,
    code: codeForStatus(statusCode),
    message: exception.message,
    expected: true,
  };
}

function messageOf(response: unknown): string | undefined {
  if (typeof response === 'string') return response;
  if (typeof response !== 'object' || response === null || !('message' in response))
    return undefined;
  const { message } = response;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return undefined;
}

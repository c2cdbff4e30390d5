import { classifyHttpError, ServiceHttpError } from '@gatehouse/service-kit';
import { GatewayError, ProviderRequestError } from '@gatehouse/shared';
import { GatewayHttpError } from '../../pipeline/gateway-error.js';

export type OpenAiErrorBody = {
  error: { message: string; type: string; code: string | null; param: string | null };
};

// OpenAI's `type` field by status; SDKs key their exception classes off the status.
const TYPE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'invalid_request_error',
  409: 'invalid_request_error',
  413: 'invalid_request_error',
  415: 'invalid_request_error',
  422: 'invalid_request_error',
  429: 'rate_limit_error',
};

function typeForStatus(status: number): string {
  return TYPE_BY_STATUS[status] ?? (status >= 500 ? 'api_error' : 'invalid_request_error');
}

export type RenderedError = { status: number; body: OpenAiErrorBody; expected: boolean };

function rendered(
  status: number,
  type: string,
  code: string | null,
  message: string,
  param: string | null,
): RenderedError {
  return { status, expected: true, body: { error: { message, type, code, param } } };
}

/** Errors raised on purpose by the pipeline, the snapshot lookups and the adapters. */
function knownGatewayError(exception: unknown): RenderedError | null {
  if (exception instanceof GatewayError) {
    const { status, type, code, message, param } = exception;
    return rendered(status, type, code, message, param);
  }
  if (exception instanceof GatewayHttpError) {
    const { status, code, message, param } = exception;
    return rendered(status, exception.type ?? typeForStatus(status), code, message, param);
  }
  if (exception instanceof ProviderRequestError) {
    return rendered(
      400,
      'invalid_request_error',
      'unsupported_parameter',
      exception.message,
      exception.param,
    );
  }
  return null;
}

/** Anything thrown → OpenAI's error envelope and HTTP status. */
export function toOpenAiError(exception: unknown): RenderedError {
  const known = knownGatewayError(exception);
  if (known !== null) return known;
  const classified = classifyHttpError(exception);
  const param = exception instanceof ServiceHttpError ? exception.param : null;
  return {
    status: classified.status,
    expected: classified.expected,
    body: {
      error: {
        message: classified.message,
        type: typeForStatus(classified.status),
        code: classified.code,
        param,
      },
    },
  };
}

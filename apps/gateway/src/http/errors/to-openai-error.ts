import { classifyHttpError, ServiceHttpError } from '@gatehouse/service-kit';

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

/** Anything thrown → OpenAI's error envelope and HTTP status. */
export function toOpenAiError(exception: unknown): {
  status: number;
  body: OpenAiErrorBody;
  expected: boolean;
} {
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

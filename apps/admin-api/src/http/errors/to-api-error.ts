import { classifyHttpError, ServiceHttpError } from '@gatehouse/service-kit';

export type ApiErrorBody = { error: { code: string; message: string; param?: string } };

/** Anything thrown → admin API's error envelope and HTTP status (with `param` when known). */
export function toApiError(exception: unknown): {
  status: number;
  body: ApiErrorBody;
  expected: boolean;
} {
  const { status, code, message, expected } = classifyHttpError(exception);
  const param = exception instanceof ServiceHttpError ? exception.param : null;
  const error = param === null ? { code, message } : { code, message, param };
  return { status, expected, body: { error } };
}

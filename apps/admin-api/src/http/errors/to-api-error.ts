import { classifyHttpError } from '@gatehouse/service-kit';

export type ApiErrorBody = { error: { code: string; message: string } };

/** Anything thrown → admin API's error envelope and HTTP status. */
export function toApiError(exception: unknown): {
  status: number;
  body: ApiErrorBody;
  expected: boolean;
} {
  const { status, code, message, expected } = classifyHttpError(exception);
  return { status, expected, body: { error: { code, message } } };
}

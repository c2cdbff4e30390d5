import type { z } from 'zod';
import { randomId } from '../http/server-context.js';

/** One pydantic validation item, as Mistral's 422s list them. */
export type MistralDetail = {
  type: string;
  loc: (string | number)[];
  msg: string;
  input?: unknown;
};

export type MistralErrorBody = {
  object: 'error';
  message: string | { detail: MistralDetail[] };
  type: string;
  param: string | null;
  code: string | null;
};

export function mistralError(
  message: MistralErrorBody['message'],
  type = 'invalid_request_message_error',
  code: string | null = null,
): MistralErrorBody {
  return { object: 'error', message, type, param: null, code };
}

// Auth and rate-limit failures come from Mistral's gateway: a bare message and a request id.
const gatewayError = (message: string) => ({ message, request_id: randomId(32).toLowerCase() });

const STATUS_MESSAGES: Record<number, () => unknown> = {
  401: () => gatewayError('Unauthorized'),
  403: () => gatewayError('Forbidden'),
  429: () => gatewayError('Requests rate limit exceeded'),
  500: () => mistralError('Internal server error', 'internal_server_error'),
  502: () => gatewayError('Bad Gateway'),
  503: () => mistralError('Service unavailable.', 'service_unavailable'),
};

/** Mistral's body for a bare status (injected faults, unexpected errors). */
export function mistralStatusError(status: number, message?: string): unknown {
  if (message !== undefined)
    return mistralError(message, status >= 500 ? 'internal_server_error' : 'invalid_request_error');
  return (
    STATUS_MESSAGES[status]?.() ??
    mistralError(
      `Error ${status}`,
      status >= 500 ? 'internal_server_error' : 'invalid_request_error',
    )
  );
}

export const MISTRAL_ERRORS = {
  unauthorized: () => gatewayError('Unauthorized'),
  notFound: () => ({ detail: 'Not Found' }),
  invalidModel: (model: string) => mistralError(`Invalid model: ${model}`, 'invalid_model', '1500'),
  jsonInvalid: (detail: string) =>
    mistralError({
      detail: [{ type: 'json_invalid', loc: ['body', 0], msg: `JSON decode error: ${detail}` }],
    }),
  toolCallId: (id: string) =>
    mistralError(`Tool call id was ${id} but must be a-z, A-Z, 0-9, with a length of 9.`),
};

// zod's issue codes in pydantic's words (what Mistral's FastAPI validation reports).
const TYPE_MESSAGES: Record<string, [string, string]> = {
  string: ['string_type', 'Input should be a valid string'],
  number: ['float_type', 'Input should be a valid number'],
  int: ['int_type', 'Input should be a valid integer'],
  boolean: ['bool_type', 'Input should be a valid boolean'],
  array: ['list_type', 'Input should be a valid list'],
  object: ['dict_type', 'Input should be a valid dictionary or object to extract fields from'],
  record: ['dict_type', 'Input should be a valid dictionary'],
};

function toDetail(
  issue: z.core.$ZodIssue,
  valueAt: (path: PropertyKey[]) => unknown,
): MistralDetail[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const loc = ['body', ...path];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        type: 'extra_forbidden',
        loc: [...loc, key],
        msg: 'Extra inputs are not permitted',
        input: (valueAt(path) as Record<string, unknown> | undefined)?.[key],
      }));
    case 'invalid_type': {
      const value = valueAt(path);
      if (value === undefined) return [{ type: 'missing', loc, msg: 'Field required' }];
      const [type, msg] = TYPE_MESSAGES[issue.expected] ?? ['value_error', 'Invalid input'];
      return [{ type, loc, msg, input: value }];
    }
    case 'too_big':
      return [
        {
          type: 'less_than_equal',
          loc,
          msg: `Input should be less than or equal to ${String(issue.maximum)}`,
          input: valueAt(path),
        },
      ];
    case 'too_small':
      return [
        {
          type: 'greater_than_equal',
          loc,
          msg: `Input should be greater than or equal to ${String(issue.minimum)}`,
          input: valueAt(path),
        },
      ];
    case 'invalid_value':
      return [
        {
          type: 'enum',
          loc,
          msg: `Input should be ${issue.values.map((v) => `'${String(v)}'`).join(', ')}`,
          input: valueAt(path),
        },
      ];
    case 'invalid_union':
      if (issue.discriminator !== undefined)
        return [
          {
            type: 'union_tag_invalid',
            loc,
            msg: `Input tag '${String(valueAt(path))}' found using '${issue.discriminator}' does not match any of the expected tags`,
            input: valueAt(path),
          },
        ];
      return [
        {
          type: 'union_error',
          loc,
          msg: 'Input does not match any of the expected types',
          input: valueAt(path),
        },
      ];
    default:
      return [{ type: 'value_error', loc, msg: issue.message, input: valueAt(path) }];
  }
}

/** A failed parse as Mistral's 422: every issue as a pydantic detail item. */
export function mistralValidationError(error: z.ZodError, body: unknown): MistralErrorBody {
  const valueAt = (path: PropertyKey[]) =>
    path.reduce<unknown>(
      (node, key) =>
        typeof node === 'object' && node !== null
          ? (node as Record<PropertyKey, unknown>)[key]
          : undefined,
      body,
    );
  return mistralError({ detail: error.issues.flatMap((issue) => toDetail(issue, valueAt)) });
}

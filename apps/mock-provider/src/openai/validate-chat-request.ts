import { bracketPath, describeIssue } from '../core/describe-issue.js';
import { openAiError, type OpenAiErrorBody } from './openai-errors.js';
import { findUnknownField } from '../core/find-unknown-field.js';
import {
  CHAT_FIELDS,
  EMBEDDING_FIELDS,
  chatCompletionSchema,
  embeddingsSchema,
  type ChatCompletionBody,
  type EmbeddingsBody,
} from './openai-schemas.js';
import type { z } from 'zod';

export type Validated<T> = { ok: true; body: T } | { ok: false; error: OpenAiErrorBody };

const invalid = (
  message: string,
  param: string | null,
  code: string | null = null,
): { ok: false; error: OpenAiErrorBody } => ({
  ok: false,
  error: openAiError(message, 'invalid_request_error', param, code),
});

/** Words a zod failure the way OpenAI words its 400s. */
export function openAiIssue(error: z.ZodError): { ok: false; error: OpenAiErrorBody } {
  const issue = describeIssue(error);
  const param = bracketPath(issue.path);
  if (issue.kind === 'missing')
    return invalid(`Missing required parameter: '${param}'.`, param, 'missing_required_parameter');
  if (issue.kind === 'type')
    return invalid(`Invalid type for '${param}': ${issue.detail}.`, param, 'invalid_type');
  return invalid(`Invalid value for '${param}': ${issue.detail}.`, param, 'invalid_value');
}

// Cross-field rules the real endpoint enforces beyond the shape of each field.
const CHAT_RULES: ((
  body: ChatCompletionBody,
) => { ok: false; error: OpenAiErrorBody } | undefined)[] = [
  (body) =>
    body.stream_options != null && body.stream !== true
      ? invalid(
          "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
          'stream_options',
        )
      : undefined,
  (body) =>
    body.tool_choice !== undefined && (body.tools === undefined || body.tools.length === 0)
      ? invalid(
          "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified.",
          'tool_choice',
        )
      : undefined,
  (body) => {
    const index = body.messages.findIndex((m) => m.role === 'tool' && m.tool_call_id === undefined);
    return index >= 0
      ? invalid(
          "Missing parameter 'tool_call_id': messages with role 'tool' must have a 'tool_call_id'.",
          `messages.[${index}].tool_call_id`,
        )
      : undefined;
  },
  (body) => {
    const index = body.messages.findIndex(
      (m) =>
        (m.role === 'user' || m.role === 'system' || m.role === 'developer') && m.content == null,
    );
    return index >= 0
      ? invalid(
          `Missing required parameter: 'messages[${index}].content'.`,
          `messages[${index}].content`,
          'missing_required_parameter',
        )
      : undefined;
  },
  (body) =>
    body.response_format?.type === 'json_object' &&
    !JSON.stringify(body.messages).toLowerCase().includes('json')
      ? invalid(
          "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
          'messages',
        )
      : undefined,
];

export function validateChatRequest(raw: unknown): Validated<ChatCompletionBody> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return invalid('Invalid request body: expected a JSON object.', null);
  const unknown = findUnknownField(raw, CHAT_FIELDS);
  if (unknown !== undefined)
    return invalid(`Unrecognized request argument supplied: ${unknown}`, null);
  const parsed = chatCompletionSchema.safeParse(raw);
  if (!parsed.success) return openAiIssue(parsed.error);
  for (const rule of CHAT_RULES) {
    const failure = rule(parsed.data);
    if (failure !== undefined) return failure;
  }
  return { ok: true, body: parsed.data };
}

export function validateEmbeddingsRequest(raw: unknown): Validated<EmbeddingsBody> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return invalid('Invalid request body: expected a JSON object.', null);
  const unknown = findUnknownField(raw, EMBEDDING_FIELDS);
  if (unknown !== undefined)
    return invalid(`Unrecognized request argument supplied: ${unknown}`, null);
  const parsed = embeddingsSchema.safeParse(raw);
  if (!parsed.success) return openAiIssue(parsed.error);
  const input = parsed.data.input;
  if (input === '' || (Array.isArray(input) && input.some((item) => item === ''))) {
    return invalid(
      "'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.",
      null,
    );
  }
  return { ok: true, body: parsed.data };
}

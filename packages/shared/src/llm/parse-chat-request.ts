import type { ChatMessage, ChatRequest } from './chat-types.js';
import {
  chatRequestSchema,
  MODELLED_CHAT_FIELDS,
  type ParsedChatBody,
} from './chat-request-schema.js';
import { describeRequestIssue } from './describe-request-issue.js';
import {
  invalidRequest,
  type InvalidRequestError,
  type ParseResult,
} from './invalid-request-error.js';

type Rule = (body: ParsedChatBody) => InvalidRequestError | undefined;

// Cross-field rules OpenAI enforces beyond each field's own shape, worded as OpenAI words them.
const CHAT_RULES: readonly Rule[] = [
  (body) =>
    body.stream_options != null && body.stream !== true
      ? invalidRequest(
          "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
          'stream_options',
        )
      : undefined,
  (body) => {
    const index = body.messages.findIndex((m) => m.role === 'tool' && m.tool_call_id === undefined);
    return index < 0
      ? undefined
      : invalidRequest(
          "Missing parameter 'tool_call_id': messages with role 'tool' must have a 'tool_call_id'.",
          `messages[${index}].tool_call_id`,
          'missing_required_parameter',
        );
  },
  (body) => {
    const index = body.messages.findIndex(
      (m) => m.role === 'assistant' && m.content == null && (m.tool_calls ?? []).length === 0,
    );
    return index < 0
      ? undefined
      : invalidRequest(
          `Missing required parameter: 'messages[${index}].content'.`,
          `messages[${index}].content`,
          'missing_required_parameter',
        );
  },
  (body) => requiresTools(body, 'tool_choice', body.tool_choice !== undefined),
  (body) => requiresTools(body, 'parallel_tool_calls', body.parallel_tool_calls !== undefined),
  (body) =>
    body.response_format?.type === 'json_object' &&
    !JSON.stringify(body.messages).toLowerCase().includes('json')
      ? invalidRequest(
          "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
          'messages',
        )
      : undefined,
];

function requiresTools(
  body: ParsedChatBody,
  field: string,
  present: boolean,
): InvalidRequestError | undefined {
  return present && (body.tools ?? []).length === 0
    ? invalidRequest(
        `Invalid value for '${field}': '${field}' is only allowed when 'tools' are specified.`,
        field,
      )
    : undefined;
}

/**
 * Parses a caller's `POST /v1/chat/completions` body with OpenAI's validation semantics. Top-level
 * fields Gatehouse does not model are returned in `extra` (OpenAI-family upstreams receive them).
 */
export function parseChatRequest(body: unknown): ParseResult<ChatRequest> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return {
      ok: false,
      error: invalidRequest('Invalid request body: expected a JSON object.', null, 'invalid_type'),
    };
  const parsed = chatRequestSchema.safeParse(body);
  if (!parsed.success) return { ok: false, error: describeRequestIssue(parsed.error, body) };
  for (const rule of CHAT_RULES) {
    const error = rule(parsed.data);
    if (error !== undefined) return { ok: false, error };
  }
  return { ok: true, request: toChatRequest(parsed.data, body) };
}

// The rules above guarantee a tool message's id; an assistant's absent content is null.
function toChatMessage(message: ParsedChatBody['messages'][number]): ChatMessage {
  if (message.role === 'tool') return { ...message, tool_call_id: message.tool_call_id ?? '' };
  if (message.role === 'assistant') return { ...message, content: message.content ?? null };
  return message;
}

function toChatRequest(data: ParsedChatBody, body: object): ChatRequest {
  const { stream, messages, ...rest } = data;
  const extra = Object.fromEntries(
    Object.entries(body).filter(([key]) => !MODELLED_CHAT_FIELDS.has(key)),
  );
  return {
    ...rest,
    messages: messages.map(toChatMessage),
    ...(stream != null ? { stream } : {}),
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
  };
}

import type { z } from 'zod';
import { describeIssue, dottedPath } from '../core/describe-issue.js';
import { anthropicError, type AnthropicErrorBody } from './anthropic-errors.js';
import { findUnknownField } from '../core/find-unknown-field.js';
import {
  COUNT_TOKENS_FIELDS,
  MESSAGE_FIELDS,
  countTokensSchema,
  createMessageSchema,
  type CountTokensBody,
  type CreateMessageBody,
} from './anthropic-schemas.js';

export type Validated<T> = { ok: true; body: T } | { ok: false; error: AnthropicErrorBody };

const invalid = (message: string): { ok: false; error: AnthropicErrorBody } => ({
  ok: false,
  error: anthropicError('invalid_request_error', message),
});

/** Words a zod failure the way Anthropic (pydantic) words it: `max_tokens: Field required`. */
function anthropicIssue(error: z.ZodError): { ok: false; error: AnthropicErrorBody } {
  const issue = describeIssue(error);
  const path = dottedPath(issue.path);
  return invalid(issue.kind === 'missing' ? `${path}: Field required` : `${path}: ${issue.detail}`);
}

type Shared = Pick<CreateMessageBody, 'messages' | 'tools' | 'tool_choice' | 'thinking'> & {
  max_tokens?: number;
  temperature?: number;
};

const isEmptyContent = (content: Shared['messages'][number]['content']): boolean =>
  typeof content === 'string' ? content === '' : content.length === 0;

const isThinking = (body: Shared): boolean =>
  body.thinking !== undefined && body.thinking.type !== 'disabled';

const RULES: ((body: Shared) => string | undefined)[] = [
  (body) => (body.messages.length === 0 ? 'messages: at least one message is required' : undefined),
  (body) => {
    const last = body.messages.length - 1;
    const index = body.messages.findIndex(
      (m, i) => isEmptyContent(m.content) && !(i === last && m.role === 'assistant'),
    );
    return index >= 0
      ? `messages.${index}: all messages must have non-empty content except for the optional final assistant message`
      : undefined;
  },
  (body) =>
    body.messages.some(
      (m) =>
        typeof m.content !== 'string' && m.content.some((b) => b.type === 'text' && b.text === ''),
    )
      ? 'messages: text content blocks must be non-empty'
      : undefined,
  (body) =>
    body.tool_choice !== undefined &&
    body.tool_choice.type !== 'none' &&
    body.tool_choice.type !== 'auto' &&
    (body.tools ?? []).length === 0
      ? 'tool_choice may only be specified while providing tools.'
      : undefined,
  (body) =>
    body.thinking?.type === 'enabled' &&
    body.max_tokens !== undefined &&
    body.max_tokens <= body.thinking.budget_tokens
      ? 'max_tokens must be greater than thinking.budget_tokens. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-window-size'
      : undefined,
  (body) =>
    isThinking(body) && (body.tool_choice?.type === 'any' || body.tool_choice?.type === 'tool')
      ? 'Thinking may not be enabled when tool_choice forces tool use.'
      : undefined,
  (body) =>
    isThinking(body) && body.temperature !== undefined && body.temperature !== 1
      ? '`temperature` may only be set to 1 when thinking is enabled. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking#important-considerations-when-using-extended-thinking'
      : undefined,
  (body) => {
    const choice = body.tool_choice;
    if (choice?.type !== 'tool') return undefined;
    return (body.tools ?? []).some((t) => t.name === choice.name)
      ? undefined
      : `tool_choice.name: Tool '${choice.name}' not found in provided tools`;
  },
];

function validate<T extends Shared>(
  schema: z.ZodType<T>,
  fields: ReadonlySet<string>,
  raw: unknown,
): Validated<T> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return invalid('Input should be a valid dictionary');
  const unknown = findUnknownField(raw, fields);
  if (unknown !== undefined) return invalid(`${unknown}: Extra inputs are not permitted`);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return anthropicIssue(parsed.error);
  for (const rule of RULES) {
    const message = rule(parsed.data);
    if (message !== undefined) return invalid(message);
  }
  return { ok: true, body: parsed.data };
}

export const validateMessagesRequest = (raw: unknown): Validated<CreateMessageBody> =>
  validate(createMessageSchema, MESSAGE_FIELDS, raw);
export const validateCountTokensRequest = (raw: unknown): Validated<CountTokensBody> =>
  validate(countTokensSchema, COUNT_TOKENS_FIELDS, raw);

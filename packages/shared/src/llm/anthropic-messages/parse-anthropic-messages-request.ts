import type { z } from 'zod';
import {
  ANTHROPIC_MESSAGES_FIELDS,
  anthropicMessagesRequestSchema,
  type AnthropicMessagesRequest,
} from './anthropic-messages-schema.js';
import { checkAnthropicMessagesRules } from './check-anthropic-messages-rules.js';
import { toAnthropicError, type AnthropicErrorResponse } from './to-anthropic-error.js';

export type ParsedAnthropicMessagesRequest =
  { ok: true; request: AnthropicMessagesRequest } | { ok: false; error: AnthropicErrorResponse };

const invalid = (message: string): ParsedAnthropicMessagesRequest => ({
  ok: false,
  error: toAnthropicError(400, message),
});

type Issue = z.core.$ZodIssue;

// Unions (string | blocks, block types) report "Invalid input" at the union: descend into the
// branch that got furthest, so the message points at the field that is actually wrong.
function deepest(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const branches = issue.errors.flatMap((branch) =>
    branch[0] === undefined ? [] : [deepest(branch[0])],
  );
  const best = branches.reduce<Issue | undefined>(
    (a, b) => (a === undefined || b.path.length > a.path.length ? b : a),
    undefined,
  );
  return best === undefined ? issue : { ...best, path: [...issue.path, ...best.path] };
}

// A discriminated union reports the whole object; the tag is its `type`.
const tagOf = (input: unknown): unknown =>
  typeof input === 'object' && input !== null && 'type' in input ? input.type : input;

// Worded like the API's (pydantic) messages: `max_tokens: Field required`.
function describe(error: z.ZodError): string {
  const first = error.issues[0];
  if (first === undefined) return 'Invalid request';
  const issue = deepest(first);
  const path = issue.path.map(String).join('.') || 'body';
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${path}: Field required`;
  if (
    issue.code === 'invalid_union' &&
    'note' in issue &&
    issue.note === 'No matching discriminator'
  )
    return `${path}: Input tag ${JSON.stringify(tagOf(issue.input)) ?? 'undefined'} does not match any of the expected tags`;
  return `${path}: ${issue.message}`;
}

/**
 * Validates a `/v1/messages` body the way the Messages API does: field types, required
 * `max_tokens`, no unknown top-level fields, content and tool pairing rules. Consecutive turns of
 * one role are allowed (the API combines them). Returns the request or an Anthropic-shaped 400.
 */
export function parseAnthropicMessagesRequest(body: unknown): ParsedAnthropicMessagesRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return invalid('Input should be a valid dictionary');
  const unknown = Object.keys(body).find((key) => !ANTHROPIC_MESSAGES_FIELDS.has(key));
  if (unknown !== undefined) return invalid(`${unknown}: Extra inputs are not permitted`);
  const parsed = anthropicMessagesRequestSchema.safeParse(body, { reportInput: true });
  if (!parsed.success) return invalid(describe(parsed.error));
  const broken = checkAnthropicMessagesRules(parsed.data);
  return broken === undefined ? { ok: true, request: parsed.data } : invalid(broken);
}

import {
  MISTRAL_ERRORS,
  mistralError,
  mistralValidationError,
  type MistralErrorBody,
} from './mistral-errors.js';
import {
  mistralChatSchema,
  mistralEmbeddingsSchema,
  type MistralChatBody,
  type MistralEmbeddingsBody,
} from './mistral-schemas.js';

export type MistralValidated<T> =
  { ok: true; body: T } | { ok: false; status: number; error: MistralErrorBody };

const TOOL_CALL_ID = /^[a-zA-Z0-9]{9}$/;

// What Mistral checks beyond each field's shape (400s, worded as Mistral words them).
const CHAT_RULES: ((body: MistralChatBody) => MistralErrorBody | undefined)[] = [
  (body) =>
    body.messages.length === 0 ? mistralError('Messages list cannot be empty') : undefined,
  (body) => {
    const ids = body.messages.flatMap((m) =>
      m.role === 'assistant'
        ? (m.tool_calls ?? []).flatMap((c) => (c.id == null ? [] : [c.id]))
        : m.role === 'tool' && m.tool_call_id != null
          ? [m.tool_call_id]
          : [],
    );
    const bad = ids.find((id) => !TOOL_CALL_ID.test(id));
    return bad === undefined ? undefined : MISTRAL_ERRORS.toolCallId(bad);
  },
  (body) => {
    const last = body.messages.at(-1);
    if (last === undefined || last.role === 'user' || last.role === 'tool') return undefined;
    if (last.role === 'assistant' && last.prefix === true) return undefined;
    return mistralError(
      `Expected last role User or Tool (or Assistant with prefix True) for serving but got ${last.role}`,
    );
  },
];

export function validateMistralChat(raw: unknown): MistralValidated<MistralChatBody> {
  const parsed = mistralChatSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, status: 422, error: mistralValidationError(parsed.error, raw) };
  for (const rule of CHAT_RULES) {
    const error = rule(parsed.data);
    if (error !== undefined) return { ok: false, status: 400, error };
  }
  return { ok: true, body: parsed.data };
}

export function validateMistralEmbeddings(raw: unknown): MistralValidated<MistralEmbeddingsBody> {
  const parsed = mistralEmbeddingsSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, status: 422, error: mistralValidationError(parsed.error, raw) };
  return { ok: true, body: parsed.data };
}

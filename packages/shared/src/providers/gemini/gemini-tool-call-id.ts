// Gemini 3 returns a `thoughtSignature` with function calls and rejects the next turn (400) when
// the signature is not sent back with that call. OpenAI's format has nowhere to keep it except the
// tool call id, which every client echoes verbatim: so it rides in the id, after a `~` (never
// part of base64 or of the ids Gatehouse generates).
const SEPARATOR = '~';

/**
 * The documented stand-in for a history Gemini did not produce (another model's tool calls):
 * it tells the API to skip signature validation for that call.
 */
export const SKIP_THOUGHT_SIGNATURE = 'skip_thought_signature_validator';

/** A tool call id for the `n`th function call of a completion, carrying its signature if any. */
export function toGeminiToolCallId(completionId: string, n: number, signature?: string): string {
  const base = `${completionId.replace(/^chatcmpl-/, 'call_')}_${n}`;
  return signature === undefined || signature === '' ? base : `${base}${SEPARATOR}${signature}`;
}

/** The thought signature carried by a tool call id, if any. */
export function thoughtSignatureOf(toolCallId: string): string | undefined {
  const at = toolCallId.indexOf(SEPARATOR);
  return at < 0 || at === toolCallId.length - 1 ? undefined : toolCallId.slice(at + 1);
}

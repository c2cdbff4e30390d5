import { decode, encode } from 'gpt-tokenizer/encoding/o200k_base';

/** Tokens of a plain string with the o200k_base encoding (GPT-4o family). */
export function countTokens(text: string): number {
  return text.length === 0 ? 0 : encode(text).length;
}

/** Cuts text to at most `limit` tokens; `truncated` says whether anything was cut. */
export function truncateToTokens(text: string, limit: number): { text: string; tokens: number; truncated: boolean } {
  const tokens = encode(text);
  if (tokens.length <= limit) return { text, tokens: tokens.length, truncated: false };
  return { text: decode(tokens.slice(0, limit)), tokens: limit, truncated: true };
}

export type OpenAiCountableMessage = { role: string; content: string; name?: string };

// OpenAI's cookbook counting for gpt-4o-class chat models: every message costs 3 tokens of
// framing, a `name` one more, and every reply is primed with 3 tokens (<|start|>assistant<|message|>).
const TOKENS_PER_MESSAGE = 3;
const TOKENS_PER_NAME = 1;
const REPLY_PRIMING_TOKENS = 3;

/** Prompt tokens of an OpenAI chat request, counted the way the OpenAI cookbook does. */
export function countOpenAiPromptTokens(messages: OpenAiCountableMessage[], toolsJson?: string): number {
  let total = REPLY_PRIMING_TOKENS;
  for (const message of messages) {
    total += TOKENS_PER_MESSAGE + countTokens(message.role) + countTokens(message.content);
    if (message.name !== undefined) total += TOKENS_PER_NAME + countTokens(message.name);
  }
  // Tool definitions are injected into the system prompt; their JSON is a close estimate.
  if (toolsJson !== undefined) total += countTokens(toolsJson);
  return total;
}

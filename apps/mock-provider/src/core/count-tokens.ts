import { decode, encode } from 'gpt-tokenizer/encoding/o200k_base';
import type { PromptPart } from './prompt-cache.js';

/** Tokens of a plain string with the o200k_base encoding (GPT-4o family). */
export function countTokens(text: string): number {
  return text.length === 0 ? 0 : encode(text).length;
}

/** Cuts text to at most `limit` tokens; `truncated` says whether anything was cut. */
export function truncateToTokens(
  text: string,
  limit: number,
): { text: string; tokens: number; truncated: boolean } {
  const tokens = encode(text);
  if (tokens.length <= limit) return { text, tokens: tokens.length, truncated: false };
  return { text: decode(tokens.slice(0, limit)), tokens: limit, truncated: true };
}

/** A message as counted: its text, and `extraTokens` for non-text parts such as images. */
export type OpenAiCountableMessage = {
  role: string;
  content: string;
  name?: string;
  extraTokens?: number;
};

// OpenAI's cookbook counting for gpt-4o-class chat models: every message costs 3 tokens of
// framing, a `name` one more, and every reply is primed with 3 tokens (<|start|>assistant<|message|>).
const TOKENS_PER_MESSAGE = 3;
const TOKENS_PER_NAME = 1;
export const REPLY_PRIMING_TOKENS = 3;

/**
 * The parts of an OpenAI prompt in cache order (tool definitions first, then each message with
 * its framing tokens), for prefix caching and counting.
 */
export function openAiPromptParts(
  messages: OpenAiCountableMessage[],
  toolsJson?: string,
): PromptPart[] {
  // Tool definitions are injected into the system prompt; their JSON is a close estimate.
  const tools =
    toolsJson === undefined ? [] : [{ json: toolsJson, tokens: countTokens(toolsJson) }];
  return [
    ...tools,
    ...messages.map((message) => {
      let tokens =
        TOKENS_PER_MESSAGE +
        countTokens(message.role) +
        countTokens(message.content) +
        (message.extraTokens ?? 0);
      if (message.name !== undefined) tokens += TOKENS_PER_NAME + countTokens(message.name);
      return { json: JSON.stringify(message), tokens };
    }),
  ];
}

/** Prompt tokens of an OpenAI chat request, counted the way the OpenAI cookbook does. */
export function countOpenAiPromptTokens(
  messages: OpenAiCountableMessage[],
  toolsJson?: string,
): number {
  return openAiPromptParts(messages, toolsJson).reduce(
    (sum, part) => sum + part.tokens,
    REPLY_PRIMING_TOKENS,
  );
}

// OpenAI caches prompts of 1024 tokens or more, in 128-token steps beyond the first 1024.
const OPENAI_CACHE_MIN = 1024;
const OPENAI_CACHE_STEP = 128;

/** The `cached_tokens` OpenAI reports for a cached prefix of `prefixTokens`. */
export function openAiCachedTokens(prefixTokens: number): number {
  if (prefixTokens < OPENAI_CACHE_MIN) return 0;
  return (
    OPENAI_CACHE_MIN +
    Math.floor((prefixTokens - OPENAI_CACHE_MIN) / OPENAI_CACHE_STEP) * OPENAI_CACHE_STEP
  );
}

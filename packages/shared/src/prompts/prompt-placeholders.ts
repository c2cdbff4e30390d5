import type { PromptMessage } from './prompt-schemas.js';

/**
 * `{{ name }}` with optional spaces. Names only: no expressions, filters or helpers, so a
 * template can never run code.
 */
export const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The texts of a message: its string content, or the text of each text part. */
export function messageTexts(message: PromptMessage): string[] {
  if (typeof message.content === 'string') return [message.content];
  return message.content.flatMap((part) => (part.type === 'text' ? [part.text] : []));
}

/** Every variable name the messages refer to, in order of first appearance. */
export function listPromptPlaceholders(messages: readonly PromptMessage[]): string[] {
  const names = new Set<string>();
  for (const text of messages.flatMap(messageTexts)) {
    for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1] ?? '');
  }
  return [...names];
}

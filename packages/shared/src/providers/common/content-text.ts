import type { z } from 'zod';
import type { contentSchema } from './openai-family-schemas.js';

/** The visible text of a vendor's content: the string, or its `text` parts joined (thinking parts are not shown). */
export function contentText(content: z.infer<typeof contentSchema>): string | null {
  if (content == null) return null;
  if (typeof content === 'string') return content;
  return content.map((part) => (part.type === 'text' ? (part.text ?? '') : '')).join('');
}

/** Tool-call arguments as the JSON string OpenAI sends (some vendors send an object). */
export function argumentsText(value: string | Record<string, unknown>): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

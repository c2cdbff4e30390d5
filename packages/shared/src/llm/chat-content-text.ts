import type { ChatContentPart } from './chat-types.js';

/** A message's content as plain text: the string, or its text parts joined (images left out). */
export function chatContentText(content: string | ChatContentPart[] | null): string {
  if (content === null) return '';
  if (typeof content === 'string') return content;
  return content.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

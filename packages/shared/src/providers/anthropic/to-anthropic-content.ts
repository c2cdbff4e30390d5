import type { ChatContentPart } from '../../llm/chat-types.js';
import { parseDataUrl } from '../../llm/parse-data-url.js';
import type { AnthropicImageBlock, AnthropicTextBlock } from './anthropic-request-types.js';

/** An OpenAI image part as an Anthropic image block: data URLs inline (base64), others by URL. */
export function toAnthropicImage(url: string): AnthropicImageBlock {
  const inline = parseDataUrl(url);
  return inline === undefined
    ? { type: 'image', source: { type: 'url', url } }
    : { type: 'image', source: { type: 'base64', media_type: inline.mimeType, data: inline.data } };
}

/**
 * OpenAI message content as Anthropic blocks. Empty text is dropped: the API rejects empty
 * text blocks ("text content blocks must be non-empty").
 */
export function toAnthropicContent(
  content: string | ChatContentPart[] | null,
): Array<AnthropicTextBlock | AnthropicImageBlock> {
  if (content === null) return [];
  if (typeof content === 'string') return content === '' ? [] : [{ type: 'text', text: content }];
  return content.flatMap((part): Array<AnthropicTextBlock | AnthropicImageBlock> => {
    if (part.type === 'image_url') return [toAnthropicImage(part.image_url.url)];
    return part.text === '' ? [] : [{ type: 'text', text: part.text }];
  });
}

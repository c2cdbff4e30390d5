import type { ChatContentPart } from '../../llm/chat-types.js';
import { parseDataUrl } from '../../llm/parse-data-url.js';
import type { GeminiPart } from './gemini-request-types.js';

const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
};

// fileData needs a MIME type; an image URL's extension is the only hint (JPEG when there is none).
function imageMimeType(url: string): string {
  const extension = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(url)?.[1]?.toLowerCase() ?? '';
  return IMAGE_TYPES[extension] ?? 'image/jpeg';
}

/** An OpenAI image URL as a Gemini part: data URLs inline, other URLs as fileData. */
export function toGeminiImagePart(url: string): GeminiPart {
  const inline = parseDataUrl(url);
  return inline === undefined
    ? { fileData: { mimeType: imageMimeType(url), fileUri: url } }
    : { inlineData: { mimeType: inline.mimeType, data: inline.data } };
}

/** OpenAI message content as Gemini parts (empty text dropped: Gemini rejects empty parts). */
export function toGeminiParts(content: string | ChatContentPart[] | null): GeminiPart[] {
  if (content === null) return [];
  if (typeof content === 'string') return content === '' ? [] : [{ text: content }];
  return content.flatMap((part): GeminiPart[] => {
    if (part.type === 'image_url') return [toGeminiImagePart(part.image_url.url)];
    return part.text === '' ? [] : [{ text: part.text }];
  });
}

import { countTokens } from '../core/count-tokens.js';
import { IMAGE_TOKENS } from '../core/image-tokens.js';
import type { PromptPart } from '../core/prompt-cache.js';
import type { AnthropicMessage, CountTokensBody } from './anthropic-schemas.js';

// Anthropic's tokenizer is not public; o200k plus a few framing tokens per message lands close
// to what the API reports for English text.
const TOKENS_PER_MESSAGE = 3;
const BASE_TOKENS = 4;

/** A prompt part; `breakpoint` marks a `cache_control` block, where a cached prefix may end. */
export type AnthropicPromptPart = PromptPart & { breakpoint: boolean };

type Block = Exclude<AnthropicMessage['content'], string>[number];

function blockText(block: Block): string {
  if (block.type === 'text') return block.text;
  if (block.type === 'tool_use') return `${block.name}(${JSON.stringify(block.input)})`;
  if (block.type === 'tool_result') {
    if (typeof block.content === 'string') return block.content;
    return (block.content ?? []).map((c) => (typeof c.text === 'string' ? c.text : '')).join('');
  }
  return '';
}

export function anthropicMessageText(message: AnthropicMessage): string {
  return typeof message.content === 'string'
    ? message.content
    : message.content.map(blockText).join('\n');
}

const marked = (value: object): boolean => 'cache_control' in value && value.cache_control != null;

function part(value: unknown, tokens: number, breakpoint: boolean): AnthropicPromptPart {
  return { json: JSON.stringify(value), tokens, breakpoint };
}

// Framing tokens go to the first block of each turn.
function turnParts(
  role: string,
  content: string | { text: string; block: object }[],
): AnthropicPromptPart[] {
  if (typeof content === 'string')
    return [part([role, content], TOKENS_PER_MESSAGE + countTokens(content), false)];
  return content.map((item, i) =>
    part(
      [role, item.block],
      (i === 0 ? TOKENS_PER_MESSAGE : 0) + blockTokens(item),
      marked(item.block),
    ),
  );
}

function blockTokens(item: { text: string; block: object }): number {
  const type = 'type' in item.block ? item.block.type : undefined;
  return countTokens(item.text) + (type === 'image' ? IMAGE_TOKENS.anthropic : 0);
}

/**
 * The prompt in Anthropic's cache order — tools, system, messages — one part per tool and block.
 * A top-level `cache_control` (automatic caching) puts a breakpoint on the last block.
 */
export function anthropicPromptParts(body: CountTokensBody): AnthropicPromptPart[] {
  const parts: AnthropicPromptPart[] = [part('base', BASE_TOKENS, false)];
  for (const tool of body.tools ?? [])
    parts.push(part(tool, countTokens(JSON.stringify(tool)), marked(tool)));
  const system = body.system;
  if (system !== undefined && system !== '') {
    parts.push(
      ...turnParts(
        'system',
        typeof system === 'string' ? system : system.map((b) => ({ text: b.text, block: b })),
      ),
    );
  }
  for (const message of body.messages) {
    const content =
      typeof message.content === 'string'
        ? message.content
        : message.content.map((b) => ({ text: blockText(b), block: b }));
    parts.push(...turnParts(message.role, content));
  }
  const last = parts[parts.length - 1];
  if (last !== undefined && body.cache_control != null) last.breakpoint = true;
  return parts;
}

/** Input tokens the way the mock reports them for Messages and count_tokens alike. */
export function countAnthropicInputTokens(body: CountTokensBody): number {
  return anthropicPromptParts(body).reduce((sum, p) => sum + p.tokens, 0);
}

// Prefixes shorter than this are not cached (the documented minimum for Sonnet and Opus).
const MIN_CACHEABLE_TOKENS = 1024;

export type CacheUsage = { read: number; write: number };

export const isCacheable = (segment: { tokens: number }): boolean =>
  segment.tokens >= MIN_CACHEABLE_TOKENS;

/**
 * Anthropic's cache accounting for one request, given its cacheable breakpoint prefixes in order
 * and the tokens of the longest one already cached: that much is read, and the rest up to the
 * last breakpoint is written.
 */
export function planAnthropicCache(
  breakpoints: { tokens: number }[],
  cachedTokens: number,
): CacheUsage {
  const last = breakpoints[breakpoints.length - 1];
  return last === undefined
    ? { read: 0, write: 0 }
    : { read: cachedTokens, write: last.tokens - cachedTokens };
}

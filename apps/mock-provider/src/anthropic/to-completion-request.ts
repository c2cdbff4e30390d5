import { countTokens } from '../core/count-tokens.js';
import type { CompletionRequest, ToolChoice } from '../core/plan-completion.js';
import type { AnthropicMessage, CountTokensBody, CreateMessageBody } from './anthropic-schemas.js';

// Anthropic's tokenizer is not public; o200k plus a few framing tokens per message lands close
// to what the API reports for English text.
const TOKENS_PER_MESSAGE = 3;
const BASE_TOKENS = 4;

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
  return typeof message.content === 'string' ? message.content : message.content.map(blockText).join('\n');
}

function systemText(system: CreateMessageBody['system']): string {
  if (system === undefined) return '';
  return typeof system === 'string' ? system : system.map((b) => b.text).join('\n');
}

function customTools(body: CountTokensBody) {
  return (body.tools ?? []).flatMap((t) => ('input_schema' in t && t.input_schema !== undefined ? [{ name: t.name, parameters: t.input_schema }] : []));
}

/** Input tokens the way the mock reports them for Messages and count_tokens alike. */
export function countAnthropicInputTokens(body: CountTokensBody): number {
  const system = systemText(body.system);
  let total = BASE_TOKENS + (system ? countTokens(system) + TOKENS_PER_MESSAGE : 0);
  for (const message of body.messages) total += TOKENS_PER_MESSAGE + countTokens(anthropicMessageText(message));
  if ((body.tools ?? []).length > 0) total += countTokens(JSON.stringify(body.tools));
  return total;
}

const TOOL_CHOICES: Record<string, 'auto' | 'none' | 'required'> = { auto: 'auto', any: 'required', none: 'none' };

function toToolChoice(choice: CreateMessageBody['tool_choice']): ToolChoice {
  if (choice === undefined) return { mode: 'auto' };
  if (choice.type === 'tool') return { mode: 'tool', name: choice.name };
  return { mode: TOOL_CHOICES[choice.type] ?? 'auto' };
}

function isToolResultTurn(message: AnthropicMessage | undefined): boolean {
  return message !== undefined && typeof message.content !== 'string' && message.content.some((b) => b.type === 'tool_result');
}

// Thinking the mock does when asked: capped so tests stay small, never above the budget.
const THINKING_TOKENS = 64;

function thinkingTokens(thinking: CreateMessageBody['thinking']): number {
  if (thinking === undefined || thinking.type === 'disabled') return 0;
  return thinking.type === 'enabled' ? Math.min(thinking.budget_tokens, THINKING_TOKENS) : THINKING_TOKENS;
}

/** Maps a validated Messages body to the vendor-neutral request. */
export function toCompletionRequest(body: CreateMessageBody): CompletionRequest {
  const lastUser = [...body.messages].reverse().find((m) => m.role === 'user' && !isToolResultTurn(m));
  return {
    model: body.model,
    seedText: JSON.stringify([body.system ?? null, body.messages, body.tools ?? null, body.tool_choice ?? null]),
    lastUserText: lastUser === undefined ? '' : anthropicMessageText(lastUser),
    tools: customTools(body),
    toolChoice: toToolChoice(body.tool_choice),
    endsWithToolResult: isToolResultTurn(body.messages[body.messages.length - 1]),
    maxTokens: body.max_tokens,
    stop: body.stop_sequences ?? [],
    format: { kind: 'text' },
    choiceIndex: 0,
    reasoningTokens: thinkingTokens(body.thinking),
  };
}

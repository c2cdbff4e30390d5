import { anthropicMessageText } from './anthropic-prompt-parts.js';
import type { CompletionRequest, ToolChoice } from '../core/plan-completion.js';
import type { AnthropicMessage, CountTokensBody, CreateMessageBody } from './anthropic-schemas.js';

function customTools(body: CountTokensBody) {
  return (body.tools ?? []).flatMap((t) =>
    'input_schema' in t && t.input_schema !== undefined
      ? [{ name: t.name, parameters: t.input_schema }]
      : [],
  );
}

const TOOL_CHOICES: Record<string, 'auto' | 'none' | 'required'> = {
  auto: 'auto',
  any: 'required',
  none: 'none',
};

function toToolChoice(choice: CreateMessageBody['tool_choice']): ToolChoice {
  if (choice === undefined) return { mode: 'auto' };
  if (choice.type === 'tool') return { mode: 'tool', name: choice.name };
  return { mode: TOOL_CHOICES[choice.type] ?? 'auto' };
}

function isToolResultTurn(message: AnthropicMessage | undefined): boolean {
  return (
    message !== undefined &&
    typeof message.content !== 'string' &&
    message.content.some((b) => b.type === 'tool_result')
  );
}

// Thinking the mock does when asked: capped so tests stay small, never above the budget.
const THINKING_TOKENS = 64;

function thinkingTokens(thinking: CreateMessageBody['thinking']): number {
  if (thinking === undefined || thinking.type === 'disabled') return 0;
  return thinking.type === 'enabled'
    ? Math.min(thinking.budget_tokens, THINKING_TOKENS)
    : THINKING_TOKENS;
}

/** Maps a validated Messages body to the vendor-neutral request. */
export function toCompletionRequest(body: CreateMessageBody): CompletionRequest {
  const lastUser = [...body.messages]
    .reverse()
    .find((m) => m.role === 'user' && !isToolResultTurn(m));
  return {
    model: body.model,
    seedText: JSON.stringify([
      body.system ?? null,
      body.messages,
      body.tools ?? null,
      body.tool_choice ?? null,
    ]),
    lastUserText: lastUser === undefined ? '' : anthropicMessageText(lastUser),
    tools: customTools(body),
    toolChoice: toToolChoice(body.tool_choice),
    endsWithToolResult: isToolResultTurn(body.messages[body.messages.length - 1]),
    maxTokens: body.max_tokens,
    stop: body.stop_sequences ?? [],
    format:
      body.output_config?.format == null
        ? { kind: 'text' }
        : { kind: 'json_schema', schema: body.output_config.format.schema },
    choiceIndex: 0,
    reasoningTokens: thinkingTokens(body.thinking),
  };
}

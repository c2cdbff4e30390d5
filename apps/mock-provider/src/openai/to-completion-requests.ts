import { REPLY_PRIMING_TOKENS, openAiPromptParts } from '../core/count-tokens.js';
import { IMAGE_TOKENS } from '../core/image-tokens.js';
import type { PromptPart } from '../core/prompt-cache.js';
import type { CompletionRequest, OutputFormat, ToolChoice } from '../core/plan-completion.js';
import type { ChatCompletionBody, OpenAiMessage } from './openai-schemas.js';

export type OpenAiCompletionInput = {
  requests: CompletionRequest[];
  promptTokens: number;
  promptParts: PromptPart[];
};

// Reasoning tokens a reasoning model spends per `reasoning_effort` (default medium).
const REASONING_TOKENS: Record<string, number> = {
  none: 0,
  minimal: 0,
  low: 24,
  medium: 64,
  high: 192,
  xhigh: 384,
};

/** Maps a validated OpenAI chat body to one vendor-neutral request per choice (`n`). */
export function toCompletionRequests(
  body: ChatCompletionBody,
  model: string,
  reasoningModel = false,
): OpenAiCompletionInput {
  const tools = (body.tools ?? []).map((t) => ({
    name: t.function.name,
    parameters: t.function.parameters ?? {},
  }));
  const lastUser = [...body.messages].reverse().find((m) => m.role === 'user');
  const last = body.messages[body.messages.length - 1];
  // The seed leaves out transport options (stream, n) so streamed and plain answers match.
  const seedText = JSON.stringify([
    body.messages,
    body.tools ?? null,
    body.response_format ?? null,
    body.tool_choice ?? null,
  ]);
  const base = {
    model,
    seedText,
    lastUserText: lastUser === undefined ? '' : messageText(lastUser),
    tools,
    toolChoice: toToolChoice(body.tool_choice),
    endsWithToolResult: last?.role === 'tool' || last?.role === 'function',
    maxTokens: body.max_completion_tokens ?? body.max_tokens ?? undefined,
    stop: body.stop == null ? [] : typeof body.stop === 'string' ? [body.stop] : body.stop,
    format: toFormat(body.response_format),
    reasoningTokens: reasoningModel
      ? (REASONING_TOKENS[String(body.reasoning_effort ?? 'medium')] ?? 64)
      : 0,
  };
  const n = body.n ?? 1;
  const requests = Array.from({ length: n }, (_, choiceIndex) => ({ ...base, choiceIndex }));
  const countable = body.messages.map((m) => ({
    role: m.role,
    content: messageText(m),
    extraTokens: imageTokens(m),
    ...(m.name !== undefined ? { name: m.name } : {}),
  }));
  const promptParts = openAiPromptParts(
    countable,
    tools.length > 0 ? JSON.stringify(body.tools) : undefined,
  );
  const promptTokens = promptParts.reduce((sum, part) => sum + part.tokens, REPLY_PRIMING_TOKENS);
  return { requests, promptTokens, promptParts };
}

function imageTokens(message: OpenAiMessage): number {
  if (typeof message.content === 'string' || message.content == null) return 0;
  return message.content.reduce((sum, part) => {
    if (part.type !== 'image_url') return sum;
    return (
      sum + (part.image_url.detail === 'low' ? IMAGE_TOKENS.openaiLow : IMAGE_TOKENS.openaiHigh)
    );
  }, 0);
}

/** The text of a message as the model sees it: text parts, and tool calls as name + arguments. */
export function messageText(message: OpenAiMessage): string {
  const content = message.content;
  const text =
    typeof content === 'string'
      ? content
      : (content ?? [])
          .map((p) => (p.type === 'text' && typeof p.text === 'string' ? p.text : ''))
          .join('');
  const calls = (message.tool_calls ?? [])
    .map((c) => `${c.function.name}(${c.function.arguments})`)
    .join('\n');
  return calls.length > 0 ? `${text}${text ? '\n' : ''}${calls}` : text;
}

function toToolChoice(choice: ChatCompletionBody['tool_choice']): ToolChoice {
  if (choice === undefined) return { mode: 'auto' };
  if (typeof choice === 'string') return { mode: choice };
  return { mode: 'tool', name: choice.function.name };
}

function toFormat(format: ChatCompletionBody['response_format']): OutputFormat {
  if (format?.type === 'json_object') return { kind: 'json_object' };
  if (format?.type === 'json_schema')
    return { kind: 'json_schema', schema: format.json_schema.schema ?? {} };
  return { kind: 'text' };
}

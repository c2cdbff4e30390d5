import { countTokens } from '../core/count-tokens.js';
import type { CompletionRequest, OutputFormat, ToolChoice } from '../core/plan-completion.js';
import type { MistralChatBody, MistralMessage } from './mistral-schemas.js';

// Mistral's tokenizer frames each message with control tokens ([INST] … [/INST], tool markers)
// and starts with <s>; the mock counts text with o200k_base and adds that framing.
const BOS_TOKENS = 1;
const TOKENS_PER_MESSAGE = 3;

/** The text of a Mistral message as the model sees it: text chunks, then tool calls. */
export function mistralMessageText(message: MistralMessage): string {
  const content = message.content;
  const text =
    typeof content === 'string'
      ? content
      : (content ?? []).map((c) => (c.type === 'text' ? c.text : '')).join('');
  if (message.role !== 'assistant') return text;
  const calls = (message.tool_calls ?? []).map((c) => {
    const args = c.function.arguments;
    return `${c.function.name}(${typeof args === 'string' ? args : JSON.stringify(args)})`;
  });
  return [...(text === '' ? [] : [text]), ...calls].join('\n');
}

export function countMistralPromptTokens(body: MistralChatBody): number {
  const tools =
    body.tools != null && body.tools.length > 0 ? countTokens(JSON.stringify(body.tools)) : 0;
  return body.messages.reduce(
    (sum, m) => sum + TOKENS_PER_MESSAGE + countTokens(mistralMessageText(m)),
    BOS_TOKENS + tools,
  );
}

function toToolChoice(choice: MistralChatBody['tool_choice']): ToolChoice {
  if (choice === undefined || choice === 'auto') return { mode: 'auto' };
  if (choice === 'none') return { mode: 'none' };
  if (choice === 'any' || choice === 'required') return { mode: 'required' };
  return { mode: 'tool', name: choice.function.name };
}

function toFormat(format: MistralChatBody['response_format']): OutputFormat {
  if (format?.type === 'json_object') return { kind: 'json_object' };
  if (format?.type === 'json_schema')
    return { kind: 'json_schema', schema: format.json_schema?.schema ?? {} };
  return { kind: 'text' };
}

/** One vendor-neutral request per choice (`n`) for a validated Mistral chat body. */
export function toMistralCompletionRequests(
  body: MistralChatBody,
  model: string,
): CompletionRequest[] {
  const lastUser = [...body.messages].reverse().find((m) => m.role === 'user');
  const last = body.messages.at(-1);
  const base = {
    model,
    // Transport options (stream, n) stay out of the seed so streamed and plain answers match.
    seedText: JSON.stringify([
      body.messages,
      body.tools ?? null,
      body.response_format ?? null,
      body.tool_choice ?? null,
    ]),
    lastUserText: lastUser === undefined ? '' : mistralMessageText(lastUser),
    tools: (body.tools ?? []).map((t) => ({
      name: t.function.name,
      parameters: t.function.parameters,
    })),
    toolChoice: toToolChoice(body.tool_choice),
    endsWithToolResult: last?.role === 'tool',
    maxTokens: body.max_tokens ?? undefined,
    stop: body.stop === undefined ? [] : typeof body.stop === 'string' ? [body.stop] : body.stop,
    format: toFormat(body.response_format),
  };
  return Array.from({ length: body.n ?? 1 }, (_, choiceIndex) => ({ ...base, choiceIndex }));
}

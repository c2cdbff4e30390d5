import type { ChatRequest } from '../../llm/chat-types.js';
import type { AnthropicTool, AnthropicToolChoice } from './anthropic-request-types.js';

// A function without parameters still needs an object schema on Anthropic.
const EMPTY_SCHEMA = { type: 'object', properties: {} };

export function toAnthropicTools(tools: ChatRequest['tools']): AnthropicTool[] | undefined {
  if (tools === undefined || tools.length === 0) return undefined;
  return tools.map(({ function: fn }) => ({
    name: fn.name,
    ...(fn.description !== undefined ? { description: fn.description } : {}),
    input_schema: fn.parameters ?? EMPTY_SCHEMA,
    ...(fn.strict === true ? { strict: true } : {}),
  }));
}

const CHOICES: Record<'auto' | 'required' | 'none', AnthropicToolChoice['type']> = {
  auto: 'auto',
  required: 'any',
  none: 'none',
};

/**
 * OpenAI `tool_choice` (+ `parallel_tool_calls: false`) as Anthropic's: auto → auto,
 * required → any, none → none, a named function → tool. Undefined when there are no tools
 * (Anthropic rejects a forcing tool_choice without tools).
 */
export function toAnthropicToolChoice(
  request: Pick<ChatRequest, 'tools' | 'tool_choice' | 'parallel_tool_calls'>,
): AnthropicToolChoice | undefined {
  if (request.tools === undefined || request.tools.length === 0) return undefined;
  const choice = request.tool_choice;
  const type =
    choice === undefined ? 'auto' : typeof choice === 'string' ? CHOICES[choice] : 'tool';
  if (type === 'none') return { type: 'none' };
  const serial = request.parallel_tool_calls === false ? { disable_parallel_tool_use: true } : {};
  if (typeof choice === 'object') return { type: 'tool', name: choice.function.name, ...serial };
  if (choice === undefined && request.parallel_tool_calls !== false) return undefined;
  return { type: type === 'any' ? 'any' : 'auto', ...serial };
}

import type {
  AnthropicMessagesBlock,
  AnthropicMessagesMessage,
  AnthropicMessagesRequest,
} from './anthropic-messages-schema.js';

type Turn = { role: string; index: number; blocks: AnthropicMessagesBlock[] };
type Rule = (request: AnthropicMessagesRequest, turns: Turn[]) => string | undefined;

const blocksOf = (message: AnthropicMessagesMessage): AnthropicMessagesBlock[] =>
  typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : message.content;

/** Consecutive user or assistant messages form one turn, as the API combines them. */
export function toTurns(messages: AnthropicMessagesMessage[]): Turn[] {
  const turns: Turn[] = [];
  messages.forEach((message, index) => {
    if (message.role === 'system') return;
    const last = turns[turns.length - 1];
    if (last?.role === message.role) last.blocks.push(...blocksOf(message));
    else turns.push({ role: message.role, index, blocks: [...blocksOf(message)] });
  });
  return turns;
}

const isEmpty = (content: AnthropicMessagesMessage['content']): boolean =>
  typeof content === 'string' ? content === '' : content.length === 0;

const idsOf = (turn: Turn | undefined, type: 'tool_use' | 'tool_result'): string[] =>
  (turn?.blocks ?? []).flatMap((b) =>
    b.type === 'tool_use' && type === 'tool_use'
      ? [b.id]
      : b.type === 'tool_result' && type === 'tool_result'
        ? [b.tool_use_id]
        : [],
  );

function unansweredToolUse(_request: AnthropicMessagesRequest, turns: Turn[]): string | undefined {
  for (let i = 0; i < turns.length - 1; i++) {
    const answered = new Set(idsOf(turns[i + 1], 'tool_result'));
    const missing = idsOf(turns[i], 'tool_use').filter((id) => !answered.has(id));
    if (missing.length > 0)
      return `messages.${turns[i + 1]?.index}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${missing.join(', ')}. Each \`tool_use\` block must have a corresponding \`tool_result\` block in the next message.`;
  }
  return undefined;
}

function unexpectedToolResult(
  _request: AnthropicMessagesRequest,
  turns: Turn[],
): string | undefined {
  for (let i = 0; i < turns.length; i++) {
    const asked = new Set(idsOf(turns[i - 1], 'tool_use'));
    const extra = idsOf(turns[i], 'tool_result').filter((id) => !asked.has(id));
    if (extra.length > 0)
      return `messages.${turns[i]?.index}.content: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${extra.join(', ')}. Each \`tool_result\` block must have a corresponding \`tool_use\` block in the previous message.`;
  }
  return undefined;
}

function untranslatableBlock(request: AnthropicMessagesRequest): string | undefined {
  for (const [m, message] of request.messages.entries()) {
    if (typeof message.content === 'string') continue;
    for (const [b, block] of message.content.entries()) {
      if (block.type === 'document')
        return `messages.${m}.content.${b}: document blocks are not supported by this gateway.`;
      if (block.type === 'image' && block.source.type === 'file')
        return `messages.${m}.content.${b}.source: file sources are not supported by this gateway; send base64 or url.`;
    }
  }
  return undefined;
}

/**
 * The checks the Messages API makes beyond field types (wording follows the API's), plus what
 * Gatehouse cannot send to other providers (documents, file sources, server tools, MCP).
 */
const RULES: Rule[] = [
  (r) => (r.messages.length === 0 ? 'messages: at least one message is required' : undefined),
  (r) => {
    const last = r.messages.length - 1;
    const index = r.messages.findIndex(
      (m, i) => isEmpty(m.content) && !(i === last && m.role === 'assistant'),
    );
    return index < 0
      ? undefined
      : `messages.${index}: all messages must have non-empty content except for the optional final assistant message`;
  },
  (r) =>
    r.messages.some(
      (m) =>
        typeof m.content !== 'string' && m.content.some((b) => b.type === 'text' && b.text === ''),
    )
      ? 'messages: text content blocks must be non-empty'
      : undefined,
  (r) => {
    const index = (r.tools ?? []).findIndex((t) => t.type != null && t.type !== 'custom');
    const tool = r.tools?.[index];
    return tool === undefined
      ? undefined
      : `tools.${index}: server tool '${tool.type}' is not supported by this gateway; only custom tools are.`;
  },
  (r) => {
    const index = (r.tools ?? []).findIndex((t) => t.input_schema === undefined);
    return index < 0 ? undefined : `tools.${index}.input_schema: Field required`;
  },
  (r) =>
    r.tool_choice !== undefined &&
    (r.tool_choice.type === 'any' || r.tool_choice.type === 'tool') &&
    (r.tools ?? []).length === 0
      ? 'tool_choice may only be specified while providing tools.'
      : undefined,
  (r) => {
    const choice = r.tool_choice;
    if (choice?.type !== 'tool') return undefined;
    return (r.tools ?? []).some((t) => t.name === choice.name)
      ? undefined
      : `tool_choice.name: Tool '${choice.name}' not found in provided tools`;
  },
  (r) =>
    (r.mcp_servers ?? []).length > 0
      ? 'mcp_servers: MCP servers are not supported by this gateway.'
      : undefined,
  untranslatableBlock,
  unansweredToolUse,
  unexpectedToolResult,
];

/** The first rule the request breaks, as the API words it; undefined when it breaks none. */
export function checkAnthropicMessagesRules(request: AnthropicMessagesRequest): string | undefined {
  const turns = toTurns(request.messages);
  for (const rule of RULES) {
    const message = rule(request, turns);
    if (message !== undefined) return message;
  }
  return undefined;
}

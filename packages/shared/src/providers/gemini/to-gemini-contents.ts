import type { ChatMessage } from '../../llm/chat-types.js';
import { ProviderRequestError } from '../../llm/provider-adapter.js';
import { parseToolArguments } from '../../llm/parse-tool-arguments.js';
import type {
  GeminiContent,
  GeminiGenerateContentBody,
  GeminiPart,
} from './gemini-request-types.js';
import { SKIP_THOUGHT_SIGNATURE, thoughtSignatureOf } from './gemini-tool-call-id.js';
import { chatContentText } from '../../llm/chat-content-text.js';
import { toGeminiParts } from './to-gemini-parts.js';

type AssistantMessage = Extract<ChatMessage, { role: 'assistant' }>;
type ToolMessage = Extract<ChatMessage, { role: 'tool' }>;
// Tool results get a turn of their own (all responses to one step together), apart from text.
type Turn = { kind: 'user' | 'model' | 'tool'; parts: GeminiPart[] };

function modelParts(message: AssistantMessage, index: number): GeminiPart[] {
  const parts = toGeminiParts(message.content);
  (message.tool_calls ?? []).forEach((call, j) => {
    const args = parseToolArguments(call.function.arguments);
    if (args === undefined)
      throw new ProviderRequestError(
        'GEMINI',
        'Tool call arguments must be a JSON object to be sent to this model.',
        `messages[${index}].tool_calls[${j}].function.arguments`,
      );
    // Only the first call of a step carries a signature; a history Gemini did not write gets
    // the documented skip value there so Gemini 3 accepts it.
    const signature = thoughtSignatureOf(call.id) ?? (j === 0 ? SKIP_THOUGHT_SIGNATURE : undefined);
    parts.push({
      functionCall: { name: call.function.name, args },
      ...(signature !== undefined ? { thoughtSignature: signature } : {}),
    });
  });
  return parts;
}

// Gemini wants an object: a JSON object result is sent as is, anything else as `{output}`.
function functionResponse(
  message: ToolMessage,
  names: Map<string, string>,
  index: number,
): GeminiPart {
  const name = names.get(message.tool_call_id);
  if (name === undefined)
    throw new ProviderRequestError(
      'GEMINI',
      `No earlier assistant tool call has the id '${message.tool_call_id}'.`,
      `messages[${index}].tool_call_id`,
    );
  const text = chatContentText(message.content);
  const parsed = text.trim().startsWith('{') ? parseToolArguments(text) : undefined;
  return { functionResponse: { name, response: parsed ?? { output: text } } };
}

function toTurn(message: ChatMessage, index: number, names: Map<string, string>): Turn | undefined {
  switch (message.role) {
    case 'system':
    case 'developer':
      return undefined;
    case 'user':
      return { kind: 'user', parts: toGeminiParts(message.content) };
    case 'assistant':
      for (const call of message.tool_calls ?? []) names.set(call.id, call.function.name);
      return { kind: 'model', parts: modelParts(message, index) };
    case 'tool':
      return { kind: 'tool', parts: [functionResponse(message, names, index)] };
  }
}

/**
 * OpenAI messages as Gemini `systemInstruction` and `contents` (roles user/model): system and
 * developer messages become the system instruction; tool messages become functionResponse parts
 * named after the assistant tool call they answer; consecutive turns of one kind are merged.
 */
export function toGeminiContents(
  messages: ChatMessage[],
): Pick<GeminiGenerateContentBody, 'contents' | 'systemInstruction'> {
  const system = messages
    .filter((m) => m.role === 'system' || m.role === 'developer')
    .map((m) => ({ text: chatContentText(m.content) }))
    .filter((p) => p.text !== '');
  const names = new Map<string, string>();
  const turns: Turn[] = [];
  messages.forEach((message, index) => {
    const turn = toTurn(message, index, names);
    if (turn === undefined || turn.parts.length === 0) return;
    const last = turns[turns.length - 1];
    if (last !== undefined && last.kind === turn.kind) last.parts.push(...turn.parts);
    else turns.push(turn);
  });
  const contents: GeminiContent[] = turns.map((t) => ({
    role: t.kind === 'model' ? 'model' : 'user',
    parts: t.parts,
  }));
  return system.length > 0 ? { contents, systemInstruction: { parts: system } } : { contents };
}

import type { ChatToolCall } from '../../llm/chat-types.js';
import type { GeminiCandidate } from './gemini-response-schemas.js';

/** Hands out tool call ids for a completion (see `toGeminiToolCallId`). */
export type ToolCallIds = (signature: string | undefined) => string;

/**
 * A candidate's visible text (thought summaries left out) and its function calls as OpenAI tool
 * calls with generated ids.
 */
export function readGeminiCandidate(
  candidate: GeminiCandidate,
  nextId: ToolCallIds,
): { text: string; hasText: boolean; toolCalls: ChatToolCall[] } {
  const parts = candidate.content?.parts ?? [];
  const texts = parts.filter((p) => p.text !== undefined && p.thought !== true);
  const toolCalls: ChatToolCall[] = parts.flatMap((p) =>
    p.functionCall == null
      ? []
      : [
          {
            id: nextId(p.thoughtSignature),
            type: 'function' as const,
            function: {
              name: p.functionCall.name,
              arguments: JSON.stringify(p.functionCall.args ?? {}),
            },
          },
        ],
  );
  return { text: texts.map((p) => p.text).join(''), hasText: texts.length > 0, toolCalls };
}

import type { ChatCompletionChunk, ChatToolCall, FinishReason } from '../../llm/chat-types.js';

export type AssembledChoice = {
  content: string;
  toolCalls: ChatToolCall[];
  finishReason: FinishReason | null;
};

/**
 * Folds streamed chunks into one message per choice, the way OpenAI's SDKs do: content appended,
 * tool calls assembled by index (id and name from the first delta, arguments concatenated).
 */
export function assembleChatChunks(chunks: readonly ChatCompletionChunk[]): AssembledChoice[] {
  const choices: AssembledChoice[] = [];
  for (const chunk of chunks)
    for (const choice of chunk.choices) {
      const slot = (choices[choice.index] ??= { content: '', toolCalls: [], finishReason: null });
      slot.content += choice.delta.content ?? '';
      if (choice.finish_reason !== null) slot.finishReason = choice.finish_reason;
      for (const call of choice.delta.tool_calls ?? []) {
        const tool = (slot.toolCalls[call.index] ??= {
          id: '',
          type: 'function',
          function: { name: '', arguments: '' },
        });
        if (call.id !== undefined) tool.id = call.id;
        tool.function.name += call.function?.name ?? '';
        tool.function.arguments += call.function?.arguments ?? '';
      }
    }
  return choices;
}

import type { ChatCompletion, ChatCompletionChunk, StreamEvent, Usage } from '@gatehouse/shared';

export type StreamErrorInfo = {
  status: number;
  type: string;
  code: string | null;
  message: string;
};

/**
 * How a chat result is written back to the caller. The chat flow is the same for every endpoint;
 * only the wire format differs (OpenAI's for /v1/chat/completions and prompts, Anthropic's for
 * /v1/messages).
 */
export type ChatOutput = {
  /** The JSON body of a non-streaming answer. */
  body(completion: ChatCompletion): unknown;
  /** SSE frames for one OpenAI chunk (zero or more). */
  chunk(chunk: ChatCompletionChunk): StreamEvent[];
  /** Closing frames once upstream ended, with the usage billed. */
  end(usage: Usage, meta: { id: string; created: number; model: string }): StreamEvent[];
  /** A frame telling the caller the stream failed after it started. */
  error(error: StreamErrorInfo): StreamEvent;
};

/** OpenAI's Chat Completions wire format. */
export function openAiChatOutput(includeUsage: boolean): ChatOutput {
  return {
    body: (completion) => completion,
    chunk: (chunk) => [{ data: JSON.stringify(includeUsage ? { ...chunk, usage: null } : chunk) }],
    end(usage, meta) {
      const frames: StreamEvent[] = [];
      if (includeUsage) {
        const last: ChatCompletionChunk = {
          id: meta.id,
          object: 'chat.completion.chunk',
          created: meta.created,
          model: meta.model,
          choices: [],
          usage,
        };
        frames.push({ data: JSON.stringify(last) });
      }
      frames.push({ data: '[DONE]' });
      return frames;
    },
    error: (error) => ({
      data: JSON.stringify({
        error: { message: error.message, type: error.type, code: error.code, param: null },
      }),
    }),
  };
}

import {
  getProviderAdapter,
  ProviderResponseError,
  UpstreamStreamError,
  type ChatCompletionChunk,
  type StreamEvent,
  type UpstreamError,
} from '@gatehouse/shared';
import { readSseEvents } from './read-sse-events.js';
import { isAbortError, readUpstreamBody, transportFailure } from './upstream-failure.js';
import { badUpstreamBody, type AttemptInput, type AttemptResult } from './chat-attempt.js';
import type { ChatOutput } from './chat-output.js';

/** Where translated frames go; opened (status + headers sent) on the first frame only. */
export type FrameSink = {
  open(): void;
  write(frames: StreamEvent[]): Promise<void>;
};

type StreamState = { opened: boolean; produced: string; firstToken: boolean };

/**
 * One streaming attempt: upstream SSE in, translated event by event, caller's frames out. Until
 * the first frame is written nothing has reached the caller, so a failure then may still fall
 * back to another target.
 */
export async function streamChat(
  input: AttemptInput,
  output: ChatOutput,
  sink: FrameSink,
  onFirstToken: () => void,
): Promise<AttemptResult> {
  const { target } = input;
  const adapter = getProviderAdapter(target.upstream.kind);
  const request = adapter.chatRequest({ ...input.chat, stream: true }, target.upstream);
  const state: StreamState = { opened: false, produced: '', firstToken: false };
  const emit = async (chunks: ChatCompletionChunk[]): Promise<void> => {
    for (const chunk of chunks) {
      const text = textOf(chunk);
      state.produced += text;
      if (!state.firstToken && text.length > 0) {
        state.firstToken = true;
        onFirstToken();
      }
      if (!state.opened) {
        state.opened = true;
        sink.open();
      }
      await sink.write(output.chunk(chunk));
    }
  };
  try {
    const response = await input.upstream.request({
      method: 'POST',
      url: request.url,
      headers: { 'content-type': 'application/json', ...request.headers },
      body: request.body,
      signal: input.signal,
      timeoutMs: target.timeoutMs,
    });
    if (response.status >= 300) {
      const error = adapter.mapError(response.status, await readUpstreamBody(response.body));
      return { kind: 'error', error, startedStreaming: false, producedText: '' };
    }
    const reducer = adapter.chatStream(input.translate);
    for await (const events of readSseEvents(response.body)) {
      for (const event of events) await emit(reducer.push(event));
    }
    const finished = reducer.finish();
    await emit(finished.chunks);
    if (!state.opened) sink.open();
    return { kind: 'done', usage: finished.usage, producedText: state.produced };
  } catch (error) {
    if (isAbortError(error) && input.signal.aborted) {
      return { kind: 'aborted', producedText: state.produced };
    }
    const mapped = streamFailure(error, target.upstream.providerSlug);
    return {
      kind: 'error',
      error: mapped,
      startedStreaming: state.opened,
      producedText: state.produced,
    };
  }
}

function streamFailure(error: unknown, slug: string): UpstreamError {
  if (error instanceof ProviderResponseError) return badUpstreamBody(error, slug);
  const transport = transportFailure(error, slug);
  if (transport !== null) return transport;
  // The vendor reported an error inside a 2xx stream (Anthropic's `error` event and the like).
  if (error instanceof UpstreamStreamError) return error.error;
  throw error;
}

function textOf(chunk: ChatCompletionChunk): string {
  let text = '';
  for (const choice of chunk.choices) {
    text += choice.delta.content ?? '';
    for (const call of choice.delta.tool_calls ?? []) text += call.function?.arguments ?? '';
  }
  return text;
}

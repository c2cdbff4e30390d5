import {
  countTextTokens,
  estimateChatInputTokens,
  type ChatRequest,
  type StreamEvent,
  type TokenUsage,
  type Usage,
  type UpstreamError,
} from '@gatehouse/shared';
import { abortOnDisconnect } from '../io/abort-on-disconnect.js';
import type { UpstreamHttp } from '../io/upstream-http.js';
import { elapsedMs, type CallTarget, type GatewayCall } from '../pipeline/gateway-call.js';
import { GatewayHttpError } from '../pipeline/gateway-error.js';
import type { AttemptInput, AttemptResult } from './chat-attempt.js';
import type { ChatOutput } from './chat-output.js';
import { completeChat } from './complete-chat.js';
import { SSE_HEADERS, SseWriter } from './sse-writer.js';
import { streamChat, type FrameSink } from './stream-chat.js';

/**
 * Calls the targets in order (primaries, then fallbacks) until one answers; a failure after the
 * first streamed byte is final. Records on `call` what the account step bills.
 */
export async function runChatFlow(
  call: GatewayCall,
  chat: ChatRequest,
  targets: readonly CallTarget[],
  output: ChatOutput,
  upstream: UpstreamHttp,
): Promise<void> {
  call.stream = chat.stream === true;
  const disconnect = abortOnDisconnect(call.reply.raw);
  const writer = call.stream ? new SseWriter(call.reply.raw) : null;
  try {
    for (const [index, target] of targets.entries()) {
      call.target = target;
      const result = await attempt(call, chat, target, output, upstream, disconnect.signal, writer);
      const last = index === targets.length - 1;
      if (result.kind === 'error' && result.error.retryable && !result.startedStreaming && !last) {
        continue;
      }
      await settle(call, chat, result, output, writer);
      return;
    }
  } finally {
    disconnect.dispose();
    // Only a request that fell back records its path (names built here, off the common path).
    const used = call.target === null ? -1 : targets.indexOf(call.target);
    if (used > 0) {
      call.metadata.targetsTried = targets
        .slice(0, used + 1)
        .map((t) => `${t.upstream.providerSlug}/${t.publicModel}`);
    }
  }
}

function attempt(
  call: GatewayCall,
  chat: ChatRequest,
  target: CallTarget,
  output: ChatOutput,
  upstream: UpstreamHttp,
  signal: AbortSignal,
  writer: SseWriter | null,
): Promise<AttemptResult> {
  const input: AttemptInput = {
    chat,
    target,
    signal,
    upstream,
    translate: {
      model: target.publicModel,
      id: `chatcmpl-${call.requestId}`,
      created: Math.floor(call.occurredAt.getTime() / 1000),
    },
  };
  if (writer === null) {
    return completeChat(input, (completion) => {
      void call.reply
        .headers(targetHeaders(target))
        .header('content-type', 'application/json; charset=utf-8')
        .send(JSON.stringify(output.body(completion)));
    });
  }
  const sink: FrameSink = {
    open: () => openStream(call, target),
    write: (frames) => writeFrames(writer, frames),
  };
  return streamChat(input, output, sink, () => {
    call.ttftMs = elapsedMs(call);
  });
}

async function settle(
  call: GatewayCall,
  chat: ChatRequest,
  result: AttemptResult,
  output: ChatOutput,
  writer: SseWriter | null,
): Promise<void> {
  const usage = billedUsage(chat, result);
  call.usage = usage;
  if (result.kind === 'done') {
    if (writer !== null) await finishStream(call, writer, output, usage);
    return;
  }
  if (result.kind === 'aborted') {
    call.outcome = 'ABORTED';
    call.status = 499;
    call.errorType = 'client_disconnected';
    writer?.end();
    return;
  }
  await failWith(call, result.error, result.startedStreaming, output, writer);
}

async function failWith(
  call: GatewayCall,
  error: UpstreamError,
  startedStreaming: boolean,
  output: ChatOutput,
  writer: SseWriter | null,
): Promise<void> {
  call.outcome = 'UPSTREAM_ERROR';
  call.status = startedStreaming ? 200 : error.status;
  call.errorType = error.code ?? error.type;
  if (startedStreaming && writer !== null) {
    await writeFrames(writer, [output.error(error)]);
    writer.end();
    return;
  }
  throw new GatewayHttpError(
    error.status,
    error.code ?? 'upstream_error',
    error.message,
    error.param,
    error.type,
  );
}

/** The vendor's usage when it gave one; otherwise estimated with the tokenizer. */
function billedUsage(chat: ChatRequest, result: AttemptResult): TokenUsage {
  const reported = result.kind === 'done' ? result.usage : undefined;
  if (reported !== undefined) {
    return {
      inputTokens: reported.prompt_tokens,
      outputTokens: reported.completion_tokens,
      cachedTokens: reported.prompt_tokens_details?.cached_tokens ?? 0,
    };
  }
  // Nothing reached upstream's generation (a refused request): nothing to bill.
  if (result.kind === 'error' && !result.startedStreaming && result.producedText === '') {
    return { inputTokens: 0, outputTokens: 0, cachedTokens: 0 };
  }
  return {
    inputTokens: estimateChatInputTokens(chat),
    outputTokens: countTextTokens(result.producedText),
    cachedTokens: 0,
  };
}

async function finishStream(
  call: GatewayCall,
  writer: SseWriter,
  output: ChatOutput,
  usage: TokenUsage,
): Promise<void> {
  const target = call.target;
  const wire: Usage = {
    prompt_tokens: usage.inputTokens,
    completion_tokens: usage.outputTokens,
    total_tokens: usage.inputTokens + usage.outputTokens,
    prompt_tokens_details: { cached_tokens: usage.cachedTokens },
  };
  const meta = {
    id: `chatcmpl-${call.requestId}`,
    created: Math.floor(call.occurredAt.getTime() / 1000),
    model: target?.publicModel ?? '',
  };
  await writeFrames(writer, output.end(wire, meta));
  writer.end();
}

function targetHeaders(target: CallTarget): Record<string, string> {
  return {
    'x-gatehouse-provider': target.upstream.providerSlug,
    'x-gatehouse-model': target.publicModel,
  };
}

function openStream(call: GatewayCall, target: CallTarget): void {
  const headers: Record<string, string> = { ...SSE_HEADERS, ...targetHeaders(target) };
  for (const [name, value] of Object.entries(call.reply.getHeaders())) {
    if (typeof value === 'string') headers[name] = value;
  }
  call.reply.hijack();
  call.reply.raw.writeHead(200, headers);
}

async function writeFrames(writer: SseWriter, frames: StreamEvent[]): Promise<void> {
  for (const frame of frames) await writer.write(frame.data, frame.event);
}

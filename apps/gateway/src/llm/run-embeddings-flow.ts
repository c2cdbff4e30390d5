import {
  estimateEmbeddingInputTokens,
  getProviderAdapter,
  ProviderResponseError,
  type EmbeddingsRequest,
  type UpstreamError,
} from '@gatehouse/shared';
import type { UpstreamHttp } from '../io/upstream-http.js';
import type { CallTarget, GatewayCall } from '../pipeline/gateway-call.js';
import { GatewayHttpError } from '../pipeline/gateway-error.js';
import { badUpstreamBody } from './chat-attempt.js';
import { abortOnDisconnect } from '../io/abort-on-disconnect.js';
import { isAbortError, readUpstreamBody, transportFailure } from './upstream-failure.js';

/** Embeddings: one call per target in order until one answers; usage from the vendor or estimated. */
export async function runEmbeddingsFlow(
  call: GatewayCall,
  request: EmbeddingsRequest,
  targets: readonly CallTarget[],
  upstream: UpstreamHttp,
): Promise<void> {
  let lastError: UpstreamError | null = null;
  const disconnect = abortOnDisconnect(call.reply.raw);
  try {
    for (const target of targets) {
      if (
        await embedOnce(call, request, target, upstream, disconnect.signal, (e) => (lastError = e))
      ) {
        return;
      }
    }
  } finally {
    disconnect.dispose();
  }
  const error = lastError ?? noEmbeddings(null);
  throw new GatewayHttpError(
    error.status,
    error.code ?? 'upstream_error',
    error.message,
    error.param,
    error.type,
  );
}

/** One target; true when it answered (the response is sent), false to try the next one. */
async function embedOnce(
  call: GatewayCall,
  request: EmbeddingsRequest,
  target: CallTarget,
  upstream: UpstreamHttp,
  signal: AbortSignal,
  fail: (error: UpstreamError) => void,
): Promise<boolean> {
  {
    call.target = target;
    const adapter = getProviderAdapter(target.upstream.kind);
    if (adapter.embeddings === undefined) {
      fail(noEmbeddings(target));
      return false;
    }
    const outgoing = adapter.embeddings.request(request, target.upstream);
    try {
      const response = await upstream.request({
        method: 'POST',
        url: outgoing.url,
        headers: { 'content-type': 'application/json', ...outgoing.headers },
        body: outgoing.body,
        signal,
        timeoutMs: target.timeoutMs,
      });
      const body = await readUpstreamBody(response.body);
      if (response.status >= 300) {
        const error = adapter.mapError(response.status, body);
        if (!error.retryable) throw toHttpError(error);
        fail(error);
        return false;
      }
      const result = adapter.embeddings.response(body, {
        model: target.publicModel,
        id: call.requestId,
        created: Math.floor(call.occurredAt.getTime() / 1000),
      });
      // Some vendors (Gemini) report no tokens for embeddings: bill, and tell the caller, the
      // tokenizer's count instead.
      const reported = result.usage.prompt_tokens;
      const inputTokens = reported > 0 ? reported : estimateEmbeddingInputTokens(request);
      result.usage = { prompt_tokens: inputTokens, total_tokens: inputTokens };
      call.usage = { inputTokens, outputTokens: 0, cachedTokens: 0 };
      void call.reply
        .header('x-gatehouse-provider', target.upstream.providerSlug)
        .header('x-gatehouse-model', target.publicModel)
        .header('content-type', 'application/json; charset=utf-8')
        .send(JSON.stringify(result));
      return true;
    } catch (error) {
      if (error instanceof ProviderResponseError) {
        fail(badUpstreamBody(error, target.upstream.providerSlug));
        return false;
      }
      if (isAbortError(error) || error instanceof GatewayHttpError) throw error;
      const failure = transportFailure(error, target.upstream.providerSlug);
      if (failure === null) throw error;
      fail(failure);
      return false;
    }
  }
}

function toHttpError(error: UpstreamError): GatewayHttpError {
  return new GatewayHttpError(
    error.status,
    error.code ?? 'upstream_error',
    error.message,
    error.param,
    error.type,
  );
}

function noEmbeddings(target: CallTarget | null): UpstreamError {
  const name = target === null ? 'this model' : `'${target.publicModel}'`;
  return {
    status: 400,
    type: 'invalid_request_error',
    code: 'model_not_supported',
    message: `The model ${name} does not support embeddings`,
    param: 'model',
    retryable: false,
  };
}

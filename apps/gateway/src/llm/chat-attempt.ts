import {
  ProviderResponseError,
  type ChatRequest,
  type TranslateContext,
  type Usage,
  type UpstreamError,
} from '@gatehouse/shared';
import type { UpstreamHttp } from '../io/upstream-http.js';
import type { CallTarget } from '../pipeline/gateway-call.js';

/** What one attempt against one target needs. */
export type AttemptInput = {
  chat: ChatRequest;
  target: CallTarget;
  translate: TranslateContext;
  signal: AbortSignal;
  upstream: UpstreamHttp;
};

/** How an attempt ended; `error` attempts may be retried on the next target. */
export type AttemptResult =
  | { kind: 'done'; usage: Usage | undefined; producedText: string }
  | { kind: 'error'; error: UpstreamError; startedStreaming: boolean; producedText: string }
  | { kind: 'aborted'; producedText: string };

export function badUpstreamBody(error: ProviderResponseError, slug: string): UpstreamError {
  return {
    status: 502,
    type: 'api_error',
    code: 'bad_upstream_response',
    message: `The provider '${slug}' returned a response Gatehouse could not read: ${error.message}`,
    param: null,
    retryable: true,
  };
}

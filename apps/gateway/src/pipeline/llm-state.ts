import type {
  ChatRequest,
  EmbeddingsRequest,
  PolicySnapshot,
  Principal,
  Result,
} from '@gatehouse/shared';
import type { UpstreamHttp } from '../io/upstream-http.js';
import type { ChatOutput } from '../llm/chat-output.js';
import type { CallTarget, GatewayCall } from './gateway-call.js';

/** What the LLM steps read and fill in, on top of the request's accounting record. */
export type LlmState = {
  call: GatewayCall;
  principal: Principal | null;
  /** The chat request to run (parsed, or rendered from a managed prompt). */
  chat: ChatRequest | null;
  embeddings: EmbeddingsRequest | null;
  /** The model name the caller asked for. */
  requestedModel: string | null;
  targets: readonly CallTarget[];
  output: ChatOutput | null;
  snapshot: PolicySnapshot;
};

/** The I/O the steps may use; everything else they do is pure. */
export type LlmDeps = {
  upstream: UpstreamHttp;
  /** Verifies an OIDC/JWT bearer against the issuers in the current snapshot. */
  verifyJwt(token: string): Promise<Result<{ principal: Principal }>>;
  now(): Date;
};

export function startLlmState(call: GatewayCall, snapshot: PolicySnapshot): LlmState {
  return {
    call,
    principal: null,
    chat: null,
    embeddings: null,
    requestedModel: null,
    targets: [],
    output: null,
    snapshot,
  };
}

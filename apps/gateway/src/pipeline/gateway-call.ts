import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ModelPrices, TokenUsage, UpstreamTarget } from '@gatehouse/shared';

export type GatewayEndpoint =
  | '/v1/chat/completions'
  | '/v1/embeddings'
  | '/v1/models'
  | '/v1/messages'
  | '/v1/prompts/completions'
  | '/apis';

/** One model the gateway may call for this request, ready for an adapter. */
export type CallTarget = {
  upstream: UpstreamTarget;
  providerId: string;
  modelId: string;
  /** The name reported to the caller and written to the ledger. */
  publicModel: string;
  prices: ModelPrices;
  timeoutMs: number;
  region: string | null;
};

/** Who is calling, as far as the ledger needs to know. */
export type CallerIdentity = {
  orgId: string;
  teamId: string | null;
  applicationId: string | null;
  apiKeyId: string | null;
};

export type UsageOutcome =
  'SUCCESS' | 'UPSTREAM_ERROR' | 'CLIENT_ERROR' | 'BLOCKED' | 'RATE_LIMITED' | 'ABORTED';

/**
 * Everything one request accumulates on its way through the pipeline; the account step turns it
 * into one usage event and one metrics observation, whatever happened.
 */
export type GatewayCall = {
  readonly requestId: string;
  readonly endpoint: GatewayEndpoint;
  /** Stamped once; with requestId it is the ledger's idempotency key. */
  readonly occurredAt: Date;
  /** performance.now() at arrival. */
  readonly startedAt: number;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  caller: CallerIdentity | null;
  productId: string | null;
  /** The API product's slug for /apis calls (the metrics label where no model is involved). */
  productSlug: string | null;
  /** The target that answered (or was tried last). */
  target: CallTarget | null;
  stream: boolean;
  status: number;
  outcome: UsageOutcome;
  errorType: string | null;
  usage: TokenUsage;
  ttftMs: number | null;
  promptVersionId: string | null;
  /** Request facts for the ledger's metadata column (route, fallbacks tried, auth kind). */
  metadata: Record<string, unknown>;
};

export function startCall(
  endpoint: GatewayEndpoint,
  request: FastifyRequest,
  reply: FastifyReply,
  now: Date,
): GatewayCall {
  return {
    requestId: request.id,
    endpoint,
    occurredAt: now,
    startedAt: performance.now(),
    request,
    reply,
    caller: null,
    productId: null,
    productSlug: null,
    target: null,
    stream: false,
    status: 200,
    outcome: 'SUCCESS',
    errorType: null,
    usage: { inputTokens: 0, outputTokens: 0, cachedTokens: 0 },
    ttftMs: null,
    promptVersionId: null,
    metadata: {},
  };
}

/** Milliseconds since the request arrived, rounded to whole ms for the ledger. */
export function elapsedMs(call: GatewayCall): number {
  return Math.max(0, Math.round(performance.now() - call.startedAt));
}

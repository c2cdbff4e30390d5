import { computeCostMicros, type UsageEventMessage } from '@gatehouse/shared';
import type { GatewayMetrics } from '../io/gateway-metrics.js';
import { elapsedMs, type GatewayCall } from './gateway-call.js';

export type UsageRecorder = { record(event: UsageEventMessage): void };

/**
 * The account step: one usage event for the ledger and one metrics observation, whatever the
 * request's fate. A caller the gateway could not attribute to an org (no or unknown key) has no
 * ledger to go to; it is counted in the metrics only.
 */
export function accountCall(call: GatewayCall, sink: UsageRecorder, metrics: GatewayMetrics): void {
  const latencyMs = elapsedMs(call);
  const target = call.target;
  const costMicros =
    target === null || call.outcome === 'BLOCKED'
      ? 0n
      : computeCostMicros(call.usage, target.prices);
  const provider = target?.upstream.providerSlug ?? (call.productSlug === null ? 'none' : 'api');
  const model = target?.publicModel ?? call.productSlug ?? 'none';
  metrics.observe({
    endpoint: call.endpoint,
    provider,
    model,
    status: call.status,
    outcome: call.outcome,
    latencyMs,
    ttftMs: call.ttftMs,
    ...call.usage,
    costMicros,
  });
  const caller = call.caller;
  if (caller === null) return;
  sink.record({
    occurredAt: call.occurredAt.toISOString(),
    requestId: call.requestId,
    orgId: caller.orgId,
    teamId: caller.teamId,
    applicationId: caller.applicationId,
    apiKeyId: caller.apiKeyId,
    productId: call.productId,
    providerId: target?.providerId ?? null,
    modelId: target?.modelId ?? null,
    providerSlug: target?.upstream.providerSlug ?? null,
    modelName: target?.publicModel ?? null,
    endpoint: call.endpoint,
    httpStatus: call.status,
    outcome: call.outcome,
    errorType: call.errorType,
    stream: call.stream,
    cacheHit: false,
    inputTokens: call.usage.inputTokens,
    outputTokens: call.usage.outputTokens,
    cachedTokens: call.usage.cachedTokens,
    costMicros: costMicros.toString(),
    savedMicros: '0',
    latencyMs,
    ttftMs: call.ttftMs,
    promptVersionId: call.promptVersionId,
    region: target?.region ?? null,
    metadata: call.metadata as UsageEventMessage['metadata'],
  });
}

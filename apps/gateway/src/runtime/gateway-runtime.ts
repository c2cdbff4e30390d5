import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PolicySnapshot } from '@gatehouse/shared';
import type { GatewayMetrics } from '../io/gateway-metrics.js';
import { accountCall, type UsageRecorder } from '../pipeline/account-call.js';
import { startCall, type GatewayCall, type GatewayEndpoint } from '../pipeline/gateway-call.js';
import { startLlmState, type LlmDeps, type LlmState } from '../pipeline/llm-state.js';
import { outcomeOfError } from '../pipeline/outcome-of-error.js';
import { runPipeline, type Step } from '../pipeline/run-pipeline.js';

/** Throws a 503 GatewayError until the first snapshot is built. */
export type SnapshotSource = { current(): PolicySnapshot };

/**
 * Runs one request through a pipeline and accounts for it exactly once, whatever happens: the
 * shell around the pure steps. Controllers call `runLlm`; the /apis proxy uses `account`.
 */
export class GatewayRuntime {
  constructor(
    private readonly snapshots: SnapshotSource,
    private readonly sink: UsageRecorder,
    readonly metrics: GatewayMetrics,
    readonly deps: LlmDeps,
  ) {}

  snapshot(): PolicySnapshot {
    return this.snapshots.current();
  }

  async runLlm(
    endpoint: GatewayEndpoint,
    request: FastifyRequest,
    reply: FastifyReply,
    pipeline: readonly Step<LlmState, LlmDeps>[],
  ): Promise<void> {
    await this.run(endpoint, request, reply, async (call) => {
      const state = startLlmState(call, this.snapshot());
      await runPipeline(pipeline, state, this.deps);
    });
  }

  /** Runs `body` with a fresh accounting record; failures are recorded, then rethrown. */
  async run(
    endpoint: GatewayEndpoint,
    request: FastifyRequest,
    reply: FastifyReply,
    body: (call: GatewayCall) => Promise<void>,
  ): Promise<void> {
    const call = startCall(endpoint, request, reply, this.deps.now());
    try {
      await body(call);
    } catch (error) {
      Object.assign(call, outcomeOfError(error));
      throw error;
    } finally {
      accountCall(call, this.sink, this.metrics);
    }
  }
}

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { decideInjectedError, resolveFaults } from '../faults/resolve-faults.js';
import type { FaultTarget, RequestFaults } from '../faults/fault-config.js';
import type { LoggedRequest } from './request-log.js';
import type { ServerContext } from './server-context.js';

export type HttpFailure = { status: number; body: unknown; headers?: Record<string, string> };

/** What differs between vendors at the HTTP edge: error shapes, auth and response headers. */
export type VendorKit = {
  target: FaultTarget;
  /** The vendor's error body for a bare status (injected faults, unexpected errors). */
  statusError(status: number, message?: string, retryAfterSeconds?: number): unknown;
  invalidJson(detail: string): HttpFailure;
  notFound(method: string, url: string): HttpFailure;
  /** A failure when the request's credentials (or other required headers) are missing or bad. */
  authenticate(request: FastifyRequest): HttpFailure | undefined;
  responseHeaders(): Record<string, string>;
  /** The SSE frame the vendor sends when a stream fails after it started (HTTP status already 200). */
  streamErrorFrame(): string;
};

const requestFaults = new WeakMap<FastifyRequest, RequestFaults>();
const streamErrorFrames = new WeakMap<FastifyRequest, string>();
const NO_FAULTS: RequestFaults = { latencyMs: 0, chunkDelayMs: 0, errorRate: 0 };

/** The faults resolved for this request by the vendor hook. */
export function faultsOf(request: FastifyRequest): RequestFaults {
  return requestFaults.get(request) ?? NO_FAULTS;
}

/** The vendor's in-stream error frame for this request's route. */
export function streamErrorFrameOf(request: FastifyRequest): string {
  return streamErrorFrames.get(request) ?? '';
}

export function sendFailure(reply: FastifyReply, failure: HttpFailure): FastifyReply {
  return reply
    .code(failure.status)
    .headers(failure.headers ?? {})
    .send(failure.body);
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Wires one vendor's edge into an encapsulated Fastify scope: vendor-shaped 404s and parse
 * errors, then per request: fault headers, latency, authentication, injected errors — in that
 * order, so an injected 429 still needs a valid key, as it would upstream.
 */
export function registerVendorKit(
  app: FastifyInstance,
  kit: VendorKit,
  context: ServerContext,
): void {
  const { faults: store, requestLog: log } = context;
  const logged = new WeakMap<FastifyRequest, LoggedRequest>();
  // Logged on arrival (so rejected requests show too); the parsed body is added once there is one.
  app.addHook('onRequest', async (request) => {
    const at = new Date(context.now()).toISOString();
    logged.set(
      request,
      log.add({
        at,
        target: kit.target,
        method: request.method,
        url: request.url,
        headers: request.headers,
      }),
    );
  });
  app.addHook('preHandler', async (request) => {
    const entry = logged.get(request);
    if (entry !== undefined) entry.body = request.body;
  });
  app.setNotFoundHandler((request, reply) =>
    sendFailure(reply, kit.notFound(request.method, request.url)),
  );
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.statusCode === 400 || error.code?.startsWith('FST_ERR_CTP')) {
      const failure = kit.invalidJson(error.message);
      return sendFailure(reply, error.statusCode === 413 ? { ...failure, status: 413 } : failure);
    }
    request.log.error({ err: error }, 'mock-provider route failed');
    return reply.code(500).send(kit.statusError(500));
  });
  app.addHook('onRequest', async (request, reply) => {
    void reply.headers(kit.responseHeaders());
    const resolved = resolveFaults(request.headers, store.take(kit.target), kit.target);
    if (!resolved.ok)
      return sendFailure(reply, { status: 400, body: kit.statusError(400, resolved.message) });
    requestFaults.set(request, resolved.faults);
    if (resolved.faults.streamErrorAfterChunks !== undefined)
      streamErrorFrames.set(request, kit.streamErrorFrame());
    if (resolved.faults.latencyMs > 0) await sleep(resolved.faults.latencyMs);
    const denied = kit.authenticate(request);
    if (denied !== undefined) return sendFailure(reply, denied);
    const injected = decideInjectedError(resolved.faults, Math.random());
    if (injected === undefined) return undefined;
    const headers: Record<string, string> =
      injected.retryAfterSeconds === undefined
        ? {}
        : { 'retry-after': String(injected.retryAfterSeconds) };
    return sendFailure(reply, {
      status: injected.status,
      body: kit.statusError(injected.status, undefined, injected.retryAfterSeconds),
      headers,
    });
  });
}

/** Reads one header as a string (first value when repeated). */
export function headerValue(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

import {
  authorizeProduct,
  forwardableHeaders,
  matchProductRoute,
  pickWeightedTarget,
  type PolicySnapshot,
  type Principal,
  type ProductRoute,
  type RotationState,
} from '@gatehouse/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { abortOnDisconnect } from '../io/abort-on-disconnect.js';
import type { UpstreamHttp, UpstreamResponse } from '../io/upstream-http.js';
import type { GatewayCall } from '../pipeline/gateway-call.js';
import { GatewayHttpError } from '../pipeline/gateway-error.js';
import { transportFailure } from '../llm/upstream-failure.js';

// Methods safe to send again to another upstream when the first could not be reached.
const REPLAYABLE = new Set(['GET', 'HEAD', 'OPTIONS']);

export type ProxyInput = {
  call: GatewayCall;
  snapshot: PolicySnapshot;
  principal: Principal;
  productSlug: string;
  /** The path after /apis/{product}, starting with "/". */
  path: string;
  now: Date;
  upstream: UpstreamHttp;
  /** Rotation state per route id (smooth weighted round-robin). */
  rotations: Map<string, RotationState>;
};

function upstreamOrder(route: ProductRoute, rotation: RotationState): string[] {
  const primaries = route.upstreams.filter((u) => !u.isFallback);
  const picked = pickWeightedTarget(
    primaries.map((u) => ({ id: u.upstreamUrl, weight: u.weight })),
    rotation,
  );
  const rest = route.upstreams.map((u) => u.upstreamUrl).filter((url) => url !== picked?.id);
  return picked === null ? rest : [picked.id, ...rest];
}

function joinPath(base: string, path: string, query: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}${query}`;
}

function outgoingHeaders(request: FastifyRequest, extra: Readonly<Record<string, string>>) {
  return {
    ...forwardableHeaders(request.headers, 'request'),
    ...extra,
    'x-request-id': request.id,
    'x-forwarded-for': request.ip,
    'x-forwarded-host': request.hostname,
    'x-forwarded-proto': request.protocol,
  };
}

/**
 * ANY /apis/{product}/{path}: the caller must hold an ACTIVE subscription; the request goes to
 * the matching route's upstream (weighted round-robin over primaries, fallbacks after) with the
 * caller's key removed and the product's upstream credentials added. Bodies stream through.
 */
export async function forwardToUpstream(input: ProxyInput): Promise<void> {
  const { call, principal } = input;
  const auth = authorizeProduct(input.snapshot, principal, input.productSlug, input.now);
  if (!auth.ok) throw auth.error;
  call.productId = auth.product.id;
  const route = matchProductRoute(auth.routes, input.path);
  if (route === null || route.upstreams.length === 0) {
    throw new GatewayHttpError(
      404,
      'route_not_found',
      `No route of '${input.productSlug}' serves ${input.path}`,
    );
  }
  let rotation = input.rotations.get(route.route.id);
  if (rotation === undefined) input.rotations.set(route.route.id, (rotation = new Map()));
  const request = call.request;
  const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
  const replayable = REPLAYABLE.has(request.method);
  const urls = upstreamOrder(route, rotation);
  const disconnect = abortOnDisconnect(call.reply.raw);
  try {
    for (const [index, base] of urls.entries()) {
      const url = joinPath(base, input.path, query);
      call.metadata.upstream = new URL(url).origin;
      try {
        const response = await input.upstream.request({
          method: request.method,
          url,
          headers: outgoingHeaders(request, auth.upstreamHeaders),
          body: replayable ? null : request.raw,
          signal: disconnect.signal,
          timeoutMs: route.route.timeoutMs,
        });
        relay(call, call.reply, response, {
          upstreamBase: base,
          gatewayBase: `/apis/${input.productSlug}`,
        });
        return;
      } catch (error) {
        const failure = transportFailure(error, input.productSlug);
        const last = index === urls.length - 1 || !replayable;
        if (failure === null || last) {
          if (failure === null) throw error;
          throw new GatewayHttpError(
            failure.status,
            failure.code ?? 'upstream_error',
            failure.message,
          );
        }
      }
    }
  } finally {
    disconnect.dispose();
  }
}

type Bases = { upstreamBase: string; gatewayBase: string };

// A redirect or `Location` naming the upstream is rewritten to the gateway's path for it.
function rewriteLocation(location: string | string[] | undefined, bases: Bases): string | null {
  if (typeof location !== 'string') return null;
  const upstream = new URL(bases.upstreamBase);
  const base = upstream.pathname.replace(/\/$/, '');
  const target = new URL(location, upstream);
  if (target.origin !== upstream.origin || !target.pathname.startsWith(base)) return null;
  return `${bases.gatewayBase}${target.pathname.slice(base.length)}${target.search}`;
}

function relay(
  call: GatewayCall,
  reply: FastifyReply,
  response: UpstreamResponse,
  bases: Bases,
): void {
  call.status = response.status;
  if (response.status >= 500) {
    call.outcome = 'UPSTREAM_ERROR';
    call.errorType = 'upstream_status';
  } else if (response.status >= 400) {
    call.outcome = 'CLIENT_ERROR';
    call.errorType = 'upstream_status';
  }
  const headers = forwardableHeaders(response.headers, 'response');
  const location = rewriteLocation(response.headers.location, bases);
  if (location !== null) headers.location = location;
  void reply.code(response.status).headers(headers).send(response.body);
}

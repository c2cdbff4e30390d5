import { z } from 'zod';
import {
  FAULT_HEADERS,
  type FaultTarget,
  type GlobalFaults,
  type RequestFaults,
} from './fault-config.js';

type Headers = Record<string, string | string[] | undefined>;

const intHeader = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const HEADER_SCHEMAS = {
  latencyMs: intHeader(0, 600_000),
  chunkDelayMs: intHeader(0, 600_000),
  status: intHeader(400, 599),
  errorRate: z.coerce.number().min(0).max(1),
  retryAfterSeconds: intHeader(0, 86_400),
  dropAfterChunks: intHeader(0, Number.MAX_SAFE_INTEGER),
  streamErrorAfterChunks: intHeader(0, Number.MAX_SAFE_INTEGER),
} as const;

type HeaderFaults = Partial<Record<keyof typeof HEADER_SCHEMAS, number>>;

export type ResolveResult = { ok: true; faults: RequestFaults } | { ok: false; message: string };

/**
 * Merges per-request fault headers over the global faults (headers win). A global fault applies
 * only when its `targets` include this route family. A bad header value is reported, not ignored,
 * so a typo in a test does not silently pass.
 */
export function resolveFaults(
  headers: Headers,
  global: GlobalFaults,
  target: FaultTarget,
): ResolveResult {
  const fromHeaders: HeaderFaults = {};
  for (const [key, name] of Object.entries(FAULT_HEADERS) as [
    keyof typeof HEADER_SCHEMAS,
    string,
  ][]) {
    const raw = headers[name];
    if (raw === undefined) continue;
    const parsed = HEADER_SCHEMAS[key].safeParse(Array.isArray(raw) ? raw[0] : raw);
    if (!parsed.success) return { ok: false, message: `Invalid ${name} header: ${String(raw)}` };
    fromHeaders[key] = parsed.data;
  }
  const applies = global.targets === undefined || global.targets.includes(target);
  const base: GlobalFaults = applies ? global : {};
  const status = fromHeaders.status ?? base.status;
  // A status without a rate means "always fail"; a rate without a status fails with 500.
  const defaultRate = status !== undefined ? 1 : 0;
  return {
    ok: true,
    faults: {
      latencyMs: fromHeaders.latencyMs ?? base.latencyMs ?? 0,
      chunkDelayMs: fromHeaders.chunkDelayMs ?? base.chunkDelayMs ?? 0,
      status,
      errorRate: fromHeaders.errorRate ?? base.errorRate ?? defaultRate,
      retryAfterSeconds: fromHeaders.retryAfterSeconds ?? base.retryAfterSeconds,
      dropAfterChunks: fromHeaders.dropAfterChunks ?? base.dropAfterChunks,
      streamErrorAfterChunks: fromHeaders.streamErrorAfterChunks ?? base.streamErrorAfterChunks,
    },
  };
}

export type InjectedError = { status: number; retryAfterSeconds?: number };

/** Whether this request fails, given a uniform random `roll` in [0, 1) drawn by the caller. */
export function decideInjectedError(
  faults: RequestFaults,
  roll: number,
): InjectedError | undefined {
  if (faults.errorRate <= 0 || roll >= faults.errorRate) return undefined;
  const status = faults.status ?? 500;
  return faults.retryAfterSeconds === undefined
    ? { status }
    : { status, retryAfterSeconds: faults.retryAfterSeconds };
}

/** Whether the global faults do anything for this route family (used to count `times`). */
export function hasGlobalEffect(global: GlobalFaults, target: FaultTarget): boolean {
  if (global.targets !== undefined && !global.targets.includes(target)) return false;
  return Object.keys(global).some((key) => key !== 'targets' && key !== 'times');
}

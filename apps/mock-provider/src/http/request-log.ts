import type { FaultTarget } from '../faults/fault-config.js';

/** One request as it arrived: what a gateway test asserts on (forwarded credentials, redacted prompts). */
export type LoggedRequest = {
  seq: number;
  at: string;
  target: FaultTarget;
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
};

export type RequestLog = {
  add(entry: Omit<LoggedRequest, 'seq'>): LoggedRequest;
  /** Newest first, optionally only one route family. */
  list(target?: FaultTarget, limit?: number): LoggedRequest[];
  clear(): void;
};

/** A ring buffer of the last `capacity` requests (references only, so recording stays cheap). */
export function createRequestLog(capacity = 200): RequestLog {
  let entries: LoggedRequest[] = [];
  let seq = 0;
  return {
    add(entry) {
      seq += 1;
      const logged = { seq, ...entry };
      entries.push(logged);
      if (entries.length > capacity) entries = entries.slice(-capacity);
      return logged;
    },
    list(target, limit = capacity) {
      const matching = target === undefined ? entries : entries.filter((e) => e.target === target);
      return matching.slice(-limit).reverse();
    },
    clear() {
      entries = [];
    },
  };
}

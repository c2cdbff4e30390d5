import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Pool, type Dispatcher } from 'undici';
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';

export type UpstreamCall = {
  method: string;
  url: string;
  headers: Record<string, string | string[]>;
  body?: string | Buffer | Readable | null;
  signal: AbortSignal;
  /** Time to response headers, and the longest gap between body chunks. */
  timeoutMs: number;
};

export type UpstreamResponse = {
  status: number;
  headers: IncomingHttpHeaders;
  body: Dispatcher.ResponseData['body'];
};

// Enough sockets per upstream for a busy gateway; idle ones are kept warm for 30 s.
const POOL_OPTIONS: Pool.Options = {
  connections: 256,
  pipelining: 1,
  keepAliveTimeout: 30_000,
  keepAliveMaxTimeout: 600_000,
};

/**
 * One undici pool per upstream origin, reused across requests (keep-alive). The only place the
 * gateway opens connections to providers and API-product upstreams.
 */
@Injectable()
export class UpstreamHttp implements OnApplicationShutdown {
  private readonly pools = new Map<string, Pool>();

  async request(call: UpstreamCall): Promise<UpstreamResponse> {
    const url = new URL(call.url);
    const response = await this.pool(url.origin).request({
      method: call.method as Dispatcher.HttpMethod,
      path: url.pathname + url.search,
      headers: call.headers,
      body: call.body ?? null,
      signal: call.signal,
      headersTimeout: call.timeoutMs,
      bodyTimeout: call.timeoutMs,
    });
    return { status: response.statusCode, headers: response.headers, body: response.body };
  }

  /** Open pools (for /metrics). */
  poolCount(): number {
    return this.pools.size;
  }

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }

  async close(): Promise<void> {
    const pools = [...this.pools.values()];
    this.pools.clear();
    await Promise.allSettled(pools.map((pool) => pool.close()));
  }

  private pool(origin: string): Pool {
    let pool = this.pools.get(origin);
    if (pool === undefined) {
      pool = new Pool(origin, POOL_OPTIONS);
      this.pools.set(origin, pool);
    }
    return pool;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { AdminApiEnv } from '../env.js';
import { ADMIN_API_ENV } from '../tokens.js';
import { RedisConnection } from './redis.js';

type MemoryEntry = { value: string; expiresAtMs: number };

// Bound on the in-process fallback so an outage under attack cannot exhaust memory.
const MAX_MEMORY_ENTRIES = 100_000;

/**
 * Short-lived keys with a TTL (login failure counters, revoked session ids, OIDC login state):
 * in Redis when it answers, so every replica shares them; in process memory when Redis is off
 * (single-node) or failing, so the feature degrades to per-replica instead of failing open.
 * Keys are prefixed with REDIS_KEY_PREFIX + `gatehouse:auth:`.
 */
@Injectable()
export class EphemeralStore {
  private readonly memory = new Map<string, MemoryEntry>();
  private readonly prefix: string;

  constructor(
    @Inject(RedisConnection) private readonly redis: RedisConnection,
    @Inject(ADMIN_API_ENV) env: AdminApiEnv,
  ) {
    this.prefix = `${env.REDIS_KEY_PREFIX}gatehouse:auth:`;
  }

  /** Increments a counter; the window (TTL) starts at the first increment. */
  async increment(key: string, ttlSeconds: number): Promise<{ count: number; ttlSeconds: number }> {
    const full = this.prefix + key;
    const client = this.readyClient();
    if (client) {
      try {
        const result = await client
          .multi()
          .incr(full)
          .expire(full, ttlSeconds, 'NX')
          .ttl(full)
          .exec();
        const count = Number(result?.[0]?.[1]);
        const ttl = Number(result?.[2]?.[1]);
        if (Number.isFinite(count)) return { count, ttlSeconds: ttl > 0 ? ttl : ttlSeconds };
      } catch {
        // fall through to memory
      }
    }
    const entry = this.memoryGet(full);
    const count = (entry ? Number(entry.value) : 0) + 1;
    const expiresAtMs = entry?.expiresAtMs ?? Date.now() + ttlSeconds * 1000;
    this.memorySet(full, String(count), expiresAtMs);
    return { count, ttlSeconds: Math.ceil((expiresAtMs - Date.now()) / 1000) };
  }

  /** The value and remaining TTL of a key, or null. */
  async get(key: string): Promise<{ value: string; ttlSeconds: number } | null> {
    const full = this.prefix + key;
    const client = this.readyClient();
    if (client) {
      try {
        const [value, ttl] = await Promise.all([client.get(full), client.ttl(full)]);
        if (value !== null) return { value, ttlSeconds: Math.max(ttl, 1) };
      } catch {
        // fall through to memory
      }
    }
    const entry = this.memoryGet(full);
    if (!entry) return null;
    return { value: entry.value, ttlSeconds: Math.ceil((entry.expiresAtMs - Date.now()) / 1000) };
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    const full = this.prefix + key;
    // Written to memory too: a value set while Redis blinks must still be found.
    this.memorySet(full, value, Date.now() + ttlSeconds * 1000);
    const client = this.readyClient();
    if (client) await client.set(full, value, 'EX', Math.max(1, ttlSeconds)).catch(() => undefined);
  }

  /** Reads and deletes (one-time values such as OIDC state). */
  async take(key: string): Promise<string | null> {
    const full = this.prefix + key;
    const local = this.memoryGet(full);
    this.memory.delete(full);
    const client = this.readyClient();
    if (client) {
      const value = await client.getdel(full).catch(() => null);
      if (value !== null) return value;
    }
    return local?.value ?? null;
  }

  async delete(key: string): Promise<void> {
    const full = this.prefix + key;
    this.memory.delete(full);
    const client = this.readyClient();
    if (client) await client.del(full).catch(() => undefined);
  }

  private readyClient() {
    const client = this.redis.client;
    return client && client.status === 'ready' ? client : null;
  }

  private memoryGet(key: string): MemoryEntry | null {
    const entry = this.memory.get(key);
    if (!entry) return null;
    if (entry.expiresAtMs <= Date.now()) {
      this.memory.delete(key);
      return null;
    }
    return entry;
  }

  private memorySet(key: string, value: string, expiresAtMs: number): void {
    if (this.memory.size >= MAX_MEMORY_ENTRIES) {
      const oldest = this.memory.keys().next();
      if (!oldest.done) this.memory.delete(oldest.value);
    }
    this.memory.set(key, { value, expiresAtMs });
  }
}

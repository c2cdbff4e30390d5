import { createHash } from 'node:crypto';

/** One cacheable prefix of a prompt: a key for everything up to here and its token count. */
export type PrefixSegment = { key: string; tokens: number };
export type PromptPart = { json: string; tokens: number };

/**
 * Cumulative prefix segments of a prompt: segment i covers parts 0..i. `scope` (vendor + model)
 * starts the chain so equal prompts to different models never share a cache entry.
 */
export function prefixSegments(scope: string, parts: PromptPart[]): PrefixSegment[] {
  let key = createHash('sha1').update(scope).digest('hex');
  let tokens = 0;
  return parts.map((part) => {
    key = createHash('sha1').update(key).update(part.json).digest('hex');
    tokens += part.tokens;
    return { key, tokens };
  });
}

export type PromptCache = {
  /** Tokens of the longest segment still cached at `now` (0 when none). */
  lookup(segments: PrefixSegment[], now: number): number;
  /** Caches every segment until `now + ttl` (a hit refreshes the lifetime, as the vendors do). */
  remember(segments: PrefixSegment[], now: number): void;
  /** lookup, then remember: what one request does to the cache. */
  use(segments: PrefixSegment[], now: number): number;
};

/**
 * The vendors' prompt caches, in memory: bounded (oldest entries go first) so a long benchmark
 * cannot grow it without limit. Time is passed in.
 */
export function createPromptCache(ttlMs = 5 * 60_000, maxEntries = 20_000): PromptCache {
  const expiries = new Map<string, number>();
  const cache: PromptCache = {
    use(segments, now) {
      const cached = cache.lookup(segments, now);
      cache.remember(segments, now);
      return cached;
    },
    lookup(segments, now) {
      for (let i = segments.length - 1; i >= 0; i -= 1) {
        const segment = segments[i];
        const expiry = segment === undefined ? undefined : expiries.get(segment.key);
        if (segment !== undefined && expiry !== undefined && expiry > now) return segment.tokens;
      }
      return 0;
    },
    remember(segments, now) {
      for (const segment of segments) {
        expiries.delete(segment.key);
        expiries.set(segment.key, now + ttlMs);
      }
      while (expiries.size > maxEntries) {
        const oldest = expiries.keys().next().value;
        if (oldest === undefined) break;
        expiries.delete(oldest);
      }
    },
  };
  return cache;
}

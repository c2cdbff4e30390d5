/** A small deterministic PRNG (mulberry32) with the draws the usage generator needs. */
export type Random = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Integer in [min, max]. */
  int: (min: number, max: number) => number;
  /** true with probability p. */
  chance: (p: number) => boolean;
  /** Log-normal around `median` (sigma in log space), rounded and clamped. */
  logNormal: (median: number, sigma: number, min: number, max: number) => number;
  /** One item, picked with probability proportional to its weight. */
  pick: <T>(items: readonly T[], weight: (item: T) => number) => T;
};

/** 32-bit FNV-1a of a string, to turn a readable seed ("acme:2026-03-10") into a number. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const gaussian = (): number =>
    Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    logNormal: (median, sigma, min, max) =>
      Math.min(max, Math.max(min, Math.round(median * Math.exp(sigma * gaussian())))),
    pick: (items, weight) => {
      const total = items.reduce((sum, item) => sum + weight(item), 0);
      let roll = next() * total;
      for (const item of items) {
        roll -= weight(item);
        if (roll < 0) return item;
      }
      const last = items[items.length - 1];
      if (last === undefined) throw new Error('pick from an empty list');
      return last;
    },
  };
}

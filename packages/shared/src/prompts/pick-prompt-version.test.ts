import { describe, expect, it } from 'vitest';
import { PromptPickError, pickPromptVersion, pickWeighted } from './pick-prompt-version.js';
import type { PromptTemplateData, PromptVersionData } from './prompt-schemas.js';

const v = (n: number): PromptVersionData => ({
  id: `id-${n}`,
  version: n,
  messages: [{ role: 'user', content: `v${n}` }],
  variables: {},
  model: null,
  parameters: {},
});

const template: PromptTemplateData = {
  slug: 'support-reply',
  versions: [v(1), v(2), v(3)],
  labels: { production: [{ version: 2, weight: 100 }], staging: [{ version: 3, weight: 100 }] },
};

// mulberry32: a small seeded PRNG so the distribution test is deterministic.
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('pickPromptVersion', () => {
  const never = () => {
    throw new Error('random must not be called');
  };

  it('takes an explicit version over any label', () => {
    expect(pickPromptVersion(template, { version: 1, label: 'staging' }, never).version).toBe(1);
  });

  it('defaults to the production label, and follows a named label', () => {
    expect(pickPromptVersion(template, {}, () => 0.5).version).toBe(2);
    expect(pickPromptVersion(template, { label: 'staging' }, () => 0.5).version).toBe(3);
  });

  it('follows the label after it moves (promote, then roll back)', () => {
    const promoted = {
      ...template,
      labels: { ...template.labels, production: [{ version: 3, weight: 100 }] },
    };
    expect(pickPromptVersion(promoted, {}, () => 0).version).toBe(3);
    const rolledBack = {
      ...promoted,
      labels: { ...promoted.labels, production: [{ version: 2, weight: 1 }] },
    };
    expect(pickPromptVersion(rolledBack, {}, () => 0.99).version).toBe(2);
  });

  it('throws typed errors for an unknown version or label', () => {
    expect(() => pickPromptVersion(template, { version: 9 }, never)).toThrow(PromptPickError);
    try {
      pickPromptVersion(template, { label: 'canary' }, () => 0);
    } catch (error) {
      expect((error as PromptPickError).code).toBe('prompt_label_not_found');
    }
    try {
      pickPromptVersion(template, { version: 9 }, never);
    } catch (error) {
      expect((error as PromptPickError).code).toBe('prompt_version_not_found');
    }
  });

  it('splits an A/B label by weight (seeded, 20k draws within 1.5 points)', () => {
    const ab = {
      ...template,
      labels: {
        production: [
          { version: 2, weight: 80 },
          { version: 3, weight: 20 },
        ],
      },
    };
    const random = seeded(42);
    const counts = new Map<number, number>();
    for (let i = 0; i < 20_000; i++) {
      const picked = pickPromptVersion(ab, {}, random).version;
      counts.set(picked, (counts.get(picked) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([2, 3]);
    expect(Math.abs((counts.get(2) ?? 0) / 20_000 - 0.8)).toBeLessThan(0.015);
    expect(Math.abs((counts.get(3) ?? 0) / 20_000 - 0.2)).toBeLessThan(0.015);
  });
});

describe('pickWeighted', () => {
  it('maps the roll onto cumulative weights and skips zero weights', () => {
    const split = [
      { version: 1, weight: 1 },
      { version: 2, weight: 0 },
      { version: 3, weight: 3 },
    ];
    expect(pickWeighted(split, 0)).toBe(1);
    expect(pickWeighted(split, 0.2499)).toBe(1);
    expect(pickWeighted(split, 0.25)).toBe(3);
    expect(pickWeighted(split, 1)).toBe(3);
    expect(pickWeighted([{ version: 1, weight: 0 }], 0.5)).toBeNull();
    expect(pickWeighted([], 0.5)).toBeNull();
  });
});

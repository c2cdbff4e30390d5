import type { PromptLabelSplit, PromptTemplateData, PromptVersionData } from './prompt-schemas.js';

export const DEFAULT_PROMPT_LABEL = 'production';

export type PromptPickErrorCode = 'prompt_version_not_found' | 'prompt_label_not_found';

/** Thrown by pickPromptVersion; the gateway answers 404. */
export class PromptPickError extends Error {
  constructor(
    readonly code: PromptPickErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PromptPickError';
  }
}

/**
 * The entry of a weighted split that `roll` (in [0, 1)) lands on; entries of weight 0 are never
 * chosen. Returns null for an empty split or one whose weights are all 0.
 */
export function pickWeighted(split: PromptLabelSplit, roll: number): number | null {
  const live = split.filter((e) => e.weight > 0);
  const total = live.reduce((sum, e) => sum + e.weight, 0);
  if (total === 0) return null;
  let point = Math.min(Math.max(roll, 0), 1 - Number.EPSILON) * total;
  for (const entry of live) {
    if (point < entry.weight) return entry.version;
    point -= entry.weight;
  }
  return live[live.length - 1]?.version ?? null;
}

/**
 * The version a call runs: the explicit `version` when given; otherwise the `label` (default
 * `production`), splitting across the label's versions by weight with `random()` (in [0, 1)),
 * so an A/B test is one label with two weighted versions.
 */
export function pickPromptVersion(
  template: PromptTemplateData,
  choice: { label?: string | undefined; version?: number | undefined },
  random: () => number,
): PromptVersionData {
  const byNumber = (n: number) => template.versions.find((v) => v.version === n);
  if (choice.version !== undefined) {
    const version = byNumber(choice.version);
    if (version === undefined) {
      throw new PromptPickError(
        'prompt_version_not_found',
        `prompt "${template.slug}" has no version ${choice.version}`,
      );
    }
    return version;
  }
  const label = choice.label ?? DEFAULT_PROMPT_LABEL;
  const split = template.labels[label];
  const picked = split === undefined ? null : pickWeighted(split, random());
  const version = picked === null ? undefined : byNumber(picked);
  if (version === undefined) {
    throw new PromptPickError(
      'prompt_label_not_found',
      `prompt "${template.slug}" has no label "${label}"`,
    );
  }
  return version;
}

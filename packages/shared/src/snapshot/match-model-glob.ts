import type { ModelEntry } from './policy-snapshot.js';

// Patterns come from configuration, so this cache is bounded by what admins wrote.
const compiled = new Map<string, RegExp>();

function globRegExp(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (re === undefined) {
    const body = pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    re = new RegExp(`^${body}$`);
    compiled.set(pattern, re);
  }
  return re;
}

/** Whether `name` matches a model pattern: an exact name, or a glob where `*` is any text. */
export function matchModelGlob(pattern: string, name: string): boolean {
  return pattern.includes('*') ? globRegExp(pattern).test(name) : pattern === name;
}

/**
 * Whether any pattern names this model: by the name the caller used, its public name, any of its
 * aliases or `provider/public-name` (so a plan listing `gpt-4o-mini` also allows the alias
 * `fast`, and vice versa, and `anthropic/*` covers every Anthropic model).
 */
export function modelMatchesAny(
  patterns: readonly string[],
  model: ModelEntry,
  requestedName: string,
): boolean {
  const names = [
    requestedName,
    model.publicName,
    `${model.providerSlug}/${model.publicName}`,
    ...model.aliases,
  ];
  return patterns.some((pattern) => names.some((name) => matchModelGlob(pattern, name)));
}

export type ProductModelInput = {
  /** Enabled models of the org: public name, kind and aliases. */
  models: ReadonlyArray<{ publicName: string; kind: 'CHAT' | 'EMBEDDING'; aliases: string[] }>;
  /** The product's enabled routes: `match.models` patterns (`*`, `gpt-*`) and target model names. */
  routes: ReadonlyArray<{ match: unknown; targetModels: string[] }>;
  /** Each plan's allowed public names; an empty list allows every model of the product. */
  plans: ReadonlyArray<{ allowedModels: readonly string[] }>;
};

export type ProductModels = { chat: string[]; embedding: string[] };

function globToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

function matchPatterns(match: unknown): string[] {
  if (match === null || typeof match !== 'object') return [];
  const models = (match as { models?: unknown }).models;
  return Array.isArray(models) ? models.filter((m): m is string => typeof m === 'string') : [];
}

/**
 * The model names a product's callers may send: every model one of its routes answers for (by
 * public name or alias, or as a route target), narrowed to what at least one plan allows (an
 * empty plan list allows all), with the aliases of each allowed model. Sorted, split by kind.
 */
export function resolveProductModels(input: ProductModelInput): ProductModels {
  const patterns = input.routes.flatMap((r) => matchPatterns(r.match)).map(globToRegExp);
  const targets = new Set(input.routes.flatMap((r) => r.targetModels));
  const served = input.models.filter(
    (m) =>
      targets.has(m.publicName) ||
      [m.publicName, ...m.aliases].some((name) => patterns.some((p) => p.test(name))),
  );
  const everyModel =
    input.plans.length === 0 || input.plans.some((p) => p.allowedModels.length === 0);
  const allowed = new Set(input.plans.flatMap((p) => p.allowedModels));
  const kept = everyModel ? served : served.filter((m) => allowed.has(m.publicName));
  const names = (kind: 'CHAT' | 'EMBEDDING') =>
    [
      ...new Set(kept.filter((m) => m.kind === kind).flatMap((m) => [m.publicName, ...m.aliases])),
    ].sort();
  return { chat: names('CHAT'), embedding: names('EMBEDDING') };
}

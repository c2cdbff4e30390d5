import { refuse, type Result } from './gateway-error.js';
import { scopedKey, type ModelEntry, type PolicySnapshot } from './policy-snapshot.js';

/** How a requested name named the model. */
export type ModelNameKind = 'public_name' | 'alias' | 'provider_qualified';

export type ModelResolution = { model: ModelEntry; via: ModelNameKind };

/** OpenAI's wording for an unknown model (404 `model_not_found`, param `model`). */
export function modelNotFound(name: string) {
  return refuse(
    'model_not_found',
    `The model \`${name}\` does not exist or you do not have access to it.`,
    'model',
  );
}

function isServing(snapshot: PolicySnapshot, model: ModelEntry | undefined): model is ModelEntry {
  return (
    model !== undefined &&
    model.enabled &&
    snapshot.providers.get(model.providerId)?.enabled === true
  );
}

// `openai/gpt-4o`: the provider's slug, then a public name or the provider's own model id.
function resolveQualified(
  snapshot: PolicySnapshot,
  orgId: string,
  name: string,
): ModelEntry | undefined {
  const slash = name.indexOf('/');
  if (slash <= 0) return undefined;
  const provider = snapshot.providersBySlug.get(scopedKey(orgId, name.slice(0, slash)));
  if (provider === undefined || !provider.enabled) return undefined;
  const rest = name.slice(slash + 1);
  const byName = snapshot.modelsByName.get(scopedKey(orgId, rest));
  if (byName?.providerId === provider.id && isServing(snapshot, byName)) return byName;
  return snapshot.modelsByUpstreamId
    .get(scopedKey(provider.id, rest))
    ?.find((m) => isServing(snapshot, m));
}

/**
 * The model a request names within an org: its public name, an alias, or `provider/model`.
 * Disabled models and models of disabled providers are not found.
 */
export function resolveModel(
  snapshot: PolicySnapshot,
  orgId: string,
  name: string,
): Result<ModelResolution> {
  const byName = snapshot.modelsByName.get(scopedKey(orgId, name));
  if (isServing(snapshot, byName)) return { ok: true, model: byName, via: 'public_name' };
  const byAlias = snapshot.modelsByAlias.get(scopedKey(orgId, name));
  if (isServing(snapshot, byAlias)) return { ok: true, model: byAlias, via: 'alias' };
  const qualified = resolveQualified(snapshot, orgId, name);
  if (qualified !== undefined) return { ok: true, model: qualified, via: 'provider_qualified' };
  return modelNotFound(name);
}

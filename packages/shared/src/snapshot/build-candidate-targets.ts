import type { UpstreamTarget } from '../llm/provider-adapter.js';
import type { ModelEntry, PolicySnapshot, ProviderEntry, RouteEntry } from './policy-snapshot.js';
import type { RouteTargetRow } from './snapshot-rows.js';

/** One model the gateway may call for a request, with everything the upstream call needs. */
export type CandidateTarget = {
  /** The model called (its prices are what the request costs). */
  model: ModelEntry;
  provider: ProviderEntry;
  /** Ready for a provider adapter: kind, base URL, upstream model id, decrypted credentials. */
  upstream: UpstreamTarget;
  /** The model's own timeout, else the route's. */
  timeoutMs: number;
  isFallback: boolean;
  weight: number;
  /** Where the call's data goes (model region, else provider region). */
  region: string | null;
};

function callable(snapshot: PolicySnapshot, target: RouteTargetRow) {
  const model = target.modelId === null ? undefined : snapshot.models.get(target.modelId);
  const provider = model && snapshot.providers.get(model.providerId);
  if (model === undefined || provider === undefined) return null;
  if (!model.enabled || !provider.enabled || !provider.usable) return null;
  return { model, provider };
}

/**
 * The route's ordered targets as calls the gateway can make: targets whose model or provider is
 * disabled, or whose provider's credentials did not open, are dropped (the next one serves).
 */
export function buildCandidateTargets(
  snapshot: PolicySnapshot,
  route: RouteEntry,
  ordered: readonly RouteTargetRow[],
): CandidateTarget[] {
  return ordered.flatMap((target) => {
    const found = callable(snapshot, target);
    if (found === null) return [];
    const { model, provider } = found;
    return [
      {
        model,
        provider,
        upstream: {
          kind: provider.kind,
          providerSlug: provider.slug,
          baseUrl: provider.baseUrl,
          upstreamModel: model.upstreamId,
          credentials: provider.credentials,
          settings: provider.settings,
        },
        timeoutMs: model.timeoutMs ?? route.timeoutMs,
        isFallback: target.isFallback,
        weight: target.weight,
        region: model.effectiveRegion,
      },
    ];
  });
}

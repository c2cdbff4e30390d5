import { authorizeModel, type CandidateTarget } from '@gatehouse/shared';
import type { CallTarget } from '../gateway-call.js';
import type { LlmDeps, LlmState } from '../llm-state.js';

export function toCallTarget(candidate: CandidateTarget): CallTarget {
  const { model } = candidate;
  return {
    upstream: candidate.upstream,
    providerId: candidate.provider.id,
    modelId: model.id,
    publicModel: model.publicName,
    prices: {
      inputPerMTokMicros: model.inputPricePerMTokMicros,
      outputPerMTokMicros: model.outputPricePerMTokMicros,
      cachedInputPerMTokMicros: model.cachedInputPricePerMTokMicros,
    },
    timeoutMs: candidate.timeoutMs,
    region: candidate.region,
  };
}

/**
 * May this caller use the model it named, under which subscription, and which targets serve it
 * (primaries, then fallbacks)?
 */
export function authorize(state: LlmState, deps: LlmDeps): void {
  const principal = state.principal;
  const model = state.requestedModel;
  if (principal === null || model === null)
    throw new Error('authorize runs after identify and parse');
  const result = authorizeModel(state.snapshot, principal, model, deps.now());
  if (!result.ok) throw result.error;
  state.call.productId = result.product.id;
  state.call.metadata.route = result.route.name;
  state.targets = result.targets.map(toCallTarget);
  // Until a target answers, the ledger names the model that was asked for.
  state.call.target = state.targets[0] ?? null;
}

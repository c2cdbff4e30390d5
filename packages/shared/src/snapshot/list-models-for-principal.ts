import { authorizeModel } from './authorize-model.js';
import type { ModelEntry, PolicySnapshot } from './policy-snapshot.js';
import type { Principal } from './principal.js';

/**
 * The models this principal may call (GET /v1/models), by public name. Asks authorizeModel of
 * each of the org's models, so the list can never disagree with what a call would be allowed.
 */
export function listModelsForPrincipal(
  snapshot: PolicySnapshot,
  principal: Principal,
  now: Date,
): ModelEntry[] {
  const models: ModelEntry[] = [];
  for (const model of snapshot.models.values()) {
    if (model.orgId !== principal.orgId) continue;
    if (authorizeModel(snapshot, principal, model.publicName, now).ok) models.push(model);
  }
  return models.sort((a, b) => a.publicName.localeCompare(b.publicName));
}

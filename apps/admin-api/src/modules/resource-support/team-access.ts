import { teamScope, type Actor } from '../../auth/actor.js';

/** Whether the actor may see and act on data of this team (a DEVELOPER only their own). */
export function canSeeTeam(actor: Actor, teamId: string): boolean {
  const scope = teamScope(actor);
  return scope === null || scope.includes(teamId);
}

/** Whether the actor sees the whole catalog, PRIVATE products and non-public plans included. */
export function seesWholeCatalog(actor: Actor): boolean {
  return teamScope(actor) === null;
}

import type { Actor } from './actor.js';
import type { IdentityRow } from './auth.repository.js';

/** The Actor of a user row (roles and memberships as they are now, not as the token says). */
export function toActor(
  identity: IdentityRow,
  token: { id: string; scopes: string[] } | null,
): Actor {
  return {
    kind: token ? 'TOKEN' : 'USER',
    userId: identity.id,
    orgId: identity.orgId,
    email: identity.email,
    role: identity.role,
    teamIds: identity.memberships.map((m) => m.teamId),
    maintainerTeamIds: identity.memberships
      .filter((m) => m.role === 'MAINTAINER')
      .map((m) => m.teamId),
    tokenId: token?.id ?? null,
    scopes: token ? [...token.scopes] : null,
  };
}

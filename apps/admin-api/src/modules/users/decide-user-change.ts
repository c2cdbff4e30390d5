import type { OrgRole } from '@gatehouse/db';

export type UserChange = { role?: OrgRole; status?: 'ACTIVE' | 'DISABLED' };

export type UserChangeRefusal = { status: 403 | 409; code: string; message: string };

/**
 * Rules for changing a user's role or status: only an OWNER grants or revokes OWNER; nobody
 * changes their own role or status (no self-promotion, no locking oneself out); the last active
 * OWNER stays an active OWNER. Null when the change is allowed.
 */
export function decideUserChange(input: {
  actor: { userId: string; role: OrgRole };
  target: { id: string; role: OrgRole; status: 'ACTIVE' | 'DISABLED' };
  change: UserChange;
  activeOwners: number;
}): UserChangeRefusal | null {
  const { actor, target, change } = input;
  const roleChanges = change.role !== undefined && change.role !== target.role;
  const statusChanges = change.status !== undefined && change.status !== target.status;
  if (!roleChanges && !statusChanges) return null;
  if (target.id === actor.userId)
    return {
      status: 403,
      code: 'cannot_change_self',
      message: 'You cannot change your own role or status',
    };
  const touchesOwner = target.role === 'OWNER' || change.role === 'OWNER';
  if (touchesOwner && actor.role !== 'OWNER')
    return {
      status: 403,
      code: 'owner_required',
      message: 'Only an OWNER grants, revokes or disables OWNER',
    };
  const losesOwner =
    target.role === 'OWNER' &&
    target.status === 'ACTIVE' &&
    ((roleChanges && change.role !== 'OWNER') || change.status === 'DISABLED');
  if (losesOwner && input.activeOwners <= 1)
    return {
      status: 409,
      code: 'last_owner',
      message: 'The organization needs at least one active OWNER',
    };
  return null;
}

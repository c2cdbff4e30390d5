import type { OrgRole } from '@gatehouse/db';
import { PERMISSIONS, TOKEN_SCOPES, type Permission, type TokenScope } from './permissions.js';

export type PermissionDecision = { allowed: true } | { allowed: false; reason: 'role' | 'scope' };

function matches(pattern: string, permission: string): boolean {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`).test(permission);
}

/** Whether one scope of a token reaches a permission. Unknown scopes reach nothing. */
export function scopeGrants(scope: string, permission: string): boolean {
  if (!Object.hasOwn(TOKEN_SCOPES, scope)) return false;
  const { grants, except } = TOKEN_SCOPES[scope as TokenScope];
  return grants.some((p) => matches(p, permission)) && !except.some((p) => matches(p, permission));
}

/**
 * The decision the global guard applies: the role must be on the permission's line, and a token
 * (scopes not null) must also hold a scope that reaches it.
 */
export function checkPermission(
  caller: { role: OrgRole; scopes: readonly string[] | null },
  permission: Permission,
): PermissionDecision {
  const roles: readonly OrgRole[] = PERMISSIONS[permission];
  if (!roles.includes(caller.role)) return { allowed: false, reason: 'role' };
  if (caller.scopes !== null && !caller.scopes.some((s) => scopeGrants(s, permission)))
    return { allowed: false, reason: 'scope' };
  return { allowed: true };
}

/** Whether a string names a permission of the table (route metadata is checked at boot). */
export function isPermission(name: string): name is Permission {
  return Object.hasOwn(PERMISSIONS, name);
}

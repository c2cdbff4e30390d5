import { describe, expect, it } from 'vitest';
import { checkPermission, isPermission, scopeGrants } from './check-permission.js';
import { PERMISSIONS, TOKEN_SCOPES } from './permissions.js';

describe('checkPermission', () => {
  it('follows the role lines of the table for sessions', () => {
    expect(checkPermission({ role: 'ADMIN', scopes: null }, 'teams.write')).toEqual({
      allowed: true,
    });
    expect(checkPermission({ role: 'DEVELOPER', scopes: null }, 'teams.write')).toEqual({
      allowed: false,
      reason: 'role',
    });
    expect(checkPermission({ role: 'AUDITOR', scopes: null }, 'audit.read').allowed).toBe(true);
    expect(checkPermission({ role: 'FINANCE', scopes: null }, 'audit.read').allowed).toBe(false);
  });

  it('limits a token to its scopes on top of its role', () => {
    const readOnly = { role: 'ADMIN' as const, scopes: ['config:read'] };
    expect(checkPermission(readOnly, 'teams.read').allowed).toBe(true);
    expect(checkPermission(readOnly, 'teams.write')).toEqual({ allowed: false, reason: 'scope' });
    const writer = { role: 'ADMIN' as const, scopes: ['config:write'] };
    expect(checkPermission(writer, 'teams.write').allowed).toBe(true);
    expect(checkPermission(writer, 'users.write')).toEqual({ allowed: false, reason: 'scope' });
    expect(checkPermission({ role: 'ADMIN', scopes: ['admin'] }, 'users.write').allowed).toBe(true);
  });

  it('never lets a scope raise a role', () => {
    expect(checkPermission({ role: 'AUDITOR', scopes: ['admin'] }, 'teams.write')).toEqual({
      allowed: false,
      reason: 'role',
    });
  });

  it('grants nothing for an empty or unknown scope list', () => {
    expect(checkPermission({ role: 'OWNER', scopes: [] }, 'teams.read').allowed).toBe(false);
    expect(checkPermission({ role: 'OWNER', scopes: ['root'] }, 'teams.read').allowed).toBe(false);
  });
});

describe('scopeGrants', () => {
  it('matches patterns with * across dots and honours exceptions', () => {
    expect(scopeGrants('config:read', 'teams.members.read')).toBe(true);
    expect(scopeGrants('config:read', 'teams.members.write')).toBe(false);
    expect(scopeGrants('usage:read', 'usage.read')).toBe(true);
    expect(scopeGrants('usage:read', 'usage.write')).toBe(false);
    expect(scopeGrants('config:write', 'invitations.write')).toBe(false);
    expect(scopeGrants('toString', 'teams.read')).toBe(false);
  });
});

describe('the PERMISSIONS table', () => {
  it('names only known roles, and AUDITOR holds no write (except on their own account)', () => {
    for (const [name, roles] of Object.entries(PERMISSIONS)) {
      expect(roles.length, name).toBeGreaterThan(0);
      // `.test` permissions evaluate a draft and write nothing (guardrail "test this text").
      const readOnly = name.endsWith('.read') || name.endsWith('.test');
      if (!readOnly && !name.startsWith('account.')) {
        const auditorAllowed = (roles as readonly string[]).includes('AUDITOR');
        expect(auditorAllowed, `${name} must not be granted to AUDITOR`).toBe(false);
      }
    }
  });

  it('gives OWNER every permission', () => {
    for (const name of Object.keys(PERMISSIONS)) {
      expect(isPermission(name)).toBe(true);
      expect(
        (PERMISSIONS[name as keyof typeof PERMISSIONS] as readonly string[]).includes('OWNER'),
      ).toBe(true);
    }
  });

  it('has a grants list for every scope', () => {
    for (const scope of Object.values(TOKEN_SCOPES)) expect(scope.grants.length).toBeGreaterThan(0);
  });
});

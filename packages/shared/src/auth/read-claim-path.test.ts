import { describe, expect, it } from 'vitest';
import { readClaimPath } from './read-claim-path.js';

const claims = {
  azp: 'Demo App',
  groups: ['platform', 'admins'],
  realm_access: { roles: ['user', 'ops'] },
  'https://acme.test/team': 'legal',
  n: 42,
  nested: [[{ id: 'x' }]],
};

describe('readClaimPath', () => {
  it('reads names, indexes, nested objects and URL-style names', () => {
    expect(readClaimPath(claims, 'azp')).toBe('Demo App');
    expect(readClaimPath(claims, 'groups[0]')).toBe('platform');
    expect(readClaimPath(claims, 'groups[1]')).toBe('admins');
    expect(readClaimPath(claims, 'realm_access.roles[1]')).toBe('ops');
    expect(readClaimPath(claims, 'https://acme.test/team')).toBe('legal');
    expect(readClaimPath(claims, 'nested[0][0].id')).toBe('x');
    expect(readClaimPath(claims, 'n')).toBe('42');
  });

  it('is undefined for missing paths and non-string values', () => {
    expect(readClaimPath(claims, 'groups[5]')).toBeUndefined();
    expect(readClaimPath(claims, 'groups')).toBeUndefined();
    expect(readClaimPath(claims, 'realm_access')).toBeUndefined();
    expect(readClaimPath(claims, 'missing.path')).toBeUndefined();
    expect(readClaimPath(claims, 'groups[x]')).toBeUndefined();
  });
});

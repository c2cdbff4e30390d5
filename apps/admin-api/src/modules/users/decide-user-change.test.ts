import { describe, expect, it } from 'vitest';
import { decideUserChange } from './decide-user-change.js';

const admin = { userId: 'admin', role: 'ADMIN' as const };
const owner = { userId: 'owner', role: 'OWNER' as const };
const dev = { id: 'dev', role: 'DEVELOPER' as const, status: 'ACTIVE' as const };
const otherOwner = { id: 'owner2', role: 'OWNER' as const, status: 'ACTIVE' as const };

describe('decideUserChange', () => {
  it('lets an ADMIN change a developer’s role and disable them', () => {
    expect(
      decideUserChange({ actor: admin, target: dev, change: { role: 'FINANCE' }, activeOwners: 1 }),
    ).toBeNull();
    expect(
      decideUserChange({
        actor: admin,
        target: dev,
        change: { status: 'DISABLED' },
        activeOwners: 1,
      }),
    ).toBeNull();
  });

  it('keeps OWNER grants and revocations to OWNERs', () => {
    expect(
      decideUserChange({ actor: admin, target: dev, change: { role: 'OWNER' }, activeOwners: 1 }),
    ).toMatchObject({
      code: 'owner_required',
    });
    expect(
      decideUserChange({
        actor: admin,
        target: otherOwner,
        change: { status: 'DISABLED' },
        activeOwners: 2,
      }),
    ).toMatchObject({ code: 'owner_required' });
    expect(
      decideUserChange({ actor: owner, target: dev, change: { role: 'OWNER' }, activeOwners: 1 }),
    ).toBeNull();
    expect(
      decideUserChange({
        actor: owner,
        target: otherOwner,
        change: { role: 'ADMIN' },
        activeOwners: 2,
      }),
    ).toBeNull();
  });

  it('refuses changing oneself and removing the last OWNER', () => {
    expect(
      decideUserChange({
        actor: owner,
        target: { id: 'owner', role: 'OWNER', status: 'ACTIVE' },
        change: { role: 'ADMIN' },
        activeOwners: 2,
      }),
    ).toMatchObject({ code: 'cannot_change_self' });
    expect(
      decideUserChange({
        actor: owner,
        target: otherOwner,
        change: { status: 'DISABLED' },
        activeOwners: 1,
      }),
    ).toMatchObject({ status: 409, code: 'last_owner' });
  });

  it('allows a no-op', () => {
    expect(
      decideUserChange({
        actor: admin,
        target: dev,
        change: { role: 'DEVELOPER' },
        activeOwners: 0,
      }),
    ).toBeNull();
  });
});

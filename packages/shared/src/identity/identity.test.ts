import { describe, expect, it } from 'vitest';
import { decideLoginThrottle } from './decide-login-throttle.js';
import { decideSignup, emailDomain, type SignupInvitation } from './decide-signup.js';

const now = new Date('2026-11-24T12:00:00Z');
const invitation: SignupInvitation = {
  id: 'inv-1',
  orgId: 'org-1',
  email: 'Ann@Acme.test',
  role: 'FINANCE',
  teamId: 'team-1',
  expiresAt: new Date('2026-11-25T12:00:00Z'),
  acceptedAt: null,
};

describe('decideSignup', () => {
  it('accepts a valid invitation with its org, role and team (e-mail case-insensitive)', () => {
    expect(
      decideSignup({ mode: 'invite', email: 'ann@acme.test', invitation, domainOrgIds: [], now }),
    ).toEqual({
      ok: true,
      orgId: 'org-1',
      role: 'FINANCE',
      teamId: 'team-1',
      invitationId: 'inv-1',
    });
  });

  it.each([
    ['unknown', null, 'invalid_invitation'],
    ['expired', { ...invitation, expiresAt: now }, 'invalid_invitation'],
    ['used', { ...invitation, acceptedAt: now }, 'invalid_invitation'],
    ['for someone else', { ...invitation, email: 'bob@acme.test' }, 'invitation_email_mismatch'],
  ] as const)('refuses an invitation that is %s', (_label, inv, code) => {
    const decision = decideSignup({
      mode: 'invite_or_domain',
      email: 'ann@acme.test',
      invitation: inv,
      domainOrgIds: ['org-1'],
      now,
    });
    expect(decision).toMatchObject({ ok: false, status: 403, code });
  });

  it('signs up a DEVELOPER by allowed domain unless invitations are required', () => {
    const base = { email: 'dev@acme.test', invitation: undefined, domainOrgIds: ['org-1'], now };
    expect(decideSignup({ ...base, mode: 'domain' })).toEqual({
      ok: true,
      orgId: 'org-1',
      role: 'DEVELOPER',
      teamId: null,
      invitationId: null,
    });
    expect(decideSignup({ ...base, mode: 'invite' })).toMatchObject({
      ok: false,
      code: 'invitation_required',
    });
  });

  it('refuses a domain nobody allows, and one several orgs allow', () => {
    const base = {
      mode: 'invite_or_domain' as const,
      email: 'x@other.test',
      invitation: undefined,
      now,
    };
    expect(decideSignup({ ...base, domainOrgIds: [] })).toMatchObject({
      ok: false,
      status: 403,
      code: 'signup_not_allowed',
    });
    expect(decideSignup({ ...base, domainOrgIds: ['a', 'b'] })).toMatchObject({
      ok: false,
      status: 409,
      code: 'ambiguous_domain',
    });
  });

  it('refuses invitations in domain-only mode', () => {
    expect(
      decideSignup({ mode: 'domain', email: 'ann@acme.test', invitation, domainOrgIds: [], now }),
    ).toMatchObject({ ok: false, code: 'signup_not_allowed' });
  });
});

describe('emailDomain', () => {
  it('lower-cases the part after the last @', () => {
    expect(emailDomain('a@b@Acme.TEST')).toBe('acme.test');
    expect(emailDomain('nobody')).toBe('');
  });
});

describe('decideLoginThrottle', () => {
  it('locks after 5 failures per e-mail for the rest of the window', () => {
    expect(decideLoginThrottle({ email: { count: 4, ttlSeconds: 800 }, ip: null })).toEqual({
      locked: false,
    });
    expect(decideLoginThrottle({ email: { count: 5, ttlSeconds: 800 }, ip: null })).toEqual({
      locked: true,
      retryAfterSeconds: 800,
    });
  });

  it('locks an IP after 50 failures and reports the longer wait', () => {
    expect(
      decideLoginThrottle({
        email: { count: 5, ttlSeconds: 10 },
        ip: { count: 50, ttlSeconds: 600 },
      }),
    ).toEqual({ locked: true, retryAfterSeconds: 600 });
    expect(decideLoginThrottle({ email: null, ip: { count: 49, ttlSeconds: 600 } })).toEqual({
      locked: false,
    });
  });
});

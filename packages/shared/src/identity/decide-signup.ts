export type SignupMode = 'invite' | 'domain' | 'invite_or_domain';

export type SignupRole = 'OWNER' | 'ADMIN' | 'DEVELOPER' | 'FINANCE' | 'AUDITOR';

export type SignupInvitation = {
  id: string;
  orgId: string;
  email: string;
  role: SignupRole;
  teamId: string | null;
  expiresAt: Date;
  acceptedAt: Date | null;
};

export type SignupInput = {
  mode: SignupMode;
  email: string;
  /** undefined: no invitation token presented; null: presented but unknown. */
  invitation: SignupInvitation | null | undefined;
  /** Organizations whose allowedSignupDomains include the e-mail's domain. */
  domainOrgIds: readonly string[];
  now: Date;
};

export type SignupRefusal = {
  ok: false;
  status: 400 | 403 | 409;
  code: string;
  message: string;
};

export type SignupDecision =
  | {
      ok: true;
      orgId: string;
      role: SignupRole;
      teamId: string | null;
      invitationId: string | null;
    }
  | SignupRefusal;

/** The domain part of an e-mail address, lower-cased ('' when there is none). */
export function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}

function refuse(status: SignupRefusal['status'], code: string, message: string): SignupRefusal {
  return { ok: false, status, code, message };
}

function byInvitation(input: SignupInput, invitation: SignupInvitation | null): SignupDecision {
  if (input.mode === 'domain')
    return refuse(403, 'signup_not_allowed', 'Sign-up is by e-mail domain only');
  if (invitation === null || invitation.acceptedAt !== null || invitation.expiresAt <= input.now)
    return refuse(403, 'invalid_invitation', 'The invitation is unknown, used or expired');
  if (invitation.email.toLowerCase() !== input.email.toLowerCase())
    return refuse(403, 'invitation_email_mismatch', 'The invitation is for another e-mail address');
  return {
    ok: true,
    orgId: invitation.orgId,
    role: invitation.role,
    teamId: invitation.teamId,
    invitationId: invitation.id,
  };
}

function byDomain(input: SignupInput): SignupDecision {
  if (input.mode === 'invite')
    return refuse(403, 'invitation_required', 'Sign-up needs an invitation');
  const [orgId, ...others] = input.domainOrgIds;
  if (orgId === undefined)
    return refuse(
      403,
      'signup_not_allowed',
      `Sign-up is not open to ${emailDomain(input.email) || 'this address'}; ask for an invitation`,
    );
  if (others.length > 0)
    return refuse(409, 'ambiguous_domain', 'Several organizations accept this domain; name one');
  return { ok: true, orgId, role: 'DEVELOPER', teamId: null, invitationId: null };
}

/**
 * Who may sign up, and into which org with which role: an invitation (its org, role and team)
 * or an allowed e-mail domain (DEVELOPER), as SIGNUP_MODE permits.
 */
export function decideSignup(input: SignupInput): SignupDecision {
  return input.invitation === undefined ? byDomain(input) : byInvitation(input, input.invitation);
}

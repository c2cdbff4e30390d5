/** A subscription's lifecycle state (mirrors the Prisma enum, kept here so shared stays I/O-free). */
export type SubscriptionState = 'PENDING' | 'ACTIVE' | 'REJECTED' | 'SUSPENDED';

/** What an admin may do to a subscription after it was requested. */
export type SubscriptionAction = 'approve' | 'reject' | 'suspend' | 'reactivate';

/**
 * The state machine: each action lists the states it may start from and the state it leads to.
 * A new action joins with one line.
 */
export const SUBSCRIPTION_TRANSITIONS = {
  approve: { from: ['PENDING'], to: 'ACTIVE' },
  reject: { from: ['PENDING'], to: 'REJECTED' },
  suspend: { from: ['ACTIVE'], to: 'SUSPENDED' },
  reactivate: { from: ['SUSPENDED'], to: 'ACTIVE' },
} as const satisfies Record<
  SubscriptionAction,
  { from: readonly SubscriptionState[]; to: SubscriptionState }
>;

export type SubscriptionTransition =
  { ok: true; to: SubscriptionState } | { ok: false; allowedFrom: readonly SubscriptionState[] };

/** Where `action` takes a subscription in state `from`, or why it cannot. */
export function nextSubscriptionState(
  from: SubscriptionState,
  action: SubscriptionAction,
): SubscriptionTransition {
  const rule = SUBSCRIPTION_TRANSITIONS[action];
  const allowed: readonly SubscriptionState[] = rule.from;
  return allowed.includes(from) ? { ok: true, to: rule.to } : { ok: false, allowedFrom: allowed };
}

/** The state a new request starts in: active at once for auto-approved products. */
export function initialSubscriptionState(approvalMode: 'AUTO' | 'MANUAL'): SubscriptionState {
  return approvalMode === 'AUTO' ? 'ACTIVE' : 'PENDING';
}

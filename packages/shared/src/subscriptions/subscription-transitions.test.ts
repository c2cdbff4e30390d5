import { describe, expect, it } from 'vitest';
import {
  initialSubscriptionState,
  nextSubscriptionState,
  type SubscriptionAction,
  type SubscriptionState,
} from './subscription-transitions.js';

const STATES: SubscriptionState[] = ['PENDING', 'ACTIVE', 'REJECTED', 'SUSPENDED'];
const ACTIONS: SubscriptionAction[] = ['approve', 'reject', 'suspend', 'reactivate'];

// Every legal (from, action) pair and where it leads; everything else must be refused.
const LEGAL: Record<string, SubscriptionState> = {
  'PENDING approve': 'ACTIVE',
  'PENDING reject': 'REJECTED',
  'ACTIVE suspend': 'SUSPENDED',
  'SUSPENDED reactivate': 'ACTIVE',
};

describe('nextSubscriptionState', () => {
  for (const from of STATES) {
    for (const action of ACTIONS) {
      const expected = LEGAL[`${from} ${action}`];
      it(`${action} from ${from} → ${expected ?? 'refused'}`, () => {
        const result = nextSubscriptionState(from, action);
        if (expected === undefined) {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.allowedFrom).not.toContain(from);
        } else {
          expect(result).toEqual({ ok: true, to: expected });
        }
      });
    }
  }

  it('names the states an action may start from', () => {
    expect(nextSubscriptionState('REJECTED', 'approve')).toEqual({
      ok: false,
      allowedFrom: ['PENDING'],
    });
  });
});

describe('initialSubscriptionState', () => {
  it('activates auto-approved requests at once and holds manual ones', () => {
    expect(initialSubscriptionState('AUTO')).toBe('ACTIVE');
    expect(initialSubscriptionState('MANUAL')).toBe('PENDING');
  });
});

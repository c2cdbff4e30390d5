import { describe, expect, it } from 'vitest';
import { nextAlertState } from './alert-transitions.js';

describe('nextAlertState', () => {
  it('acknowledges only open alerts', () => {
    expect(nextAlertState('OPEN', 'acknowledge')).toBe('ACKNOWLEDGED');
    expect(nextAlertState('ACKNOWLEDGED', 'acknowledge')).toBeNull();
    expect(nextAlertState('RESOLVED', 'acknowledge')).toBeNull();
  });

  it('resolves open and acknowledged alerts, not resolved ones', () => {
    expect(nextAlertState('OPEN', 'resolve')).toBe('RESOLVED');
    expect(nextAlertState('ACKNOWLEDGED', 'resolve')).toBe('RESOLVED');
    expect(nextAlertState('RESOLVED', 'resolve')).toBeNull();
  });
});

/** An alert's state (mirrors the Prisma enum). */
export type AlertState = 'OPEN' | 'ACKNOWLEDGED' | 'RESOLVED';

export type AlertAction = 'acknowledge' | 'resolve';

/** Which states each operator action may start from, and where it leads. */
export const ALERT_TRANSITIONS = {
  acknowledge: { from: ['OPEN'], to: 'ACKNOWLEDGED' },
  resolve: { from: ['OPEN', 'ACKNOWLEDGED'], to: 'RESOLVED' },
} as const satisfies Record<AlertAction, { from: readonly AlertState[]; to: AlertState }>;

/** The state `action` takes an alert in state `from` to, or null when it may not. */
export function nextAlertState(from: AlertState, action: AlertAction): AlertState | null {
  const rule = ALERT_TRANSITIONS[action];
  const allowed: readonly AlertState[] = rule.from;
  return allowed.includes(from) ? rule.to : null;
}

import type { GuardrailAction } from '../guardrail-policy/guardrail-policy-schema.js';
import type { GuardrailFinding } from './guardrail-finding.js';

export type ActionedFinding = GuardrailFinding & { action: GuardrailAction; detector: number };

/** Severity order; the higher wins where findings overlap. */
export const ACTION_SEVERITY: Readonly<Record<GuardrailAction, number>> = {
  log: 0,
  mask: 1,
  redact: 2,
  block: 3,
};

const overlaps = (a: GuardrailFinding, b: GuardrailFinding) => a.start < b.end && b.start < a.end;

const byPriority = (a: ActionedFinding, b: ActionedFinding) =>
  b.end - b.start - (a.end - a.start) ||
  a.start - b.start ||
  ACTION_SEVERITY[b.action] - ACTION_SEVERITY[a.action] ||
  a.detector - b.detector;

// Within one cluster of mutually reachable overlaps: greedy by priority.
function resolveCluster(cluster: ActionedFinding[]): ActionedFinding[] {
  const kept: ActionedFinding[] = [];
  for (const finding of cluster.sort(byPriority)) {
    const winners = kept.filter((k) => overlaps(k, finding));
    if (winners.length === 0) kept.push({ ...finding });
    for (const winner of winners)
      if (ACTION_SEVERITY[finding.action] > ACTION_SEVERITY[winner.action])
        winner.action = finding.action;
  }
  return kept;
}

/**
 * Picks non-overlapping findings: longest first, then earliest, then the most severe action,
 * then the policy's detector order. A kept finding takes the most severe action of the findings
 * it displaced, so an overlapping `block` is never lost to a longer `redact`. Sorted by start.
 */
export function resolveOverlaps(findings: readonly ActionedFinding[]): ActionedFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const kept: ActionedFinding[] = [];
  let cluster: ActionedFinding[] = [];
  let clusterEnd = -1;
  for (const finding of sorted) {
    if (finding.start >= clusterEnd && cluster.length > 0) {
      kept.push(...resolveCluster(cluster));
      cluster = [];
    }
    cluster.push(finding);
    clusterEnd = Math.max(clusterEnd, finding.end);
  }
  kept.push(...resolveCluster(cluster));
  return kept.sort((a, b) => a.start - b.start);
}

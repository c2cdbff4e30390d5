import type { AnomalyFinding, AnomalyMetric } from '@gatehouse/shared';
import type { AlertInput } from '../modules/alert-delivery/alerts.repository.js';
import type { ApplicationInfo } from './anomaly-usage.repository.js';
import { formatUsdCents } from './format-usd-cents.js';

const LABEL: Record<AnomalyMetric, string> = {
  cost: 'Cost',
  tokens: 'Token',
  errorRate: 'Error rate',
};

const FORMAT: Record<AnomalyMetric, (value: number) => string> = {
  cost: formatUsdCents,
  tokens: (tokens) => `${Math.round(tokens).toLocaleString('en-US')} tokens`,
  errorRate: (rate) => `${(rate * 100).toFixed(1)}% errors`,
};

// Far outside the baseline (or many times the usual) is critical; just past the bar, a warning.
const severityOf = (f: AnomalyFinding): AlertInput['severity'] =>
  f.evidence.z >= 10 || (f.evidence.ratio ?? 0) >= 5 ? 'CRITICAL' : 'WARNING';

/** The alert of one finding, keyed `anomaly:<kind>:<application>:<day>` (one per day). */
export function buildAnomalyAlert(finding: AnomalyFinding, app: ApplicationInfo): AlertInput {
  const { evidence } = finding;
  const format = FORMAT[evidence.metric];
  const ratio = evidence.ratio === null ? '' : ` (${evidence.ratio}× the usual)`;
  const partial = evidence.window.end.slice(11, 16) === '00:00' ? '' : ' so far';
  return {
    orgId: app.orgId,
    kind: finding.kind,
    severity: severityOf(finding),
    title: `${LABEL[evidence.metric]} anomaly: ${app.name} on ${finding.day}`,
    message: `${app.name}: ${format(evidence.value)} on ${finding.day}${partial}${ratio}, against a median of ${format(evidence.median)} over the ${evidence.window.baselineDays} previous days (robust z = ${evidence.z}).`,
    evidence: { ...evidence, application: app.name },
    dedupeKey: `anomaly:${finding.kind}:${app.id}:${finding.day}`,
    teamId: app.teamId,
    applicationId: app.id,
  };
}

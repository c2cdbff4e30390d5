import { z } from 'zod';
import { usageEventMessageSchema, type UsageEventMessage } from './usage-event-message.js';

/** Most events one batch (one queue job) may carry; the gateway sends at most its batch size. */
export const USAGE_BATCH_MAX_EVENTS = 10_000;

/** The payload of one usage queue job: a batch of events with the id the gateway gave it. */
export type UsageBatchMessage = { batchId: string; events: UsageEventMessage[] };

const envelopeSchema = z.object({
  batchId: z.string().min(1).max(200),
  events: z.array(z.unknown()).max(USAGE_BATCH_MAX_EVENTS),
});

/** An event that failed validation: where it was and why (never the event itself). */
export type MalformedUsageEvent = { index: number; issues: string };

export type ParsedUsageBatch =
  | { ok: true; batchId: string; events: UsageEventMessage[]; malformed: MalformedUsageEvent[] }
  | { ok: false; issues: string };

const describeIssues = (error: z.ZodError) =>
  error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');

/**
 * Validates a queue payload event by event, so one malformed event does not hold back the rest
 * of its batch. `ok: false` only when the envelope itself is unusable.
 */
export function parseUsageBatch(data: unknown): ParsedUsageBatch {
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, issues: describeIssues(envelope.error) };
  const events: UsageEventMessage[] = [];
  const malformed: MalformedUsageEvent[] = [];
  envelope.data.events.forEach((raw, index) => {
    const parsed = usageEventMessageSchema.safeParse(raw);
    if (parsed.success) events.push(parsed.data);
    else malformed.push({ index, issues: describeIssues(parsed.error) });
  });
  return { ok: true, batchId: envelope.data.batchId, events, malformed };
}

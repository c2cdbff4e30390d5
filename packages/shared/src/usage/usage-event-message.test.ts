import { describe, expect, it } from 'vitest';
import { parseUsageBatch } from './parse-usage-batch.js';
import {
  decodeUsageEventMessage,
  encodeUsageEventMessage,
  usageEventMessageSchema,
  type UsageEventMessage,
} from './usage-event-message.js';
import { bullmqPrefix, QUEUE_NAMES } from '../queues/queue-names.js';

const message: UsageEventMessage = {
  occurredAt: '2026-11-24T22:10:05.123Z',
  requestId: 'req_abc',
  orgId: '0b9f3c1e-5a8d-4f0e-9c1a-2b3c4d5e6f70',
  teamId: null,
  applicationId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  apiKeyId: null,
  productId: null,
  providerId: null,
  modelId: null,
  providerSlug: 'openai',
  modelName: 'gpt-4o-mini',
  endpoint: '/v1/chat/completions',
  httpStatus: 200,
  outcome: 'SUCCESS',
  errorType: null,
  stream: true,
  cacheHit: false,
  inputTokens: 120,
  outputTokens: 33,
  cachedTokens: 0,
  costMicros: '9007199254740993',
  savedMicros: '0',
  latencyMs: 412,
  ttftMs: 95,
  promptVersionId: null,
  region: null,
  metadata: { route: 'default', guardrails: { dlp: 'pass' } },
};

describe('usageEventMessageSchema', () => {
  it('accepts a well-formed event', () => {
    expect(usageEventMessageSchema.parse(message)).toEqual(message);
  });

  it.each([
    ['occurredAt without milliseconds', { occurredAt: '2026-11-24T22:10:05Z' }],
    ['occurredAt with an offset', { occurredAt: '2026-11-24T23:10:05.123+01:00' }],
    ['money as a number', { costMicros: 12 }],
    ['negative money', { costMicros: '-5' }],
    ['money past int8', { costMicros: '9223372036854775808' }],
    ['tokens past int4', { inputTokens: 2_147_483_648 }],
    ['fractional latency', { latencyMs: 1.5 }],
    ['an unknown outcome', { outcome: 'MAYBE' }],
    ['an org id that is not a uuid', { orgId: 'acme' }],
    ['an empty request id', { requestId: '' }],
    ['a NUL in text', { endpoint: '/v1/\u0000' }],
    ['a NUL inside metadata', { metadata: { note: 'a\u0000b' } }],
    ['a NUL in a nested metadata key', { metadata: { list: [{ 'k\u0000': 1 }] } }],
  ])('rejects %s', (_, patch) => {
    expect(usageEventMessageSchema.safeParse({ ...message, ...patch }).success).toBe(false);
  });

  it('rejects an event missing a column', () => {
    const { region: _region, ...partial } = message;
    expect(usageEventMessageSchema.safeParse(partial).success).toBe(false);
  });
});

describe('decode / encode', () => {
  it('turns strings into Date and bigint exactly, and back', () => {
    const event = decodeUsageEventMessage(message);
    expect(event.occurredAt).toEqual(new Date(Date.UTC(2026, 10, 24, 22, 10, 5, 123)));
    expect(event.costMicros).toBe(9_007_199_254_740_993n);
    expect(event.savedMicros).toBe(0n);
    expect(encodeUsageEventMessage(event)).toEqual(message);
  });
});

describe('parseUsageBatch', () => {
  it('keeps the valid events and reports the malformed ones by index', () => {
    const parsed = parseUsageBatch({
      batchId: 'b-1',
      events: [message, { ...message, latencyMs: -1 }, 'junk', message],
    });
    expect(parsed).toMatchObject({ ok: true, batchId: 'b-1' });
    if (!parsed.ok) throw new Error('expected ok');
    expect(parsed.events).toEqual([message, message]);
    expect(parsed.malformed.map((m) => m.index)).toEqual([1, 2]);
    expect(parsed.malformed[0]?.issues).toMatch(/^latencyMs: /);
  });

  it('refuses an unusable envelope', () => {
    expect(parseUsageBatch({ events: [message] })).toMatchObject({ ok: false });
    expect(parseUsageBatch('nope')).toMatchObject({ ok: false });
    expect(parseUsageBatch({ batchId: 'x', events: {} })).toMatchObject({ ok: false });
  });
});

describe('queues', () => {
  it('names the usage queue and puts every BullMQ key in one Redis Cluster slot', () => {
    expect(QUEUE_NAMES.usage).toBe('usage-ledger');
    expect(Object.values(QUEUE_NAMES).every((name) => !name.includes(':'))).toBe(true);
    expect(bullmqPrefix('')).toBe('gatehouse:{bullmq}');
    expect(bullmqPrefix('gh-test-1:')).toBe('gh-test-1:gatehouse:{bullmq}');
  });
});

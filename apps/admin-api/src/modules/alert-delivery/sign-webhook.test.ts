import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhookSignature } from './sign-webhook.js';

const now = new Date('2026-11-24T12:00:00Z');

describe('signWebhook', () => {
  it('signs "<t>.<body>" with HMAC-SHA256', () => {
    const header = signWebhook('s3cret', '{"a":1}', now);
    const expected = createHmac('sha256', 's3cret').update('1795521600.{"a":1}').digest('hex');
    expect(header).toBe(`t=1795521600,v1=${expected}`);
  });

  it('verifies its own signature and refuses tampering, other secrets and old timestamps', () => {
    const header = signWebhook('s3cret', 'body', now);
    expect(verifyWebhookSignature('s3cret', 'body', header, now)).toBe(true);
    expect(verifyWebhookSignature('s3cret', 'body!', header, now)).toBe(false);
    expect(verifyWebhookSignature('other', 'body', header, now)).toBe(false);
    const later = new Date(now.getTime() + 301_000);
    expect(verifyWebhookSignature('s3cret', 'body', header, later)).toBe(false);
    expect(verifyWebhookSignature('s3cret', 'body', 'v1=zz', now)).toBe(false);
  });
});

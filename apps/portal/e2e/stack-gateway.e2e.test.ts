// The started stack as `npm start` runs it (built gateway, ledger worker, real Postgres and Redis):
// a chat through the gateway with the demo key lands in the ledger.
import type {} from '../../../scripts/test/provided-context.js';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';

describe('the started stack', () => {
  it('serves a chat through the gateway and writes its usage event', async () => {
    const response = await fetch(`${inject('gatewayUrl')}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${inject('demoKey')}` },
      body: JSON.stringify({ model: 'fast', messages: [{ role: 'user', content: 'Hello stack' }] }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      usage: { prompt_tokens: number; completion_tokens: number };
    };
    const requestId = response.headers.get('x-request-id');
    expect(response.headers.get('x-gatehouse-model')).toBe('gpt-4o-mini');

    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    try {
      let row: { inputTokens: number; outputTokens: number; outcome: string } | undefined;
      for (let i = 0; i < 100 && row === undefined; i += 1) {
        const result = await client.query<{
          inputTokens: number;
          outputTokens: number;
          outcome: string;
        }>(
          'SELECT "inputTokens", "outputTokens", "outcome" FROM "UsageEvent" WHERE "requestId" = $1',
          [requestId],
        );
        row = result.rows[0];
        if (row === undefined) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(row).toEqual({
        inputTokens: body.usage.prompt_tokens,
        outputTokens: body.usage.completion_tokens,
        outcome: 'SUCCESS',
      });
    } finally {
      await client.end();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { summarizeReadiness } from './summarize-readiness.js';

describe('summarizeReadiness', () => {
  it('is ok when everything is up or disabled', () => {
    expect(summarizeReadiness({ redis: 'disabled', db: 'up' }, ['db'])).toEqual({
      httpStatus: 200,
      report: { status: 'ok', components: { redis: 'disabled', db: 'up' } },
    });
  });

  it('is degraded but ready when an optional component is down', () => {
    const { httpStatus, report } = summarizeReadiness({ redis: 'down' }, []);
    expect(httpStatus).toBe(200);
    expect(report.status).toBe('degraded');
  });

  it('is unavailable when a required component is down', () => {
    const { httpStatus, report } = summarizeReadiness({ redis: 'up', db: 'down' }, ['db']);
    expect(httpStatus).toBe(503);
    expect(report.status).toBe('unavailable');
  });
});

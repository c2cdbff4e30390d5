import { describe, expect, it } from 'vitest';
import { addTestCounts, formatSummaryLine, summarizeVitestReport } from './summarize-vitest.mjs';

const file = (status: string, tests: string[], name = 'a.test.ts') => ({
  name,
  status,
  message: '',
  assertionResults: tests.map((testStatus) => ({ title: 't', status: testStatus })),
});

describe('summarizeVitestReport', () => {
  it('counts passed, failed and skipped (pending, todo, skipped) tests', () => {
    const report = {
      numTotalTests: 7,
      testResults: [
        file('passed', ['passed', 'passed', 'skipped', 'todo']),
        file('failed', ['failed', 'passed', 'pending']),
      ],
    };
    expect(summarizeVitestReport(report)).toEqual({
      passed: 3,
      failed: 1,
      skipped: 3,
      brokenFiles: [],
    });
  });

  it('counts a file that failed outside any test as one failure', () => {
    const report = {
      testResults: [file('failed', [], 'broken.int.test.ts'), file('passed', ['passed'])],
    };
    expect(summarizeVitestReport(report)).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
      brokenFiles: ['broken.int.test.ts'],
    });
  });

  it('rejects something that is not a vitest report', () => {
    expect(() => summarizeVitestReport({ results: [] })).toThrow();
  });
});

describe('formatSummaryLine', () => {
  it('prints the exact closing line', () => {
    expect(formatSummaryLine({ passed: 12, failed: 0, skipped: 2 })).toBe(
      'tests: 12 passed, 0 failed, 2 skipped',
    );
  });
});

describe('addTestCounts', () => {
  it('sums runs and keeps every broken file', () => {
    expect(
      addTestCounts([
        { passed: 3, failed: 1, skipped: 0, brokenFiles: ['a'] },
        { passed: 2, failed: 0, skipped: 4, brokenFiles: [] },
        { passed: 0, failed: 1, skipped: 0, brokenFiles: ['b'] },
      ]),
    ).toEqual({ passed: 5, failed: 2, skipped: 4, brokenFiles: ['a', 'b'] });
  });

  it('is all zeros for no runs', () => {
    expect(addTestCounts([])).toEqual({ passed: 0, failed: 0, skipped: 0, brokenFiles: [] });
  });
});

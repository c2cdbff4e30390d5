// Turns vitest's JSON report into the one closing line of `npm test`.
import { z } from 'zod';

// Only the fields we read, so a richer report from a newer vitest still parses.
const reportSchema = z.object({
  testResults: z.array(
    z.object({
      name: z.string().optional(),
      status: z.string(),
      assertionResults: z.array(z.object({ status: z.string() })).default([]),
    }),
  ),
});

/** @typedef {{ passed: number, failed: number, skipped: number, brokenFiles: string[] }} TestCounts */

const SKIPPED = new Set(['skipped', 'pending', 'todo', 'disabled']);

/**
 * Counts tests by outcome. A file that failed without any failing test (it did not import, or a
 * hook threw) counts as one failure, so a broken file can never hide behind "0 failed".
 * @param {unknown} report
 * @returns {TestCounts}
 */
export function summarizeVitestReport(report) {
  const parsed = reportSchema.parse(report);
  /** @type {TestCounts} */
  const counts = { passed: 0, failed: 0, skipped: 0, brokenFiles: [] };
  for (const file of parsed.testResults) {
    let failedHere = 0;
    for (const test of file.assertionResults) {
      if (test.status === 'passed') counts.passed += 1;
      else if (test.status === 'failed') failedHere += 1;
      else if (SKIPPED.has(test.status)) counts.skipped += 1;
    }
    if (file.status === 'failed' && failedHere === 0) {
      failedHere = 1;
      counts.brokenFiles.push(file.name ?? '(unknown file)');
    }
    counts.failed += failedHere;
  }
  return counts;
}

/**
 * @param {{ passed: number, failed: number, skipped: number }} counts
 */
export function formatSummaryLine(counts) {
  return `tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}

/**
 * Adds up the counts of several vitest runs.
 * @param {TestCounts[]} runs
 * @returns {TestCounts}
 */
export function addTestCounts(runs) {
  return runs.reduce(
    (sum, run) => ({
      passed: sum.passed + run.passed,
      failed: sum.failed + run.failed,
      skipped: sum.skipped + run.skipped,
      brokenFiles: [...sum.brokenFiles, ...run.brokenFiles],
    }),
    { passed: 0, failed: 0, skipped: 0, brokenFiles: [] },
  );
}

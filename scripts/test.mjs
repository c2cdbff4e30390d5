#!/usr/bin/env node
// `npm test`: lint, typecheck, build, then vitest (unit + integration, then e2e), ending with exactly
// one line `tests: N passed, N failed, N skipped`. `npm test -- <vitest args>` runs only those.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  addTestCounts,
  formatSummaryLine,
  summarizeVitestReport,
} from './lib/summarize-vitest.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (/** @type {string} */ name) => join(root, 'node_modules/.bin', name);
const reportDir = join(root, 'test-artifacts');
const nxFlags = ['--outputStyle=static-failures-only', '--parallel=2'];

/** @type {readonly { name: string, command: string, args: string[] }[]} */
const STEPS = [
  { name: 'lint', command: bin('eslint'), args: ['.'] },
  { name: 'format', command: bin('prettier'), args: ['--check', '.', '--log-level=warn'] },
  { name: 'typecheck', command: bin('nx'), args: ['run-many', '-t', 'typecheck', ...nxFlags] },
  { name: 'typecheck scripts', command: bin('tsc'), args: ['-p', 'scripts/tsconfig.json'] },
  { name: 'build', command: bin('nx'), args: ['run-many', '-t', 'build', ...nxFlags] },
];

const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true' };
const NO_TESTS_RAN = { passed: 0, failed: 0, skipped: 0 };

/**
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} stepEnv
 * @returns {Promise<number>}
 */
function run(command, args, stepEnv) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: stepEnv, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** @param {string} text */
const heading = (text) => console.log(`\n━━ ${text} ━━`);

/**
 * @param {string} message
 * @param {{ passed: number, failed: number, skipped: number }} counts
 * @returns {never}
 */
function finish(message, counts, code = 1) {
  console.log(`\n${message}`);
  console.log(formatSummaryLine(counts));
  process.exit(code);
}

/**
 * Two vitest runs: unit + integration first, then e2e, so the whole started stack of the e2e
 * harness does not compete for the 2 cores while integration tests run. Extra args given to
 * `npm test -- …` replace this with a single run of exactly those args.
 */
function vitestRuns() {
  const extra = process.argv.slice(2);
  if (extra.length > 0) return [{ label: 'vitest', file: 'vitest-report.json', args: extra }];
  return [
    {
      label: 'unit + integration',
      file: 'vitest-unit-integration.json',
      args: ['--project', 'unit', '--project', 'integration'],
    },
    { label: 'e2e', file: 'vitest-e2e.json', args: ['--project', 'e2e', '--passWithNoTests'] },
  ];
}

/** @param {{ label: string, file: string, args: string[] }} spec */
async function runVitest(spec) {
  const reportFile = join(reportDir, spec.file);
  await rm(reportFile, { force: true });
  const args = [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${reportFile}`,
    ...spec.args,
  ];
  // The build step just ran; the e2e harness need not build again.
  const code = await run(bin('vitest'), args, { ...env, GATEHOUSE_SKIP_BUILD: 'true' });
  const text = await readFile(reportFile, 'utf8').catch(() => '');
  return { code, counts: text ? summarizeVitestReport(JSON.parse(text)) : null };
}

async function runAllVitest() {
  await mkdir(reportDir, { recursive: true });
  /** @type {import('./lib/summarize-vitest.mjs').TestCounts[]} */
  const done = [];
  for (const spec of vitestRuns()) {
    heading(`vitest: ${spec.label}`);
    const { code, counts } = await runVitest(spec);
    if (counts) done.push(counts);
    const total = addTestCounts(done);
    if (!counts)
      finish(`✗ vitest (${spec.label}) exited with code ${code} and wrote no report`, total);
    for (const file of counts.brokenFiles)
      console.log(`✗ ${file}: failed outside any test (import error or hook)`);
    if (code !== 0 || counts.failed > 0)
      finish(`✗ vitest (${spec.label}) failed (exit code ${code})`, total);
  }
  finish('✓ all steps passed', addTestCounts(done), 0);
}

async function main() {
  for (const step of STEPS) {
    heading(step.name);
    const code = await run(step.command, step.args, env);
    if (code !== 0)
      finish(`✗ ${step.name} failed (exit code ${code}); stopping before the tests`, NO_TESTS_RAN);
  }
  await runAllVitest();
}

main().catch((error) =>
  finish(
    `✗ npm test crashed: ${error instanceof Error ? error.message : String(error)}`,
    NO_TESTS_RAN,
  ),
);

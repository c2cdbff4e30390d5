#!/usr/bin/env node
// `npm test`: lint, typecheck, build, then every vitest project (unit, integration, e2e), ending
// with exactly one line `tests: N passed, N failed, N skipped`. Extra args go to vitest.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSummaryLine, summarizeVitestReport } from './lib/summarize-vitest.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (/** @type {string} */ name) => join(root, 'node_modules/.bin', name);
const reportFile = join(root, 'test-artifacts/vitest-report.json');
const nxFlags = ['--outputStyle=static-failures-only', '--parallel=2'];

/** @type {readonly { name: string, command: string, args: string[] }[]} */
const STEPS = [
  { name: 'lint', command: bin('eslint'), args: ['.'] },
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
 */
function finish(message, counts, code = 1) {
  console.log(`\n${message}`);
  console.log(formatSummaryLine(counts));
  process.exit(code);
}

async function runVitest() {
  await mkdir(dirname(reportFile), { recursive: true });
  await rm(reportFile, { force: true });
  const args = ['run', '--reporter=default', '--reporter=json', `--outputFile=${reportFile}`, ...process.argv.slice(2)];
  // The build step just ran; the e2e harness need not build again.
  const code = await run(bin('vitest'), args, { ...env, GATEHOUSE_SKIP_BUILD: 'true' });
  const text = await readFile(reportFile, 'utf8').catch(() => '');
  if (!text) finish(`✗ vitest exited with code ${code} and wrote no report (${reportFile})`, NO_TESTS_RAN);
  const counts = summarizeVitestReport(JSON.parse(text));
  for (const file of counts.brokenFiles) console.log(`✗ ${file}: failed outside any test (import error or hook)`);
  const ok = code === 0 && counts.failed === 0;
  finish(ok ? '✓ all steps passed' : `✗ vitest failed (exit code ${code})`, counts, ok ? 0 : 1);
}

async function main() {
  for (const step of STEPS) {
    heading(step.name);
    const code = await run(step.command, step.args, env);
    if (code !== 0) finish(`✗ ${step.name} failed (exit code ${code}); stopping before the tests`, NO_TESTS_RAN);
  }
  heading('vitest (unit, integration, e2e)');
  await runVitest();
}

main().catch((error) => finish(`✗ npm test crashed: ${error instanceof Error ? error.message : String(error)}`, NO_TESTS_RAN));

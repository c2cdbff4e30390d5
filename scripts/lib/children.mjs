// Child processes, each the leader of its own process group, so stopping one stops its whole tree
// (npm, next and friends spawn grandchildren) and a terminal's Ctrl-C reaches only us.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { paint, prefixLines } from './output.mjs';

/** @typedef {import('./output.mjs').Color} Color */
/**
 * @typedef {object} ChildSpec
 * @property {string} name
 * @property {Color} color
 * @property {string} command
 * @property {string[]} args
 * @property {string} cwd
 * @property {NodeJS.ProcessEnv} env
 * @property {(line: string) => void} [onLine] every output line, unprefixed (e.g. to spot a ready marker)
 * @property {boolean} [quiet] do not echo output
 */
/**
 * @typedef {object} Child
 * @property {string} name
 * @property {import('node:child_process').ChildProcess} proc
 * @property {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} exited
 * @property {boolean} alive
 */

/** Every child still running, so a forced exit can kill them all at once. */
/** @type {Set<Child>} */
const live = new Set();

/** SIGKILL every child's process group, synchronously (for a forced exit). */
export function killAllNow() {
  for (const child of live) signalGroup(child, 'SIGKILL');
}

// Children lead their own process groups, so nothing else ends them if we die: a crash (an
// uncaught exception in vitest's main process, say) must not leave a stack running.
process.on('exit', killAllNow);

/**
 * @param {ChildSpec} spec
 * @returns {Child}
 */
export function startChild(spec) {
  const proc = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: spec.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  /** @type {Child} */
  const child = {
    name: spec.name,
    proc,
    alive: true,
    exited: Promise.resolve({ code: null, signal: null }),
  };
  live.add(child);
  for (const stream of [proc.stdout, proc.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      spec.onLine?.(line);
      if (!spec.quiet) process.stdout.write(`${prefixLines(spec.name, spec.color, line)}\n`);
    });
  }
  child.exited = new Promise((resolve) => {
    proc.once('error', (error) => {
      process.stderr.write(
        `${prefixLines(spec.name, 'red', `failed to start: ${error.message}`)}\n`,
      );
      live.delete(child);
      child.alive = false;
      resolve({ code: 127, signal: null });
    });
    proc.once('exit', (code, signal) => {
      live.delete(child);
      child.alive = false;
      resolve({ code, signal });
    });
  });
  return child;
}

/**
 * Runs a command to completion with prefixed output; rejects with a clear message on failure.
 * @param {ChildSpec} spec
 */
export async function runChild(spec) {
  const child = startChild(spec);
  const { code, signal } = await child.exited;
  if (code !== 0) {
    throw new Error(
      `${spec.name} failed (${signal ? `signal ${signal}` : `exit code ${code}`}): ${spec.command} ${spec.args.join(' ')}`,
    );
  }
}

/**
 * @param {Child} child
 * @param {NodeJS.Signals} signal
 */
function signalGroup(child, signal) {
  if (!child.alive || child.proc.pid === undefined) return;
  try {
    process.kill(-child.proc.pid, signal);
  } catch {
    // Already gone between the check and the kill.
  }
}

/**
 * SIGTERM the child's process group, then SIGKILL whatever is left after `graceMs`.
 * @param {Child} child
 * @param {number} [graceMs]
 */
export async function stopChild(child, graceMs = 8000) {
  if (!child.alive) return;
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
  // The leader may exit before its grandchildren; sweep the group.
  try {
    if (child.proc.pid !== undefined) process.kill(-child.proc.pid, 'SIGKILL');
  } catch {
    // Nothing left in the group.
  }
}

/**
 * @param {{ code: number | null, signal: NodeJS.Signals | null }} exit
 */
export function describeExit(exit) {
  return exit.signal ? `killed by ${exit.signal}` : `exited with code ${exit.code}`;
}

/**
 * @param {string} name
 * @param {string} message
 */
export function reportChild(name, message) {
  process.stderr.write(`${prefixLines(name, 'red', paint('red', message))}\n`);
}

// Polls an HTTP health endpoint until it answers 2xx/3xx, the child dies, or time runs out.

/**
 * @param {string} url
 * @param {{ timeoutMs?: number, isAlive?: () => boolean, intervalMs?: number }} [options]
 * @returns {Promise<void>}
 */
export async function waitForHttp(url, options = {}) {
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  const interval = options.intervalMs ?? 300;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (options.isAlive && !options.isAlive())
      throw new Error(`process exited before ${url} answered`);
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
      await response.body?.cancel();
      if (response.status < 400) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  throw new Error(`${url} did not become healthy in time (last: ${last})`);
}

import type { ServerResponse } from 'node:http';

/**
 * An AbortSignal that fires when the caller goes away before the response is finished, so the
 * upstream call is cancelled too (and billed only for what was produced). `dispose` detaches it.
 */
export function abortOnDisconnect(raw: ServerResponse): { signal: AbortSignal; dispose(): void } {
  const aborter = new AbortController();
  const onClose = (): void => {
    if (!raw.writableFinished) aborter.abort();
  };
  raw.once('close', onClose);
  return { signal: aborter.signal, dispose: () => raw.off('close', onClose) };
}

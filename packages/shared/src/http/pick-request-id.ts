export const REQUEST_ID_HEADER = 'x-request-id';

// Echo a caller's id only when it is short and plain, so it cannot smuggle anything into
// headers or logs; otherwise mint our own.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

/** The caller's request id when it is safe to echo, else a fresh one. */
export function pickRequestId(
  incoming: string | string[] | undefined,
  generate: () => string,
): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value !== undefined && SAFE_REQUEST_ID.test(value) ? value : generate();
}

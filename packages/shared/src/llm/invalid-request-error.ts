/** A caller's request the gateway refuses, in OpenAI's error vocabulary (always HTTP 400). */
export type InvalidRequestError = {
  status: 400;
  type: 'invalid_request_error';
  code: string | null;
  message: string;
  param: string | null;
};

/** The result of parsing a caller's body: the typed request, or the 400 to answer. */
export type ParseResult<T> = { ok: true; request: T } | { ok: false; error: InvalidRequestError };

export function invalidRequest(
  message: string,
  param: string | null,
  code: string | null = null,
): InvalidRequestError {
  return { status: 400, type: 'invalid_request_error', code, message, param };
}

/** `messages[0].content` — OpenAI's way of naming a nested parameter. */
export function formatParamPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`;
    const name = String(part);
    return acc === '' ? name : `${acc}.${name}`;
  }, '');
}

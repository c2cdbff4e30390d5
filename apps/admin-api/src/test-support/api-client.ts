export type ApiResponse = {
  status: number;
  headers: Headers;
  /** Parsed JSON (null for an empty body). Tests assert on it freely. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test-side JSON, asserted by value
  body: any;
  text: string;
};

export type CallOptions = { token?: string; body?: unknown; headers?: Record<string, string> };

/** A tiny JSON client for integration tests: `call('GET', '/api/v1/teams', { token })`. */
export function apiClient(baseUrl: string) {
  return async function call(
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<ApiResponse> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    const isJson = /^application\/([\w.-]+\+)?json\b/.test(
      response.headers.get('content-type') ?? '',
    );
    return {
      status: response.status,
      headers: response.headers,
      body: isJson && text !== '' ? JSON.parse(text) : null,
      text,
    };
  };
}

// Raw HTTP calls to a test gateway that report what the caller saw: status, request id, usage.
export type Seen = {
  requestId: string;
  status: number;
  model: string;
  /** Usage as the caller was told (null when the call failed or was aborted). */
  usage: { prompt_tokens: number; completion_tokens: number } | null;
  text: string;
};

const chatBody = (model: string, content: string, stream: boolean) =>
  JSON.stringify({
    model,
    messages: [{ role: 'user', content }],
    stream,
    ...(stream ? { stream_options: { include_usage: true } } : {}),
  });

export async function postChat(
  baseUrl: string,
  key: string,
  model: string,
  content: string,
  stream: boolean,
  abortAfterContent = false,
): Promise<Seen> {
  const aborter = new AbortController();
  const response = await fetch(`${baseUrl}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: chatBody(model, content, stream),
    signal: aborter.signal,
  });
  const seen: Seen = {
    requestId: response.headers.get('x-request-id') ?? '',
    status: response.status,
    model,
    usage: null,
    text: '',
  };
  if (!stream || response.status !== 200) {
    const body = (await response.json()) as {
      usage?: Seen['usage'];
      choices?: Array<{ message: { content: string | null } }>;
    };
    seen.usage = body.usage ?? null;
    seen.text = body.choices?.[0]?.message.content ?? '';
    return seen;
  }
  await readStream(response, seen, abortAfterContent ? () => aborter.abort() : null);
  return seen;
}

async function readStream(response: Response, seen: Seen, abort: (() => void) | null) {
  const decoder = new TextDecoder();
  let buffered = '';
  try {
    for await (const bytes of response.body as AsyncIterable<Uint8Array>) {
      buffered += decoder.decode(bytes, { stream: true });
      const frames = buffered.split('\n\n');
      buffered = frames.pop() ?? '';
      for (const frame of frames) {
        const data = frame.replace(/^data: /, '');
        if (data === '[DONE]') continue;
        const chunk = JSON.parse(data) as {
          usage?: Seen['usage'];
          choices?: Array<{ delta: { content?: string } }>;
        };
        if (chunk.usage) seen.usage = chunk.usage;
        seen.text += chunk.choices?.[0]?.delta.content ?? '';
      }
      if (abort !== null && seen.text.length > 0) {
        abort();
        return;
      }
    }
  } catch (error) {
    if (!(error instanceof Error && error.name === 'AbortError')) throw error;
  }
}

export async function setMockFaults(mockUrl: string, faults: Record<string, unknown>) {
  const response = await fetch(`${mockUrl}/_control/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
  if (!response.ok) throw new Error(`mock faults: HTTP ${response.status}`);
}

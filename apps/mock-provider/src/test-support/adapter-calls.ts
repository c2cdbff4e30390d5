import {
  assembleChatChunks,
  parseChatRequest,
  splitSseText,
  type AssembledChoice,
  type ChatCompletion,
  type ChatRequest,
  type EmbeddingsRequest,
  type EmbeddingsResponse,
  type ProviderAdapter,
  type UpstreamError,
  type UpstreamTarget,
  type Usage,
} from '@gatehouse/shared';

// What the gateway does around an adapter, with fetch: build the call, POST it, translate.
export const CONTEXT = { model: 'public-name', id: 'chatcmpl-gatehouse', created: 1_700_000_000 };

/** A caller's body parsed the way the gateway parses it (fails the test when it does not parse). */
export function chatRequest(body: unknown): ChatRequest {
  const parsed = parseChatRequest(body);
  if (!parsed.ok) throw new Error(`test body does not parse: ${parsed.error.message}`);
  return parsed.request;
}

async function post(call: { url: string; headers: Record<string, string>; body: string }) {
  const response = await fetch(call.url, {
    method: 'POST',
    headers: call.headers,
    body: call.body,
  });
  const text = await response.text();
  return { status: response.status, text };
}

const json = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

export type ChatOutcome =
  { ok: true; completion: ChatCompletion } | { ok: false; error: UpstreamError };

export async function completeWith(
  adapter: ProviderAdapter,
  request: ChatRequest,
  target: UpstreamTarget,
): Promise<ChatOutcome> {
  const { status, text } = await post(adapter.chatRequest({ ...request, stream: false }, target));
  if (status >= 300) return { ok: false, error: adapter.mapError(status, json(text)) };
  return { ok: true, completion: adapter.chatResponse(JSON.parse(text), CONTEXT) };
}

export type StreamOutcome = {
  status: number;
  choices: AssembledChoice[];
  usage: Usage | undefined;
  models: string[];
  chunkUsages: unknown[];
};

export async function streamWith(
  adapter: ProviderAdapter,
  request: ChatRequest,
  target: UpstreamTarget,
): Promise<StreamOutcome> {
  const { status, text } = await post(adapter.chatRequest({ ...request, stream: true }, target));
  if (status >= 300) throw new Error(`upstream ${status}: ${text}`);
  const reducer = adapter.chatStream(CONTEXT);
  const chunks = splitSseText(text).flatMap((event) => reducer.push(event));
  const end = reducer.finish();
  const all = [...chunks, ...end.chunks];
  return {
    status,
    choices: assembleChatChunks(all),
    usage: end.usage,
    models: [...new Set(all.map((c) => c.model))],
    chunkUsages: all.flatMap((c) => (c.usage === undefined ? [] : [c.usage])),
  };
}

export async function embedWith(
  adapter: ProviderAdapter,
  request: EmbeddingsRequest,
  target: UpstreamTarget,
): Promise<EmbeddingsResponse> {
  if (adapter.embeddings === undefined) throw new Error(`${adapter.kind} has no embeddings`);
  const { status, text } = await post(adapter.embeddings.request(request, target));
  if (status >= 300) throw new Error(`upstream ${status}: ${text}`);
  return adapter.embeddings.response(JSON.parse(text), { ...CONTEXT, model: 'public-embed' });
}

export const WEATHER_TOOL = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Current weather of a city',
    parameters: {
      type: 'object',
      properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['c', 'f'] } },
      required: ['city', 'unit'],
    },
  },
} as const;

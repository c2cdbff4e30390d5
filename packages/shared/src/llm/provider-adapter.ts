// The contract every provider adapter fulfils. Adapters are pure: they build upstream HTTP
// requests and translate upstream bodies and stream events; the gateway does the I/O.
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatRequest,
  EmbeddingsRequest,
  EmbeddingsResponse,
  Usage,
} from './chat-types.js';

export type ProviderKind =
  'OPENAI' | 'AZURE_OPENAI' | 'ANTHROPIC' | 'GEMINI' | 'MISTRAL' | 'OPENAI_COMPATIBLE';

/** Where and how to call one model of one provider (credentials already decrypted). */
export type UpstreamTarget = {
  kind: ProviderKind;
  providerSlug: string;
  /** The provider's base URL as configured, e.g. `https://api.openai.com/v1`. */
  baseUrl: string;
  /** The provider's own model id (or Azure deployment name). */
  upstreamModel: string;
  /** Decrypted credentials, e.g. `{ apiKey: "sk-..." }`. */
  credentials: Readonly<Record<string, string>>;
  /** Non-secret provider settings, e.g. `{ apiVersion: "2024-10-21" }` for Azure. */
  settings: Readonly<Record<string, unknown>>;
};

/** One POST to make upstream. `url` is absolute. */
export type UpstreamHttpRequest = {
  url: string;
  headers: Record<string, string>;
  body: string;
};

/** One server-sent event as received from upstream (already split by an SSE parser). */
export type StreamEvent = { event?: string; data: string };

/** Facts the gateway passes to response translation. */
export type TranslateContext = {
  /** The model name to report to the caller (the public name, not the upstream id). */
  model: string;
  /** Gatehouse's id for this completion (`chatcmpl-...`), used where the vendor gives none. */
  id: string;
  /** Unix seconds, used where the vendor gives none. */
  created: number;
};

/**
 * Translates an upstream stream event by event (never buffering the whole stream).
 * One reducer per request; it may keep state (tool-call indexes, usage seen so far).
 */
export type ChatStreamReducer = {
  /** One upstream SSE event in; zero or more OpenAI chunks out. */
  push(event: StreamEvent): ChatCompletionChunk[];
  /**
   * Upstream ended. Returns any last chunks (without a usage chunk: the gateway adds that when
   * the caller asked for it), and the usage the vendor reported, or `undefined` when it gave none.
   */
  finish(): { chunks: ChatCompletionChunk[]; usage: Usage | undefined };
};

/** An upstream failure in OpenAI's error vocabulary. */
export type UpstreamError = {
  /** The status to return to the caller (e.g. 429, 400, 502). */
  status: number;
  type: string;
  code: string | null;
  message: string;
  param: string | null;
  /** Worth retrying on another attempt or target (429, 5xx, overloaded). */
  retryable: boolean;
};

export type ProviderAdapter = {
  kind: ProviderKind;
  /** Build the upstream call. For `stream: true` it also asks the vendor for usage where it can. */
  chatRequest(request: ChatRequest, target: UpstreamTarget): UpstreamHttpRequest;
  /** Translate a 2xx JSON body. Throws `ProviderResponseError` when the body has the wrong shape. */
  chatResponse(body: unknown, context: TranslateContext): ChatCompletion;
  chatStream(context: TranslateContext): ChatStreamReducer;
  /** Absent when the vendor has no embeddings API (Anthropic). */
  embeddings?: {
    request(request: EmbeddingsRequest, target: UpstreamTarget): UpstreamHttpRequest;
    response(body: unknown, context: TranslateContext): EmbeddingsResponse;
  };
  /** Map a non-2xx upstream response (body parsed as JSON when it was JSON, else the text). */
  mapError(status: number, body: unknown): UpstreamError;
};

/** An upstream 2xx body or stream event that does not have the vendor's documented shape. */
export class ProviderResponseError extends Error {
  constructor(
    readonly providerKind: ProviderKind,
    message: string,
  ) {
    super(message);
    this.name = 'ProviderResponseError';
  }
}

/**
 * The upstream reported a failure inside a 2xx stream (Anthropic's `error` event, Gemini's error
 * chunk). Thrown by `ChatStreamReducer.push`; `error` says what to tell the caller and whether
 * another attempt is worth it (only before anything was sent downstream).
 */
export class UpstreamStreamError extends Error {
  constructor(
    readonly providerKind: ProviderKind,
    readonly error: UpstreamError,
  ) {
    super(error.message);
    this.name = 'UpstreamStreamError';
  }
}

/**
 * The canonical request cannot be expressed in the vendor's API (e.g. `n > 1` for Anthropic,
 * token-array input for Gemini embeddings). Thrown by request builders; a 400 for the caller.
 */
export class ProviderRequestError extends Error {
  readonly status = 400;
  constructor(
    readonly providerKind: ProviderKind,
    message: string,
    readonly param: string | null = null,
  ) {
    super(message);
    this.name = 'ProviderRequestError';
  }
}

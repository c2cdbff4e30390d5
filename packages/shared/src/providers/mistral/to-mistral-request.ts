import type {
  ChatRequest,
  ChatTool,
  ChatToolChoice,
  EmbeddingsRequest,
  ResponseFormat,
} from '../../llm/chat-types.js';
import { ProviderRequestError } from '../../llm/provider-adapter.js';
import { toMistralMessages } from './to-mistral-messages.js';

// Caller fields Mistral's API defines beyond the modelled ones; it refuses any other field (422
// "Extra inputs are not permitted"), so the rest of `extra` is not sent.
const MISTRAL_EXTRA_FIELDS = ['safe_prompt', 'prediction', 'prompt_mode'] as const;

const toToolChoice = (choice: ChatToolChoice): unknown =>
  // Mistral's word for "must call a tool" is "any" (it also accepts "required" on newer models).
  choice === 'required' ? 'any' : choice;

// Mistral's schema types `strict` as a boolean and refuses null (OpenAI accepts null).
const toTool = (tool: ChatTool) => ({
  type: 'function',
  function: defined({ ...tool.function }),
});

const toResponseFormat = (format: ResponseFormat) =>
  format.type === 'json_schema'
    ? { type: 'json_schema', json_schema: defined({ ...format.json_schema }) }
    : format;

function defined(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value != null));
}

/** The body of Mistral's `POST /v1/chat/completions` (usage comes in the last stream chunk unasked). */
export function toMistralChatBody(request: ChatRequest, model: string): Record<string, unknown> {
  const extra = request.extra ?? {};
  return defined({
    model,
    messages: toMistralMessages(request.messages),
    temperature: request.temperature,
    top_p: request.top_p,
    max_tokens: request.max_completion_tokens ?? request.max_tokens,
    stream: request.stream,
    stop: request.stop,
    random_seed: request.seed,
    n: request.n,
    presence_penalty: request.presence_penalty,
    frequency_penalty: request.frequency_penalty,
    response_format:
      request.response_format === undefined ? undefined : toResponseFormat(request.response_format),
    tools: request.tools?.map(toTool),
    tool_choice: request.tool_choice === undefined ? undefined : toToolChoice(request.tool_choice),
    parallel_tool_calls: request.parallel_tool_calls,
    ...Object.fromEntries(MISTRAL_EXTRA_FIELDS.map((field) => [field, extra[field]])),
  });
}

/** Mistral's embeddings body; it embeds text only (token ids belong to another tokenizer). */
export function toMistralEmbeddingsBody(
  request: EmbeddingsRequest,
  model: string,
): Record<string, unknown> {
  const { input } = request;
  if (typeof input !== 'string' && input.some((item) => typeof item !== 'string'))
    throw new ProviderRequestError(
      'MISTRAL',
      'Mistral embeddings take text input; token-id arrays are not supported by this model.',
      'input',
    );
  return defined({
    model,
    input,
    output_dimension: request.dimensions,
    encoding_format: request.encoding_format,
  });
}

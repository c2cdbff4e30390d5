import type { ChatCompletion, EmbeddingsResponse } from '../../llm/chat-types.js';
import {
  ProviderResponseError,
  UpstreamStreamError,
  type ProviderKind,
  type TranslateContext,
} from '../../llm/provider-adapter.js';
import { argumentsText, contentText } from '../common/content-text.js';
import {
  completionSchema,
  embeddingsResponseSchema,
  type VendorCompletion,
} from '../common/openai-family-schemas.js';
import { parseVendorBody } from '../common/parse-vendor-json.js';
import { toUsage } from '../common/to-usage.js';
import { mapOpenAiFinishReason, type FinishReasonMapper } from './map-openai-finish-reason.js';

export type OpenAiFamilyOptions = {
  kind: ProviderKind;
  /** The provider's name in messages ("OpenAI", "Mistral"). */
  provider: string;
  mapFinishReason: FinishReasonMapper;
};

export const OPENAI_OPTIONS: OpenAiFamilyOptions = {
  kind: 'OPENAI',
  provider: 'OpenAI',
  mapFinishReason: mapOpenAiFinishReason,
};

/**
 * A canonical `chat.completion` from an OpenAI-family body: the vendor's id and timestamp kept
 * (Gatehouse's where it gives none), the model re-labelled with the public name.
 */
export function fromOpenAiResponse(
  body: unknown,
  context: TranslateContext,
  options: OpenAiFamilyOptions = OPENAI_OPTIONS,
): ChatCompletion {
  const completion = parseVendorBody(options.kind, completionSchema, body, 'chat completion');
  return {
    id: completion.id ?? context.id,
    object: 'chat.completion',
    created: completion.created ?? context.created,
    model: context.model,
    choices: completion.choices.map((choice) => toChoice(choice, options)),
    ...(completion.usage != null ? { usage: toUsage(completion.usage) } : {}),
    ...(completion.system_fingerprint != null
      ? { system_fingerprint: completion.system_fingerprint }
      : {}),
  };
}

function toChoice(
  choice: VendorCompletion['choices'][number],
  options: OpenAiFamilyOptions,
): ChatCompletion['choices'][number] {
  const finish = options.mapFinishReason(choice.finish_reason);
  // Non-streaming: the gateway reads a ProviderResponseError as a retryable 502.
  if (finish === 'error')
    throw new ProviderResponseError(
      options.kind,
      `${options.provider} ended the choice with finish_reason "error"`,
    );
  const toolCalls = (choice.message.tool_calls ?? []).map((call) => ({
    id: call.id,
    type: 'function' as const,
    function: { name: call.function.name, arguments: argumentsText(call.function.arguments) },
  }));
  return {
    index: choice.index,
    message: {
      role: 'assistant',
      content: contentText(choice.message.content),
      ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
      ...(choice.message.refusal != null ? { refusal: choice.message.refusal } : {}),
    },
    finish_reason: finish,
    logprobs: null,
  };
}

/** A streamed choice the vendor ended with `finish_reason: "error"` (Mistral): a retryable 502. */
export function generationFailed(options: OpenAiFamilyOptions): UpstreamStreamError {
  return new UpstreamStreamError(options.kind, {
    status: 502,
    type: 'api_error',
    code: 'upstream_server_error',
    message: `The ${options.provider} provider failed while generating the answer.`,
    param: null,
    retryable: true,
  });
}

/** A canonical embeddings list from an OpenAI-family body, re-labelled with the public model. */
export function fromOpenAiEmbeddingsResponse(
  body: unknown,
  context: TranslateContext,
  kind: ProviderKind = 'OPENAI',
): EmbeddingsResponse {
  const parsed = parseVendorBody(kind, embeddingsResponseSchema, body, 'embeddings response');
  const promptTokens = parsed.usage?.prompt_tokens ?? 0;
  return {
    object: 'list',
    data: parsed.data.map((item) => ({
      object: 'embedding',
      index: item.index,
      embedding: item.embedding,
    })),
    model: context.model,
    usage: {
      prompt_tokens: promptTokens,
      total_tokens: parsed.usage?.total_tokens ?? promptTokens,
    },
  };
}

import type { ChatCompletion } from '../../llm/chat-types.js';
import { ProviderResponseError, type TranslateContext } from '../../llm/provider-adapter.js';
import { parseVendorBody } from '../common/parse-vendor-json.js';
import { geminiResponseSchema, type GeminiResponse } from './gemini-response-schemas.js';
import { toGeminiToolCallId } from './gemini-tool-call-id.js';
import { mapGeminiFinishReason } from './map-gemini-finish-reason.js';
import { mapGeminiUsage } from './map-gemini-usage.js';
import { readGeminiCandidate, type ToolCallIds } from './read-gemini-candidate.js';

type Choice = ChatCompletion['choices'][number];

export const parseGeminiResponse = (body: unknown): GeminiResponse =>
  parseVendorBody('GEMINI', geminiResponseSchema, body, 'GenerateContentResponse');

/** A counter of tool call ids across all candidates of one completion. */
export function toolCallIds(completionId: string): ToolCallIds {
  let n = 0;
  return (signature) => toGeminiToolCallId(completionId, n++, signature);
}

// A prompt Gemini blocked comes back with promptFeedback.blockReason and no candidates.
const blockedChoice: Choice = {
  index: 0,
  message: { role: 'assistant', content: '' },
  finish_reason: 'content_filter',
  logprobs: null,
};

/** A GenerateContentResponse as an OpenAI chat completion, one choice per candidate. */
export function fromGeminiResponse(body: unknown, context: TranslateContext): ChatCompletion {
  const response = parseGeminiResponse(body);
  const nextId = toolCallIds(context.id);
  const choices = (response.candidates ?? []).map((candidate, position): Choice => {
    const { text, hasText, toolCalls } = readGeminiCandidate(candidate, nextId);
    return {
      index: candidate.index ?? position,
      message: {
        role: 'assistant',
        content: hasText ? text : toolCalls.length > 0 ? null : '',
        ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
      },
      finish_reason: mapGeminiFinishReason(candidate.finishReason, toolCalls.length > 0),
      logprobs: null,
    };
  });
  if (choices.length === 0 && response.promptFeedback?.blockReason == null)
    throw new ProviderResponseError('GEMINI', 'GenerateContentResponse without candidates.');
  return {
    id: response.responseId ?? context.id,
    object: 'chat.completion',
    created: context.created,
    model: context.model,
    choices: choices.length > 0 ? choices : [blockedChoice],
    ...(response.usageMetadata != null ? { usage: mapGeminiUsage(response.usageMetadata) } : {}),
  };
}

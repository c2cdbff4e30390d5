import type { ModelEntry } from '../core/model-catalog.js';
import { openAiError, type OpenAiErrorBody } from './openai-errors.js';
import type { ChatCompletionBody } from './openai-schemas.js';

type Rule = (
  body: ChatCompletionBody,
  model: ModelEntry,
  promptTokens: number,
) => OpenAiErrorBody | undefined;

// What OpenAI rejects once it knows the model: parameters reasoning models do not take, output
// budgets beyond the model's maximum, and prompts beyond its context window.
const RULES: Rule[] = [
  (body, model) =>
    model.reasoning === true && body.max_tokens != null
      ? openAiError(
          "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
          'invalid_request_error',
          'max_tokens',
          'unsupported_parameter',
        )
      : undefined,
  (body, model) =>
    model.reasoning === true && body.temperature != null && body.temperature !== 1
      ? openAiError(
          `Unsupported value: 'temperature' does not support ${body.temperature} with this model. Only the default (1) value is supported.`,
          'invalid_request_error',
          'temperature',
          'unsupported_value',
        )
      : undefined,
  (body, model) => {
    const requested = body.max_completion_tokens ?? body.max_tokens;
    if (requested == null || requested <= model.maxOutputTokens) return undefined;
    const param = body.max_completion_tokens != null ? 'max_completion_tokens' : 'max_tokens';
    return openAiError(
      `${param} is too large: ${requested}. This model supports at most ${model.maxOutputTokens} completion tokens, whereas you provided ${requested}.`,
      'invalid_request_error',
      param,
      'invalid_value',
    );
  },
  (_body, model, promptTokens) =>
    promptTokens > model.contextWindow
      ? openAiError(
          `This model's maximum context length is ${model.contextWindow} tokens. However, your messages resulted in ${promptTokens} tokens. Please reduce the length of the messages.`,
          'invalid_request_error',
          'messages',
          'context_length_exceeded',
        )
      : undefined,
];

/** The 400 OpenAI would answer for this body on this model, if any. */
export function checkModelLimits(
  body: ChatCompletionBody,
  model: ModelEntry,
  promptTokens: number,
): OpenAiErrorBody | undefined {
  for (const rule of RULES) {
    const error = rule(body, model, promptTokens);
    if (error !== undefined) return error;
  }
  return undefined;
}

import type { CompletionPlan } from '../core/plan-completion.js';

export type ChatMeta = { id: string; created: number; model: string; forcedTool: boolean };

export type OpenAiUsage = {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details: { cached_tokens: number; audio_tokens: number };
  completion_tokens_details: {
    reasoning_tokens: number;
    audio_tokens: number;
    accepted_prediction_tokens: number;
    rejected_prediction_tokens: number;
  };
};

/** Prompt side of usage: all prompt tokens, of which `cachedTokens` came from the prompt cache. */
export type PromptUsage = { tokens: number; cachedTokens: number };

/** Usage over all choices; completion tokens include reasoning tokens, as OpenAI bills them. */
export function buildUsage(prompt: PromptUsage, plans: CompletionPlan[]): OpenAiUsage {
  const promptTokens = prompt.tokens;
  const reasoningTokens = plans.reduce((sum, p) => sum + p.reasoning.tokens, 0);
  const completionTokens = plans.reduce((sum, p) => sum + p.completionTokens, 0) + reasoningTokens;
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    prompt_tokens_details: { cached_tokens: prompt.cachedTokens, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: reasoningTokens,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

export const toolCallId = (idSeed: string): string => `call_${idSeed}${idSeed.slice(0, 8)}`;

/** OpenAI reports "stop", not "tool_calls", when tool_choice forced a named function. */
export function finishReason(plan: CompletionPlan, forcedTool: boolean): string {
  return plan.finish === 'tool_calls' && forcedTool ? 'stop' : plan.finish;
}

/** A `chat.completion` object with one choice per plan. */
export function buildChatCompletion(meta: ChatMeta, plans: CompletionPlan[], prompt: PromptUsage) {
  return {
    id: meta.id,
    object: 'chat.completion',
    created: meta.created,
    model: meta.model,
    choices: plans.map((plan, index) => ({
      index,
      message: {
        role: 'assistant',
        content: plan.toolCalls.length > 0 ? null : plan.text,
        refusal: null,
        annotations: [],
        ...(plan.toolCalls.length > 0
          ? {
              tool_calls: plan.toolCalls.map((c) => ({
                id: toolCallId(c.idSeed),
                type: 'function',
                function: { name: c.name, arguments: c.arguments },
              })),
            }
          : {}),
      },
      logprobs: null,
      finish_reason: finishReason(plan, meta.forcedTool),
    })),
    usage: buildUsage(prompt, plans),
    service_tier: 'default',
    system_fingerprint: 'fp_mock0001',
  };
}

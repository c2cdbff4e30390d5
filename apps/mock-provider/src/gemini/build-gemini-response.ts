import { splitText } from '../core/split-text.js';
import type { CompletionPlan } from '../core/plan-completion.js';

/** `cachedTokens`: the part of the prompt served from the implicit cache (included in promptTokens). */
export type GeminiMeta = {
  responseId: string;
  modelVersion: string;
  promptTokens: number;
  cachedTokens: number;
  includeThoughts: boolean;
};

const FINISH: Record<CompletionPlan['finish'], string> = {
  stop: 'STOP',
  length: 'MAX_TOKENS',
  tool_calls: 'STOP',
};
const WORDS_PER_CHUNK = 4;

function answerParts(plan: CompletionPlan): object[] {
  if (plan.toolCalls.length > 0)
    return plan.toolCalls.map((c) => ({ functionCall: { name: c.name, args: c.input } }));
  return [{ text: plan.text }];
}

// Thought summaries come first, marked `thought: true`, only when includeThoughts asks for them.
function thoughtParts(meta: GeminiMeta, plan: CompletionPlan): object[] {
  return meta.includeThoughts && plan.reasoning.text !== ''
    ? [{ text: plan.reasoning.text, thought: true }]
    : [];
}

/** usageMetadata: candidates count the visible answer; thinking is reported as thoughtsTokenCount. */
function usage(meta: GeminiMeta, plans: CompletionPlan[]) {
  const promptTokens = meta.promptTokens;
  const candidates = plans.reduce((sum, p) => sum + p.completionTokens, 0);
  const thoughts = plans.reduce((sum, p) => sum + p.reasoning.tokens, 0);
  return {
    promptTokenCount: promptTokens,
    candidatesTokenCount: candidates,
    totalTokenCount: promptTokens + candidates + thoughts,
    promptTokensDetails: [{ modality: 'TEXT', tokenCount: promptTokens }],
    ...(thoughts > 0 ? { thoughtsTokenCount: thoughts } : {}),
    ...(meta.cachedTokens > 0
      ? {
          cachedContentTokenCount: meta.cachedTokens,
          cacheTokensDetails: [{ modality: 'TEXT', tokenCount: meta.cachedTokens }],
        }
      : {}),
  };
}

/** A GenerateContentResponse with one candidate per plan. */
export function buildGeminiResponse(meta: GeminiMeta, plans: CompletionPlan[]) {
  return {
    candidates: plans.map((plan, index) => ({
      content: { parts: [...thoughtParts(meta, plan), ...answerParts(plan)], role: 'model' },
      finishReason: FINISH[plan.finish],
      index,
    })),
    usageMetadata: usage(meta, plans),
    modelVersion: meta.modelVersion,
    responseId: meta.responseId,
  };
}

/**
 * The chunks of `streamGenerateContent?alt=sse`: a few words per chunk (function calls arrive
 * whole), finishReason on a candidate's last chunk, and usageMetadata on every chunk with the
 * full counts on the last one, as the API does.
 */
export function buildGeminiChunks(meta: GeminiMeta, plans: CompletionPlan[]): object[] {
  const chunks: object[] = [];
  plans.forEach((plan, index) => {
    const answer =
      plan.toolCalls.length > 0
        ? [answerParts(plan)]
        : groupWords(splitText(plan.text)).map((text) => [{ text }]);
    const thoughts = thoughtParts(meta, plan);
    const pieces = thoughts.length > 0 ? [thoughts, ...answer] : answer;
    pieces.forEach((piece, i) => {
      const last = i === pieces.length - 1;
      const candidate = {
        content: { parts: piece, role: 'model' },
        index,
        ...(last ? { finishReason: FINISH[plan.finish] } : {}),
      };
      const isFinal = last && index === plans.length - 1;
      chunks.push({
        candidates: [candidate],
        usageMetadata: isFinal
          ? usage(meta, plans)
          : { promptTokenCount: meta.promptTokens, totalTokenCount: meta.promptTokens },
        modelVersion: meta.modelVersion,
        responseId: meta.responseId,
      });
    });
  });
  return chunks;
}

function groupWords(words: string[]): string[] {
  const groups: string[] = [];
  for (let i = 0; i < words.length; i += WORDS_PER_CHUNK)
    groups.push(words.slice(i, i + WORDS_PER_CHUNK).join(''));
  return groups.length === 0 ? [''] : groups;
}

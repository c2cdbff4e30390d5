import { splitText } from '../core/split-text.js';
import type { CompletionPlan } from '../core/plan-completion.js';

export type MistralMeta = { id: string; created: number; model: string; promptTokens: number };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Mistral's tool-call ids: 9 letters and digits (derived from the plan, so answers are stable). */
export function mistralToolCallId(idSeed: string): string {
  let value = BigInt(`0x${idSeed}`);
  let id = '';
  for (let i = 0; i < 9; i++) {
    id += ALPHABET[Number(value % 62n)];
    value /= 62n;
  }
  return id;
}

function usage(meta: MistralMeta, plans: CompletionPlan[]) {
  const completion = plans.reduce((sum, p) => sum + p.completionTokens, 0);
  return {
    prompt_tokens: meta.promptTokens,
    completion_tokens: completion,
    total_tokens: meta.promptTokens + completion,
  };
}

const toolCalls = (plan: CompletionPlan) =>
  plan.toolCalls.map((call, index) => ({
    id: mistralToolCallId(call.idSeed),
    type: 'function',
    function: { name: call.name, arguments: call.arguments },
    index,
  }));

/** Mistral's `chat.completion`: tool calls with 9-character ids, finish "tool_calls" even when forced. */
export function buildMistralCompletion(meta: MistralMeta, plans: CompletionPlan[]) {
  return {
    id: meta.id,
    object: 'chat.completion',
    created: meta.created,
    model: meta.model,
    usage: usage(meta, plans),
    choices: plans.map((plan, index) => ({
      index,
      message: {
        role: 'assistant',
        content: plan.text,
        tool_calls: plan.toolCalls.length > 0 ? toolCalls(plan) : null,
        prefix: false,
      },
      finish_reason: plan.finish,
    })),
  };
}

/**
 * Mistral's stream chunks: a role chunk, word-sized content deltas, then the finish; tool calls
 * come whole in one delta without `index`; usage rides on the very last chunk (no separate usage
 * chunk, no stream_options).
 */
export function buildMistralChunks(meta: MistralMeta, plans: CompletionPlan[]): object[] {
  const chunk = (index: number, delta: object, finish: string | null) => ({
    id: meta.id,
    object: 'chat.completion.chunk',
    created: meta.created,
    model: meta.model,
    choices: [{ index, delta, finish_reason: finish, logprobs: null }],
  });
  const chunks: ReturnType<typeof chunk>[] = [];
  plans.forEach((plan, index) => {
    chunks.push(chunk(index, { role: 'assistant', content: '' }, null));
    if (plan.toolCalls.length > 0) {
      const calls = toolCalls(plan).map(({ index: _index, type: _type, ...call }) => call);
      chunks.push(chunk(index, { content: null, tool_calls: calls }, plan.finish));
      return;
    }
    for (const piece of splitText(plan.text)) chunks.push(chunk(index, { content: piece }, null));
    chunks.push(chunk(index, { content: '' }, plan.finish));
  });
  const last = chunks.at(-1);
  return last === undefined ? [] : [...chunks.slice(0, -1), { ...last, usage: usage(meta, plans) }];
}

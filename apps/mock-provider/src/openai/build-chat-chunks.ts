import { splitEvery, splitText } from '../core/split-text.js';
import type { CompletionPlan } from '../core/plan-completion.js';
import {
  buildUsage,
  finishReason,
  toolCallId,
  type ChatMeta,
  type PromptUsage,
} from './build-chat-completion.js';

type Delta = Record<string, unknown>;
const ARGUMENT_PIECE = 8;

/**
 * The `chat.completion.chunk` objects of a streamed answer, in order: per choice a role chunk,
 * content (or tool-call argument) deltas and a finish chunk; with include_usage, every chunk
 * carries `usage: null` and a last chunk with empty choices carries the usage.
 */
export function buildChatChunks(
  meta: ChatMeta,
  plans: CompletionPlan[],
  prompt: PromptUsage,
  includeUsage: boolean,
): object[] {
  const chunk = (index: number, delta: Delta, finish: string | null) => ({
    id: meta.id,
    object: 'chat.completion.chunk',
    created: meta.created,
    model: meta.model,
    service_tier: 'default',
    system_fingerprint: 'fp_mock0001',
    choices: [{ index, delta, logprobs: null, finish_reason: finish }],
    ...(includeUsage ? { usage: null } : {}),
  });
  const chunks: object[] = [];
  plans.forEach((plan, index) => {
    for (const delta of choiceDeltas(plan)) chunks.push(chunk(index, delta, null));
    chunks.push(chunk(index, {}, finishReason(plan, meta.forcedTool)));
  });
  if (includeUsage) {
    const { choices: _choices, usage: _usage, ...head } = chunk(0, {}, null);
    chunks.push({ ...head, choices: [], usage: buildUsage(prompt, plans) });
  }
  return chunks;
}

function choiceDeltas(plan: CompletionPlan): Delta[] {
  if (plan.toolCalls.length === 0) {
    return [
      { role: 'assistant', content: '', refusal: null },
      ...splitText(plan.text).map((content) => ({ content })),
    ];
  }
  const deltas: Delta[] = [];
  plan.toolCalls.forEach((call, index) => {
    const head = {
      index,
      id: toolCallId(call.idSeed),
      type: 'function',
      function: { name: call.name, arguments: '' },
    };
    deltas.push(
      index === 0
        ? { role: 'assistant', content: null, tool_calls: [head] }
        : { tool_calls: [head] },
    );
    for (const piece of splitEvery(call.arguments, ARGUMENT_PIECE))
      deltas.push({ tool_calls: [{ index, function: { arguments: piece } }] });
  });
  return deltas;
}

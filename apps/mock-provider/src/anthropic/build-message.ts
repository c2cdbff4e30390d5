import { countTokens } from '../core/count-tokens.js';
import { hashText } from '../core/hash-text.js';
import type { CompletionPlan } from '../core/plan-completion.js';

/** `inputTokens` are the uncached input; `cache` the tokens read from and written to the prompt cache. */
export type AnthropicMeta = {
  id: string;
  model: string;
  inputTokens: number;
  cache: { read: number; write: number };
  autoToolChoice: boolean;
};

export type AnthropicBlock =
  | { type: 'thinking'; thinking: string; signature: string }
  | { type: 'text'; text: string }
  | { type: 'tool_use'; id: string; name: string; input: unknown };

const STOP_REASONS: Record<CompletionPlan['finish'], string> = {
  stop: 'end_turn',
  length: 'max_tokens',
  tool_calls: 'tool_use',
};

export function stopReason(plan: CompletionPlan): string {
  return plan.finish === 'stop' && plan.stopSequence !== null
    ? 'stop_sequence'
    : STOP_REASONS[plan.finish];
}

export const toolUseId = (idSeed: string): string => `toolu_01${idSeed}${idSeed.slice(0, 6)}`;

// With tool_choice auto, Claude usually says what it is about to do before the tool_use block;
// the mock does too, so adapters meet a text block and a tool_use block in one message.
const toolPreamble = (name: string): string => `I'll use the ${name} tool.`;

// Real signatures are opaque encrypted blobs; this one is deterministic and just as opaque.
const signatureOf = (thinking: string): string =>
  Buffer.from(`mock-thinking-signature:${hashText(thinking).toString(16)}`).toString('base64');

/** The content blocks and output tokens (thinking included, as Anthropic bills it) of a planned answer. */
export function buildContentBlocks(
  plan: CompletionPlan,
  autoToolChoice: boolean,
): { blocks: AnthropicBlock[]; outputTokens: number } {
  const thinking: AnthropicBlock[] =
    plan.reasoning.text === ''
      ? []
      : [
          {
            type: 'thinking',
            thinking: plan.reasoning.text,
            signature: signatureOf(plan.reasoning.text),
          },
        ];
  const answer = buildAnswerBlocks(plan, autoToolChoice);
  return {
    blocks: [...thinking, ...answer.blocks],
    outputTokens: answer.outputTokens + plan.reasoning.tokens,
  };
}

function buildAnswerBlocks(
  plan: CompletionPlan,
  autoToolChoice: boolean,
): { blocks: AnthropicBlock[]; outputTokens: number } {
  if (plan.toolCalls.length === 0)
    return {
      blocks:
        plan.text === '' && plan.reasoning.text !== '' ? [] : [{ type: 'text', text: plan.text }],
      outputTokens: plan.completionTokens,
    };
  const blocks: AnthropicBlock[] = [];
  let outputTokens = plan.completionTokens;
  const first = plan.toolCalls[0];
  if (autoToolChoice && first !== undefined) {
    const text = toolPreamble(first.name);
    blocks.push({ type: 'text', text });
    outputTokens += countTokens(text);
  }
  for (const call of plan.toolCalls)
    blocks.push({
      type: 'tool_use',
      id: toolUseId(call.idSeed),
      name: call.name,
      input: call.input,
    });
  return { blocks, outputTokens };
}

export function buildUsage(
  meta: Pick<AnthropicMeta, 'inputTokens' | 'cache'>,
  outputTokens: number,
) {
  return {
    input_tokens: meta.inputTokens,
    cache_creation_input_tokens: meta.cache.write,
    cache_read_input_tokens: meta.cache.read,
    cache_creation: { ephemeral_5m_input_tokens: meta.cache.write, ephemeral_1h_input_tokens: 0 },
    output_tokens: outputTokens,
    service_tier: 'standard',
  };
}

/** A complete Messages API response. */
export function buildMessage(meta: AnthropicMeta, plan: CompletionPlan) {
  const { blocks, outputTokens } = buildContentBlocks(plan, meta.autoToolChoice);
  return {
    id: meta.id,
    type: 'message',
    role: 'assistant',
    model: meta.model,
    content: blocks,
    stop_reason: stopReason(plan),
    stop_sequence: plan.stopSequence,
    usage: buildUsage(meta, outputTokens),
  };
}

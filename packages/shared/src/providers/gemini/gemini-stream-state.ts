import type { TranslateContext } from '../../llm/provider-adapter.js';
import type { GeminiUsage } from './gemini-response-schemas.js';
import type { ToolCallIds } from './read-gemini-candidate.js';
import { toolCallIds } from './from-gemini-response.js';

/** Per candidate: whether its role chunk went out, and how many tool calls it has streamed. */
export type CandidateState = { started: boolean; tools: number };

/** What one Gemini stream translation remembers between chunks. */
export type GeminiStreamState = {
  context: TranslateContext;
  id: string;
  nextId: ToolCallIds;
  candidates: Map<number, CandidateState>;
  usage: GeminiUsage | undefined;
  sawChunk: boolean;
  /** A candidate finished, or the prompt was blocked: the stream is a complete answer. */
  finished: boolean;
};

export function createGeminiStreamState(context: TranslateContext): GeminiStreamState {
  return {
    context,
    id: context.id,
    nextId: toolCallIds(context.id),
    candidates: new Map(),
    usage: undefined,
    sawChunk: false,
    finished: false,
  };
}

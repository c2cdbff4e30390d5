import { countTokens, truncateToTokens } from './count-tokens.js';
import { generateAnswer } from './generate-answer.js';
import { generateFromSchema } from './generate-from-schema.js';
import { generateReasoning } from './generate-reasoning.js';
import { createRandom, hashText } from './hash-text.js';

export type ToolSpec = { name: string; parameters: unknown };
export type ToolChoice = { mode: 'auto' | 'none' | 'required' } | { mode: 'tool'; name: string };
export type OutputFormat =
  { kind: 'text' } | { kind: 'json_object' } | { kind: 'json_schema'; schema: unknown };

/** A vendor-neutral view of a generation request; each vendor's route maps its body to this. */
export type CompletionRequest = {
  model: string;
  seedText: string;
  lastUserText: string;
  tools: ToolSpec[];
  toolChoice: ToolChoice;
  /** The conversation ends with a tool result: a real model answers in text now, so do we. */
  endsWithToolResult: boolean;
  maxTokens?: number;
  /** Stop sequences: the text ends before the first one that occurs. */
  stop?: string[];
  format: OutputFormat;
  choiceIndex: number;
  /** Thinking tokens the model spends before answering (reasoning models); they count against maxTokens. */
  reasoningTokens?: number;
};

export type PlannedToolCall = { idSeed: string; name: string; input: unknown; arguments: string };

export type CompletionPlan = {
  text: string;
  toolCalls: PlannedToolCall[];
  completionTokens: number;
  finish: 'stop' | 'length' | 'tool_calls';
  /** The stop sequence that ended the text, if one did. */
  stopSequence: string | null;
  /** Thinking before the answer; `completionTokens` counts only the visible answer. */
  reasoning: { text: string; tokens: number };
};

type VisiblePlan = Omit<CompletionPlan, 'reasoning'>;

/**
 * Decides what the mock model "says" for a request: optional thinking, then text (maybe
 * truncated) or tool calls. Thinking spends the maxTokens budget first, as with real reasoning
 * models: a small budget can end in "length" with no visible answer.
 */
export function planCompletion(request: CompletionRequest): CompletionPlan {
  const wanted = Math.min(
    request.reasoningTokens ?? 0,
    request.maxTokens ?? Number.POSITIVE_INFINITY,
  );
  const text = generateReasoning(request.seedText, request.lastUserText, wanted);
  const reasoning = { text, tokens: countTokens(text) };
  const budget = request.maxTokens === undefined ? undefined : request.maxTokens - reasoning.tokens;
  if (budget !== undefined && budget <= 0)
    return {
      text: '',
      toolCalls: [],
      completionTokens: 0,
      finish: 'length',
      stopSequence: null,
      reasoning,
    };
  return { ...planVisible({ ...request, maxTokens: budget }), reasoning };
}

function planVisible(request: CompletionRequest): VisiblePlan {
  const tool = chooseTool(request);
  if (tool !== undefined) return planToolCall(request, tool);
  const { text: full, stopSequence } = applyStop(renderText(request), request.stop ?? []);
  if (request.maxTokens === undefined)
    return {
      text: full,
      toolCalls: [],
      completionTokens: countTokens(full),
      finish: 'stop',
      stopSequence,
    };
  const cut = truncateToTokens(full, request.maxTokens);
  return cut.truncated
    ? {
        text: cut.text,
        toolCalls: [],
        completionTokens: cut.tokens,
        finish: 'length',
        stopSequence: null,
      }
    : { text: cut.text, toolCalls: [], completionTokens: cut.tokens, finish: 'stop', stopSequence };
}

function applyStop(text: string, stops: string[]): { text: string; stopSequence: string | null } {
  let best: { at: number; stop: string } | undefined;
  for (const stop of stops) {
    const at = stop.length > 0 ? text.indexOf(stop) : -1;
    if (at >= 0 && (best === undefined || at < best.at)) best = { at, stop };
  }
  return best === undefined
    ? { text, stopSequence: null }
    : { text: text.slice(0, best.at), stopSequence: best.stop };
}

function chooseTool(request: CompletionRequest): ToolSpec | undefined {
  const { tools, toolChoice } = request;
  if (tools.length === 0 || toolChoice.mode === 'none') return undefined;
  if (toolChoice.mode === 'tool') return tools.find((t) => t.name === toolChoice.name) ?? tools[0];
  if (toolChoice.mode === 'auto' && request.endsWithToolResult) return undefined;
  // A tool the user mentions by name wins; otherwise the first one, like a model that follows the list.
  const text = request.lastUserText.toLowerCase();
  return tools.find((t) => text.includes(t.name.toLowerCase())) ?? tools[0];
}

function planToolCall(request: CompletionRequest, tool: ToolSpec): VisiblePlan {
  const seed = hashText(`${request.model}\n${tool.name}\n${request.seedText}`);
  const input = generateFromSchema(tool.parameters, createRandom(seed), tool.name);
  const args = JSON.stringify(input);
  const idSeed = `${seed.toString(16).padStart(8, '0')}${hashText(args).toString(16).padStart(8, '0')}`;
  const completionTokens = countTokens(tool.name) + countTokens(args) + 3;
  return {
    text: '',
    toolCalls: [{ idSeed, name: tool.name, input, arguments: args }],
    completionTokens,
    finish: 'tool_calls',
    stopSequence: null,
  };
}

function renderText(request: CompletionRequest): string {
  const answer = generateAnswer(request);
  if (request.format.kind === 'json_object')
    return JSON.stringify({ answer, model: request.model });
  if (request.format.kind === 'json_schema') {
    const random = createRandom(hashText(`${request.model}\n${request.seedText}`));
    return JSON.stringify(generateFromSchema(request.format.schema, random, 'answer'));
  }
  return answer;
}

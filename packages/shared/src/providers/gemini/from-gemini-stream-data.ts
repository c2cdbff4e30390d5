import type { ChatCompletionChunk } from '../../llm/chat-types.js';
import type { GeminiCandidate } from './gemini-response-schemas.js';
import type { CandidateState, GeminiStreamState } from './gemini-stream-state.js';
import { parseGeminiResponse } from './from-gemini-response.js';
import { mapGeminiFinishReason } from './map-gemini-finish-reason.js';
import { readGeminiCandidate } from './read-gemini-candidate.js';

type Choice = ChatCompletionChunk['choices'][number];

function candidateState(state: GeminiStreamState, index: number): CandidateState {
  const existing = state.candidates.get(index);
  if (existing !== undefined) return existing;
  const created = { started: false, tools: 0 };
  state.candidates.set(index, created);
  return created;
}

function candidateChoices(
  candidate: GeminiCandidate,
  index: number,
  state: GeminiStreamState,
): Choice[] {
  const own = candidateState(state, index);
  const { text, toolCalls } = readGeminiCandidate(candidate, state.nextId);
  const delta: Choice['delta'] = own.started ? {} : { role: 'assistant' };
  own.started = true;
  if (text !== '') delta.content = text;
  if (toolCalls.length > 0)
    delta.tool_calls = toolCalls.map((call) => ({ index: own.tools++, ...call }));
  const choices: Choice[] =
    Object.keys(delta).length > 0 ? [{ index, delta, finish_reason: null }] : [];
  if (candidate.finishReason != null) {
    state.finished = true;
    const finish = mapGeminiFinishReason(candidate.finishReason, own.tools > 0);
    choices.push({ index, delta: {}, finish_reason: finish });
  }
  return choices;
}

/** One GenerateContentResponse chunk as OpenAI chunks (one per choice delta, then finishes). */
export function fromGeminiStreamData(
  json: unknown,
  state: GeminiStreamState,
): ChatCompletionChunk[] {
  const response = parseGeminiResponse(json);
  if (!state.sawChunk && response.responseId != null) state.id = response.responseId;
  state.sawChunk = true;
  if (response.usageMetadata != null) state.usage = response.usageMetadata;
  const candidates = response.candidates ?? [];
  const choices = candidates.flatMap((c, position) =>
    candidateChoices(c, c.index ?? position, state),
  );
  if (candidates.length === 0 && response.promptFeedback?.blockReason != null) {
    state.finished = true;
    choices.push({ index: 0, delta: { role: 'assistant' }, finish_reason: 'content_filter' });
  }
  return choices.map((choice) => ({
    id: state.id,
    object: 'chat.completion.chunk',
    created: state.context.created,
    model: state.context.model,
    choices: [choice],
  }));
}

import type { Step } from './run-pipeline.js';
import type { LlmDeps, LlmState } from './llm-state.js';
import { identify } from './steps/identify.step.js';
import { parseChatBody, parseEmbeddingsBody } from './steps/parse-body.step.js';
import { authorize } from './steps/authorize-model.step.js';
import { callChat, callEmbeddings } from './steps/call-upstream.step.js';
import { renderManagedPrompt } from './steps/render-prompt.step.js';
import { parseMessagesBody } from './steps/parse-messages.step.js';

type LlmStep = Step<LlmState, LlmDeps>;

// The order of the hot path, one array per endpoint (DESIGN.md "The gateway's hot path").
// Limits, guardrails, cache and smart routing join these arrays as steps.
export const CHAT_COMPLETIONS_PIPELINE: readonly LlmStep[] = [
  identify,
  parseChatBody,
  authorize,
  callChat,
];

export const EMBEDDINGS_PIPELINE: readonly LlmStep[] = [
  identify,
  parseEmbeddingsBody,
  authorize,
  callEmbeddings,
];

export const PROMPT_COMPLETIONS_PIPELINE: readonly LlmStep[] = [
  identify,
  renderManagedPrompt,
  authorize,
  callChat,
];

export const MESSAGES_PIPELINE: readonly LlmStep[] = [
  identify,
  parseMessagesBody,
  authorize,
  callChat,
];

import { runChatFlow } from '../../llm/run-chat-flow.js';
import { runEmbeddingsFlow } from '../../llm/run-embeddings-flow.js';
import type { LlmDeps, LlmState } from '../llm-state.js';

/** Chat: call the targets in order, translating for the caller's wire format. */
export async function callChat(state: LlmState, deps: LlmDeps): Promise<void> {
  if (state.chat === null || state.output === null)
    throw new Error('callChat needs a chat request');
  await runChatFlow(state.call, state.chat, state.targets, state.output, deps.upstream);
}

export async function callEmbeddings(state: LlmState, deps: LlmDeps): Promise<void> {
  if (state.embeddings === null) throw new Error('callEmbeddings needs an embeddings request');
  await runEmbeddingsFlow(state.call, state.embeddings, state.targets, deps.upstream);
}

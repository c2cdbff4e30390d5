import { getProviderAdapter, ProviderResponseError, type ChatCompletion } from '@gatehouse/shared';
import { isAbortError, readUpstreamBody, transportFailure } from './upstream-failure.js';
import { badUpstreamBody, type AttemptInput, type AttemptResult } from './chat-attempt.js';

/** One non-streaming attempt: call, translate, and hand the completion to `deliver`. */
export async function completeChat(
  input: AttemptInput,
  deliver: (completion: ChatCompletion) => void,
): Promise<AttemptResult> {
  const { target } = input;
  const adapter = getProviderAdapter(target.upstream.kind);
  const request = adapter.chatRequest({ ...input.chat, stream: false }, target.upstream);
  try {
    const response = await input.upstream.request({
      method: 'POST',
      url: request.url,
      headers: { 'content-type': 'application/json', ...request.headers },
      body: request.body,
      signal: input.signal,
      timeoutMs: target.timeoutMs,
    });
    const body = await readUpstreamBody(response.body);
    if (response.status >= 300) {
      const error = adapter.mapError(response.status, body);
      return { kind: 'error', error, startedStreaming: false, producedText: '' };
    }
    const completion = adapter.chatResponse(body, input.translate);
    deliver(completion);
    return { kind: 'done', usage: completion.usage, producedText: producedTextOf(completion) };
  } catch (error) {
    if (isAbortError(error) && input.signal.aborted) return { kind: 'aborted', producedText: '' };
    if (error instanceof ProviderResponseError) {
      const mapped = badUpstreamBody(error, target.upstream.providerSlug);
      return { kind: 'error', error: mapped, startedStreaming: false, producedText: '' };
    }
    const failure = transportFailure(error, target.upstream.providerSlug);
    if (failure === null) throw error;
    return { kind: 'error', error: failure, startedStreaming: false, producedText: '' };
  }
}

function producedTextOf(completion: ChatCompletion): string {
  let text = '';
  for (const choice of completion.choices) {
    text += choice.message.content ?? '';
    for (const call of choice.message.tool_calls ?? []) text += call.function.arguments;
  }
  return text;
}

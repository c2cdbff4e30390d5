import { describe, expect, it } from 'vitest';
import { countOpenAiPromptTokens } from '../core/count-tokens.js';
import { toCompletionRequests } from './to-completion-requests.js';

describe('toCompletionRequests', () => {
  it('counts images by detail on top of the text', () => {
    const image = (detail: 'low' | 'high') => ({
      type: 'image_url' as const,
      image_url: { url: 'data:image/png;base64,AAAA', detail },
    });
    const text = { type: 'text' as const, text: 'What is this?' };
    const base = countOpenAiPromptTokens([{ role: 'user', content: 'What is this?' }]);
    const low = toCompletionRequests(
      { model: 'gpt-4o', messages: [{ role: 'user', content: [text, image('low')] }] },
      'gpt-4o',
    );
    const high = toCompletionRequests(
      { model: 'gpt-4o', messages: [{ role: 'user', content: [text, image('high')] }] },
      'gpt-4o',
    );
    expect(low.promptTokens).toBe(base + 85);
    expect(high.promptTokens).toBe(base + 765);
    expect(low.requests[0]?.lastUserText).toBe('What is this?');
  });
  it('maps n, limits, stop and reasoning effort', () => {
    const { requests } = toCompletionRequests(
      {
        model: 'o3-mini',
        messages: [{ role: 'user', content: 'x' }],
        n: 2,
        max_completion_tokens: 50,
        stop: 'END',
        reasoning_effort: 'high',
      },
      'o3-mini',
      true,
    );
    expect(requests.map((r) => r.choiceIndex)).toEqual([0, 1]);
    expect(requests[0]).toMatchObject({ maxTokens: 50, stop: ['END'], reasoningTokens: 192 });
  });
});

import { describe, expect, it } from 'vitest';
import { mapOpenAiFinishReason } from './map-openai-finish-reason.js';

describe('mapOpenAiFinishReason', () => {
  it.each([
    ['stop', 'stop'],
    ['length', 'length'],
    ['tool_calls', 'tool_calls'],
    ['content_filter', 'content_filter'],
    ['function_call', 'function_call'],
    ['abort', 'stop'],
    [null, null],
    [undefined, null],
  ])('%s → %s', (reason, expected) => {
    expect(mapOpenAiFinishReason(reason)).toBe(expected);
  });
});

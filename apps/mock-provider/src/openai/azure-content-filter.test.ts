import { describe, expect, it } from 'vitest';
import { azurePromptFilterChunk, withAzureFilters } from './azure-content-filter.js';

describe('Azure content filter results', () => {
  it('adds prompt and per-choice results to a completion', () => {
    const completion = withAzureFilters({ id: 'x', choices: [{ index: 0 }, { index: 1 }] });
    expect(completion.prompt_filter_results).toHaveLength(1);
    expect(completion.choices).toEqual([
      {
        index: 0,
        content_filter_results: expect.objectContaining({
          hate: { filtered: false, severity: 'safe' },
        }),
      },
      {
        index: 1,
        content_filter_results: expect.objectContaining({
          violence: { filtered: false, severity: 'safe' },
        }),
      },
    ]);
  });
  it('opens streams with a chunk without choices', () => {
    expect(azurePromptFilterChunk()).toMatchObject({ choices: [], id: '', object: '' });
  });
});

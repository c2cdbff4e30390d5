import { describe, expect, it } from 'vitest';
import { findModel, listModels } from './model-catalog.js';

describe('findModel', () => {
  it('finds catalog models per vendor', () => {
    expect(findModel('openai', 'gpt-4o-mini')?.kind).toBe('chat');
    expect(findModel('anthropic', 'gpt-4o-mini')).toBeUndefined();
    expect(findModel('openai', 'text-embedding-3-small')?.dimensions).toBe(1536);
  });
  it('resolves dated snapshots to their family under the requested id', () => {
    expect(findModel('openai', 'gpt-4o-mini-2024-07-18')).toMatchObject({
      id: 'gpt-4o-mini-2024-07-18',
      kind: 'chat',
    });
    expect(findModel('anthropic', 'claude-sonnet-4-5-20250929')?.displayName).toBe(
      'Claude Sonnet 4.5',
    );
  });
  it('accepts invented mock- models and rejects unknown ones', () => {
    expect(findModel('gemini', 'mock-fast')?.kind).toBe('chat');
    expect(findModel('openai', 'mock-embed-small')?.kind).toBe('embedding');
    expect(findModel('openai', 'gpt-unknown')).toBeUndefined();
  });
  it('lists only the vendor’s models', () => {
    expect(listModels('gemini').every((m) => m.vendor === 'gemini')).toBe(true);
    expect(listModels('gemini').length).toBeGreaterThan(3);
  });
});

import { describe, expect, it } from 'vitest';
import { id } from './__fixtures__/fixture-rows.js';
import { fixtureSnapshot } from './__fixtures__/fixture-snapshot.js';
import { matchModelGlob, modelMatchesAny } from './match-model-glob.js';

const sonnet = fixtureSnapshot().models.get(id('model:claude-sonnet-4'))!;

describe('matchModelGlob', () => {
  it('matches exact names and * globs, treating other characters literally', () => {
    expect(matchModelGlob('gpt-4o', 'gpt-4o')).toBe(true);
    expect(matchModelGlob('gpt-4o', 'gpt-4o-mini')).toBe(false);
    expect(matchModelGlob('gpt-*', 'gpt-4o-mini')).toBe(true);
    expect(matchModelGlob('*', 'anything/at all')).toBe(true);
    expect(matchModelGlob('gpt-4.1', 'gpt-401')).toBe(false);
    expect(matchModelGlob('*-mini', 'gpt-4o-mini')).toBe(true);
    expect(matchModelGlob('*-mini', 'gpt-4o-mini-2')).toBe(false);
  });
});

describe('modelMatchesAny', () => {
  it('matches by requested name, public name, alias or provider/public-name', () => {
    expect(modelMatchesAny(['claude-sonnet-4'], sonnet, 'smart')).toBe(true);
    expect(modelMatchesAny(['smart'], sonnet, 'claude-sonnet-4')).toBe(true);
    expect(modelMatchesAny(['anthropic/*'], sonnet, 'smart')).toBe(true);
    expect(modelMatchesAny(['claude-*'], sonnet, 'anthropic/claude-sonnet-4-20250514')).toBe(true);
    expect(modelMatchesAny(['gpt-*', 'fast'], sonnet, 'smart')).toBe(false);
    expect(modelMatchesAny([], sonnet, 'smart')).toBe(false);
  });
});

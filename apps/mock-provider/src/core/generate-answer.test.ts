import { describe, expect, it } from 'vitest';
import { generateAnswer } from './generate-answer.js';

const input = {
  model: 'gpt-4o-mini',
  seedText: 'seed',
  lastUserText: 'What is a gateway?',
  choiceIndex: 0,
};

describe('generateAnswer', () => {
  it('is deterministic and quotes the question', () => {
    const first = generateAnswer(input);
    expect(generateAnswer(input)).toBe(first);
    expect(
      first.startsWith('This is a mock answer from gpt-4o-mini to "What is a gateway?". '),
    ).toBe(true);
  });
  it('changes with the seed and the choice index', () => {
    expect(generateAnswer({ ...input, seedText: 'other' })).not.toBe(generateAnswer(input));
    expect(generateAnswer({ ...input, choiceIndex: 1 })).not.toBe(generateAnswer(input));
  });
  it('obeys "Say exactly:"', () => {
    expect(
      generateAnswer({ ...input, lastUserText: 'say exactly: my card is 4111 1111 1111 1111' }),
    ).toBe('my card is 4111 1111 1111 1111');
  });
  it('shortens long questions', () => {
    const answer = generateAnswer({ ...input, lastUserText: 'x'.repeat(200) });
    expect(answer).toContain(`"${'x'.repeat(77)}..."`);
  });
});

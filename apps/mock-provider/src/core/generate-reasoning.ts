import { truncateToTokens } from './count-tokens.js';
import { createRandom, hashText } from './hash-text.js';

const STEPS = [
  'First, restate what is being asked.',
  'Check which facts in the conversation matter.',
  'Consider the simplest answer that is still correct.',
  'Look for an edge case that would change the answer.',
  'Decide how much detail the user needs.',
  'Make sure the answer follows the instructions given.',
];

/**
 * Deterministic "thinking" text of exactly `tokens` tokens (fewer only if `tokens` is 0), for
 * vendors that expose thinking (Anthropic) and to count reasoning tokens for those that do not.
 */
export function generateReasoning(seedText: string, lastUserText: string, tokens: number): string {
  if (tokens <= 0) return '';
  const random = createRandom(hashText(`reasoning\n${seedText}`));
  const subject = lastUserText.replace(/\s+/g, ' ').trim().slice(0, 60);
  let text = `The user asks: "${subject}".`;
  // Each step adds roughly ten tokens; stop once there is enough to cut to the exact count.
  while (truncateToTokens(text, tokens).truncated === false && text.length < tokens * 8) {
    text += ` ${STEPS[Math.floor(random() * STEPS.length)] ?? STEPS[0]}`;
  }
  return truncateToTokens(text, tokens).text;
}

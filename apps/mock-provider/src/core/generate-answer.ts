import { createRandom, hashText } from './hash-text.js';

export type AnswerInput = {
  model: string;
  /** Everything in the conversation that should change the answer (system, messages, options). */
  seedText: string;
  lastUserText: string;
  choiceIndex: number;
};

const WORDS = [
  'gateway',
  'tokens',
  'latency',
  'policy',
  'budget',
  'route',
  'stream',
  'model',
  'cache',
  'quota',
  'request',
  'response',
  'provider',
  'fallback',
  'usage',
  'prompt',
  'guardrail',
  'team',
  'limit',
  'key',
];

// "Say exactly: <text>" makes the mock answer with that text, so tests and demos can steer output
// (for example to make a guardrail fire on the response) without a special API.
const SAY_EXACTLY = /^\s*say exactly:\s*([\s\S]+)$/i;

/** A deterministic, content-derived answer: the same input always gives the same text. */
export function generateAnswer(input: AnswerInput): string {
  const directive = SAY_EXACTLY.exec(input.lastUserText);
  if (directive?.[1] !== undefined) return directive[1];
  const random = createRandom(hashText(`${input.model}\n${input.choiceIndex}\n${input.seedText}`));
  const snippet = summarize(input.lastUserText);
  const count = 8 + Math.floor(random() * 17);
  const words = Array.from(
    { length: count },
    () => WORDS[Math.floor(random() * WORDS.length)] ?? 'mock',
  );
  const filler = `${capitalize(words.join(' '))}.`;
  return snippet.length > 0
    ? `This is a mock answer from ${input.model} to "${snippet}". ${filler}`
    : `This is a mock answer from ${input.model}. ${filler}`;
}

function summarize(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

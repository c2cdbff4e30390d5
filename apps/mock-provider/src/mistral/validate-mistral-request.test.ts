import { describe, expect, it } from 'vitest';
import { validateMistralChat, validateMistralEmbeddings } from './validate-mistral-request.js';

const ok = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hi' }] };

describe('validateMistralChat', () => {
  it('accepts Mistral’s own fields', () => {
    const result = validateMistralChat({
      ...ok,
      random_seed: 1,
      tool_choice: 'any',
      safe_prompt: true,
    });
    expect(result.ok).toBe(true);
  });

  it('lists every issue as pydantic detail in a 422', () => {
    const result = validateMistralChat({
      ...ok,
      seed: 1,
      top_p: '1',
      messages: [{ role: 'bot', content: 'x' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(422);
    const message = result.error.message as { detail: { type: string; loc: unknown[] }[] };
    expect(message.detail.map((d) => [d.type, d.loc])).toEqual([
      ['union_tag_invalid', ['body', 'messages', 0, 'role']],
      ['float_type', ['body', 'top_p']],
      ['extra_forbidden', ['body', 'seed']],
    ]);
  });

  it('refuses a conversation ending with the assistant, unless it is a prefix', () => {
    const ending = [...ok.messages, { role: 'assistant', content: 'Hello' }];
    const refused = validateMistralChat({ ...ok, messages: ending });
    expect(refused).toMatchObject({
      ok: false,
      status: 400,
      error: {
        message:
          'Expected last role User or Tool (or Assistant with prefix True) for serving but got assistant',
      },
    });
    const prefix = [...ok.messages, { role: 'assistant', content: 'Hello', prefix: true }];
    expect(validateMistralChat({ ...ok, messages: prefix }).ok).toBe(true);
  });
});

describe('validateMistralEmbeddings', () => {
  it('refuses OpenAI’s dimensions field', () => {
    const result = validateMistralEmbeddings({ model: 'mistral-embed', input: 'x', dimensions: 8 });
    expect(result).toMatchObject({ ok: false, status: 422 });
  });
});

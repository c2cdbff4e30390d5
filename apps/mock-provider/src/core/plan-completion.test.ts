import { describe, expect, it } from 'vitest';
import { countTokens } from './count-tokens.js';
import { planCompletion, type CompletionRequest } from './plan-completion.js';

const base: CompletionRequest = {
  model: 'gpt-4o-mini',
  seedText: 'seed',
  lastUserText: 'Hello',
  tools: [],
  toolChoice: { mode: 'auto' },
  endsWithToolResult: false,
  format: { kind: 'text' },
  choiceIndex: 0,
};
const weather = {
  name: 'get_weather',
  parameters: { type: 'object', properties: { city: { type: 'string' } } },
};
const time = {
  name: 'get_time',
  parameters: { type: 'object', properties: { zone: { type: 'string' } } },
};

describe('planCompletion', () => {
  it('answers in text with the real token count', () => {
    const plan = planCompletion(base);
    expect(plan.finish).toBe('stop');
    expect(plan.completionTokens).toBe(countTokens(plan.text));
    expect(plan.toolCalls).toEqual([]);
  });
  it('truncates to maxTokens with finish "length"', () => {
    const plan = planCompletion({ ...base, maxTokens: 4 });
    expect(plan.finish).toBe('length');
    expect(plan.completionTokens).toBe(4);
    expect(countTokens(plan.text)).toBe(4);
  });
  it('stops at the first stop sequence', () => {
    const plan = planCompletion({ ...base, stop: ['mock answer', 'This'] });
    expect(plan).toMatchObject({ text: '', finish: 'stop', stopSequence: 'This' });
  });
  it('calls the tool the user names, with arguments from its schema', () => {
    const plan = planCompletion({
      ...base,
      tools: [weather, time],
      lastUserText: 'use get_time please',
    });
    expect(plan.finish).toBe('tool_calls');
    expect(plan.toolCalls[0]).toMatchObject({
      name: 'get_time',
      input: { zone: 'mock-zone' },
      arguments: '{"zone":"mock-zone"}',
    });
  });
  it('answers in text after a tool result, unless a tool is required', () => {
    expect(planCompletion({ ...base, tools: [weather], endsWithToolResult: true }).finish).toBe(
      'stop',
    );
    expect(
      planCompletion({
        ...base,
        tools: [weather],
        endsWithToolResult: true,
        toolChoice: { mode: 'required' },
      }).finish,
    ).toBe('tool_calls');
    expect(planCompletion({ ...base, tools: [weather], toolChoice: { mode: 'none' } }).finish).toBe(
      'stop',
    );
  });
  it('honours a forced tool', () => {
    const plan = planCompletion({
      ...base,
      tools: [weather, time],
      toolChoice: { mode: 'tool', name: 'get_weather' },
    });
    expect(plan.toolCalls.map((c) => c.name)).toEqual(['get_weather']);
  });
  it('returns valid JSON for json_object and json_schema', () => {
    const object = JSON.parse(
      planCompletion({ ...base, format: { kind: 'json_object' } }).text,
    ) as { answer: string };
    expect(object.answer).toContain('mock answer');
    const schema = {
      type: 'object',
      properties: { title: { type: 'string' }, score: { type: 'integer' } },
      required: ['title', 'score'],
    };
    const structured = JSON.parse(
      planCompletion({ ...base, format: { kind: 'json_schema', schema } }).text,
    ) as Record<string, unknown>;
    expect(structured.title).toBe('mock-title');
    expect(Number.isInteger(structured.score)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { CompletionPlan } from '../core/plan-completion.js';
import { buildMessageEvents } from './build-message-events.js';
import { buildMessage } from './build-message.js';

const meta = {
  id: 'msg_01x',
  model: 'claude-sonnet-4-5',
  inputTokens: 12,
  cache: { read: 0, write: 0 },
  autoToolChoice: true,
};
const textPlan: CompletionPlan = {
  text: 'Hi there friend.',
  toolCalls: [],
  completionTokens: 4,
  finish: 'stop',
  stopSequence: null,
  reasoning: { text: '', tokens: 0 },
};
const toolPlan: CompletionPlan = {
  text: '',
  toolCalls: [
    {
      idSeed: '0123456789abcdef',
      name: 'get_weather',
      input: { city: 'Oslo' },
      arguments: '{"city":"Oslo"}',
    },
  ],
  completionTokens: 8,
  finish: 'tool_calls',
  stopSequence: null,
  reasoning: { text: '', tokens: 0 },
};

describe('buildMessageEvents', () => {
  it('emits the API event sequence for a text answer', () => {
    const events = buildMessageEvents(meta, textPlan);
    expect(events.map((e) => e.event)).toEqual([
      'message_start',
      'content_block_start',
      'ping',
      'content_block_delta',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    const text = events
      .map((e) => (e.data.delta as { text?: string } | undefined)?.text ?? '')
      .join('');
    expect(text).toBe('Hi there friend.');
    expect(events.at(-2)?.data).toMatchObject({
      delta: { stop_reason: 'end_turn' },
      usage: { output_tokens: 4 },
    });
  });
  it('streams a preamble text block then the tool_use input as JSON pieces', () => {
    const events = buildMessageEvents(meta, toolPlan);
    const starts = events
      .filter((e) => e.event === 'content_block_start')
      .map((e) => e.data.content_block);
    expect(starts).toEqual([
      { type: 'text', text: '' },
      { type: 'tool_use', id: 'toolu_010123456789abcdef012345', name: 'get_weather', input: {} },
    ]);
    const json = events
      .filter((e) => e.data.index === 1 && e.event === 'content_block_delta')
      .map((e) => (e.data.delta as { partial_json: string }).partial_json);
    expect(json[0]).toBe('');
    expect(json.join('')).toBe('{"city":"Oslo"}');
    expect(events.at(-2)?.data).toMatchObject({ delta: { stop_reason: 'tool_use' } });
  });
});

describe('thinking blocks', () => {
  it('stream as thinking_delta pieces closed by a signature_delta', () => {
    const plan = { ...textPlan, reasoning: { text: 'Let me think.', tokens: 4 } };
    const events = buildMessageEvents(meta, plan).filter(
      (e) => e.data.index === 0 && e.event === 'content_block_delta',
    );
    const types = events.map((e) => (e.data.delta as { type: string }).type);
    expect(types).toEqual([
      'thinking_delta',
      'thinking_delta',
      'thinking_delta',
      'signature_delta',
    ]);
    const message = buildMessage(meta, plan);
    expect(message.content[0]).toMatchObject({ type: 'thinking', thinking: 'Let me think.' });
    expect(message.usage.output_tokens).toBe(8);
  });
});

describe('buildMessage', () => {
  it('maps finish reasons and usage', () => {
    expect(buildMessage(meta, { ...textPlan, finish: 'length' }).stop_reason).toBe('max_tokens');
    expect(buildMessage(meta, { ...textPlan, stopSequence: 'END' })).toMatchObject({
      stop_reason: 'stop_sequence',
      stop_sequence: 'END',
    });
    expect(buildMessage(meta, textPlan).usage).toMatchObject({
      input_tokens: 12,
      output_tokens: 4,
      cache_read_input_tokens: 0,
    });
  });
  it('skips the preamble when a tool is forced', () => {
    const message = buildMessage({ ...meta, autoToolChoice: false }, toolPlan);
    expect(message.content).toEqual([
      {
        type: 'tool_use',
        id: 'toolu_010123456789abcdef012345',
        name: 'get_weather',
        input: { city: 'Oslo' },
      },
    ]);
    expect(message.usage.output_tokens).toBe(8);
  });
});

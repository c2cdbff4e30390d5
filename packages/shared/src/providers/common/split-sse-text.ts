import type { StreamEvent } from '../../llm/provider-adapter.js';

/**
 * Splits SSE text into the events an SSE parser yields: blank-line separated blocks, `event:` and
 * `data:` fields, multi-line data joined by "\n". For replaying recorded streams (fixtures,
 * tests); the gateway's hot path uses eventsource-parser on the live socket.
 */
export function splitSseText(text: string): StreamEvent[] {
  return text
    .replace(/\r\n/g, '\n')
    .split(/\n\n+/)
    .flatMap((block) => {
      let event: string | undefined;
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length === 0) return [];
      return [event === undefined ? { data: data.join('\n') } : { event, data: data.join('\n') }];
    });
}

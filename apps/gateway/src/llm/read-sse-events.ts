import { createParser } from 'eventsource-parser';
import type { StreamEvent } from '@gatehouse/shared';

/**
 * Splits an upstream SSE body into events as bytes arrive: each network chunk yields the events
 * it completed (possibly none), so translation runs event by event and nothing is buffered
 * beyond a partial line.
 */
export async function* readSseEvents(
  body: AsyncIterable<Uint8Array>,
): AsyncGenerator<StreamEvent[]> {
  let pending: StreamEvent[] = [];
  const parser = createParser({
    onEvent: (message) => {
      pending.push(
        message.event === undefined
          ? { data: message.data }
          : { event: message.event, data: message.data },
      );
    },
  });
  const decoder = new TextDecoder();
  for await (const chunk of body) {
    parser.feed(decoder.decode(chunk, { stream: true }));
    if (pending.length > 0) {
      const events = pending;
      pending = [];
      yield events;
    }
  }
  parser.feed(decoder.decode());
  // A final event without its blank line still counts (some servers close right after data).
  parser.feed('\n\n');
  if (pending.length > 0) yield pending;
}

import { readFileSync } from 'node:fs';
import type { StreamEvent } from '../../../llm/provider-adapter.js';

const read = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

export const readJsonFixture = (name: string): unknown => JSON.parse(read(name));

/** A recorded SSE body split into events the way the gateway's SSE parser does. */
export function readSseFixture(name: string): StreamEvent[] {
  return read(name)
    .split(/\r?\n\r?\n/)
    .filter((frame) => frame.trim() !== '')
    .map((frame) => {
      const lines = frame.split(/\r?\n/);
      const event = lines
        .find((l) => l.startsWith('event:'))
        ?.slice(6)
        .trim();
      const data = lines
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trimStart())
        .join('\n');
      return event === undefined ? { data } : { event, data };
    });
}

import { readFileSync } from 'node:fs';
import type { StreamEvent } from '../../../llm/provider-adapter.js';

export const readJsonFixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));

/** A recorded `alt=sse` stream: each chunk was one `data:` event. */
export const readStreamFixture = (name: string): StreamEvent[] =>
  (readJsonFixture(name) as unknown[]).map((chunk) => ({ data: JSON.stringify(chunk) }));

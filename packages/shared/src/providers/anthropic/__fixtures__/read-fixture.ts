import { readFileSync } from 'node:fs';
import type { StreamEvent } from '../../../llm/provider-adapter.js';
import { splitSseText } from '../../common/split-sse-text.js';

const read = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');

export const readJsonFixture = (name: string): unknown => JSON.parse(read(name));

/** A recorded SSE body split into events the way the gateway's SSE parser does. */
export const readSseFixture = (name: string): StreamEvent[] => splitSseText(read(name));

import type { FastifyReply, FastifyRequest } from 'fastify';
import { faultsOf, sleep, streamErrorFrameOf } from './vendor-kit.js';

/**
 * Streams pre-built SSE frames with the request's chunk delay; with `dropAfterChunks` set, the
 * socket is destroyed after that many frames (no clean end), as when an upstream dies mid-stream;
 * with `streamErrorAfterChunks`, the vendor's error event replaces the rest of the stream.
 */
export async function writeSse(
  request: FastifyRequest,
  reply: FastifyReply,
  allFrames: string[],
): Promise<void> {
  const { chunkDelayMs, dropAfterChunks, streamErrorAfterChunks } = faultsOf(request);
  // A mid-stream failure: the vendor's error frame after N frames, then a clean end.
  const frames =
    streamErrorAfterChunks === undefined || streamErrorAfterChunks >= allFrames.length
      ? allFrames
      : [...allFrames.slice(0, streamErrorAfterChunks), streamErrorFrameOf(request)];
  reply.hijack();
  const res = reply.raw;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.getHeaders()))
    if (typeof value === 'string') headers[name] = value;
  res.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  let aborted = false;
  res.on('close', () => {
    aborted = true;
  });
  // Without delay or drop, write every frame at once: no event-loop turn per frame, which keeps
  // the mock out of the way in benchmarks (frames still arrive as separate SSE events).
  if (chunkDelayMs === 0 && dropAfterChunks === undefined) {
    for (const frame of frames) res.write(frame);
    res.end();
    return;
  }
  for (const [index, frame] of frames.entries()) {
    if (aborted) return;
    if (dropAfterChunks !== undefined && index >= dropAfterChunks) {
      request.raw.socket.destroy();
      return;
    }
    // Wait for each frame to reach the socket so a drop keeps exactly the frames written.
    await new Promise<void>((resolve) => res.write(frame, () => resolve()));
    if (chunkDelayMs > 0 && index < frames.length - 1) await sleep(chunkDelayMs);
  }
  res.end();
}

/**
 * Sends a JSON body, unless the request asked to drop after 0 chunks: then the socket is destroyed
 * before any byte of the response, as when an upstream dies before answering.
 */
export function sendJson(
  request: FastifyRequest,
  reply: FastifyReply,
  body: unknown,
  status = 200,
): FastifyReply | undefined {
  if (faultsOf(request).dropAfterChunks === 0) {
    reply.hijack();
    request.raw.socket.destroy();
    return undefined;
  }
  return reply.code(status).send(body);
}

/** `data: {...}\n\n` frames (OpenAI and Gemini style). */
export const dataFrame = (payload: unknown): string =>
  `data: ${typeof payload === 'string' ? payload : JSON.stringify(payload)}\n\n`;

/** `event: X\ndata: {...}\n\n` frames (Anthropic style). */
export const eventFrame = (event: string, payload: unknown): string =>
  `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;

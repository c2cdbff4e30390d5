import { z } from 'zod';

export const FAULT_TARGETS = ['openai', 'azure', 'anthropic', 'gemini', 'mistral', 'rest'] as const;
export type FaultTarget = (typeof FAULT_TARGETS)[number];

const ms = z.number().int().min(0).max(600_000);

/** Body of `POST /_control/faults`: faults applied to every matching request until reset. */
export const globalFaultsSchema = z
  .object({
    latencyMs: ms.optional(),
    chunkDelayMs: ms.optional(),
    status: z.number().int().min(400).max(599).optional(),
    errorRate: z.number().min(0).max(1).optional(),
    retryAfterSeconds: z.number().int().min(0).max(86_400).optional(),
    dropAfterChunks: z.number().int().min(0).optional(),
    streamErrorAfterChunks: z.number().int().min(0).optional(),
    /** Only these route families are affected (all when absent). */
    targets: z.array(z.enum(FAULT_TARGETS)).min(1).optional(),
    /** The faults apply to this many matching requests, then switch off (forever when absent). */
    times: z.number().int().min(1).optional(),
  })
  .strict();

export type GlobalFaults = z.infer<typeof globalFaultsSchema>;

/** Faults resolved for one request. */
export type RequestFaults = {
  latencyMs: number;
  chunkDelayMs: number;
  status?: number;
  errorRate: number;
  retryAfterSeconds?: number;
  dropAfterChunks?: number;
  streamErrorAfterChunks?: number;
};

export const FAULT_HEADERS = {
  latencyMs: 'x-mock-latency-ms',
  chunkDelayMs: 'x-mock-chunk-delay-ms',
  status: 'x-mock-status',
  errorRate: 'x-mock-error-rate',
  retryAfterSeconds: 'x-mock-retry-after',
  dropAfterChunks: 'x-mock-drop-after-chunks',
  streamErrorAfterChunks: 'x-mock-stream-error-after-chunks',
} as const;

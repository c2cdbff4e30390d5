// The shape of the synthetic usage history: who calls what, when, and how it goes wrong.

/** Events per weekday across all applications; weekends carry WEEKEND_FACTOR of it. */
export const EVENTS_PER_WEEKDAY = 205;
export const WEEKEND_FACTOR = 0.35;

/** Relative traffic per UTC hour: quiet nights, a European working-day peak, an evening tail. */
export const HOURLY_WEIGHTS: readonly number[] = [
  1, 1, 1, 1, 1, 2, 4, 7, 10, 12, 13, 13, 11, 12, 13, 13, 12, 10, 8, 6, 4, 3, 2, 1,
];

export type AppProfile = {
  app: string;
  /** Share of all traffic. */
  share: number;
  models: readonly { name: string; weight: number }[];
  /** Median prompt size of this app's chat calls (tokens). */
  inputMedian: number;
  outputMedian: number;
  /** Share of calls made through the Anthropic-format endpoint when the model is Claude. */
  messagesShare: number;
  /** Share of chat calls made through the managed prompt "support-reply". */
  promptShare: number;
  /** Share of calls to the Orders REST API. */
  restShare: number;
  /** Extra chance of being rate limited (the Free plan's 10 requests/min). */
  rateLimitedExtra: number;
};

export const APP_PROFILES: readonly AppProfile[] = [
  {
    app: 'Demo App',
    share: 0.4,
    models: [
      { name: 'gpt-4o-mini', weight: 45 },
      { name: 'gpt-4o', weight: 15 },
      { name: 'claude-sonnet-4', weight: 10 },
      { name: 'text-embedding-3-small', weight: 25 },
      { name: 'llama-3.1-8b', weight: 5 },
    ],
    inputMedian: 1_500,
    outputMedian: 350,
    messagesShare: 0.3,
    promptShare: 0.12,
    restShare: 0.08,
    rateLimitedExtra: 0,
  },
  {
    app: 'Trial App',
    share: 0.1,
    models: [
      { name: 'gpt-4o-mini', weight: 60 },
      { name: 'gemini-2.5-flash', weight: 30 },
      { name: 'claude-haiku-4-5', weight: 10 },
    ],
    inputMedian: 800,
    outputMedian: 250,
    messagesShare: 0,
    promptShare: 0,
    restShare: 0,
    rateLimitedExtra: 0.05,
  },
  {
    app: 'Campaign Studio',
    share: 0.25,
    models: [
      { name: 'gpt-4o', weight: 35 },
      { name: 'claude-haiku-4-5', weight: 35 },
      { name: 'gemini-2.5-flash', weight: 30 },
    ],
    inputMedian: 1_400,
    outputMedian: 700,
    messagesShare: 0.5,
    promptShare: 0,
    restShare: 0,
    rateLimitedExtra: 0,
  },
  {
    app: 'Contract Review',
    share: 0.25,
    models: [
      { name: 'claude-sonnet-4', weight: 40 },
      { name: 'gemini-2.5-pro', weight: 25 },
      { name: 'gpt-4o-eu', weight: 25 },
      { name: 'llama-3.1-8b', weight: 10 },
    ],
    inputMedian: 9_000,
    outputMedian: 900,
    messagesShare: 0.6,
    promptShare: 0,
    restShare: 0,
    rateLimitedExtra: 0,
  },
];

/** The planted anomaly: this app, on one day ~10 days back, calls 2.5× as often with 4× the tokens. */
export const ANOMALY = {
  app: 'Campaign Studio',
  daysBeforeLastDay: 9,
  countFactor: 2.5,
  tokenFactor: 4,
} as const;

export type FailureKind =
  'UPSTREAM_ERROR' | 'RATE_LIMITED' | 'BLOCKED' | 'CLIENT_ERROR' | 'ABORTED';

/** How requests fail: probability, HTTP status, and the error type reported in the ledger. */
export const FAILURES: readonly {
  outcome: FailureKind;
  p: number;
  status: number;
  errorType: string;
}[] = [
  { outcome: 'UPSTREAM_ERROR', p: 0.012, status: 502, errorType: 'upstream_error' },
  { outcome: 'UPSTREAM_ERROR', p: 0.006, status: 504, errorType: 'upstream_timeout' },
  { outcome: 'RATE_LIMITED', p: 0.01, status: 429, errorType: 'rate_limit_exceeded' },
  { outcome: 'BLOCKED', p: 0.006, status: 403, errorType: 'guardrail_blocked' },
  { outcome: 'CLIENT_ERROR', p: 0.005, status: 400, errorType: 'invalid_request_error' },
  { outcome: 'ABORTED', p: 0.003, status: 499, errorType: 'client_closed_request' },
];

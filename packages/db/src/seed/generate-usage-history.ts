import { computeCostMicros, type RollupSourceEvent } from '@gatehouse/shared';
import { createRandom, hashSeed, type Random } from './seeded-random.js';
import type { SeededModel } from './seed-providers.js';
import {
  ANOMALY,
  APP_PROFILES,
  EVENTS_PER_WEEKDAY,
  FAILURES,
  HOURLY_WEIGHTS,
  WEEKEND_FACTOR,
  type AppProfile,
} from './usage-profiles.js';

const DAY_MS = 86_400_000;
const HOURS = HOURLY_WEIGHTS.map((weight, hour) => ({ hour, weight }));
/** Prefix of every synthetic request id; the seed finds its own history by it. */
export const SEED_REQUEST_PREFIX = 'seed-';

/** The ids the synthetic history refers to. */
export type UsageWorld = {
  orgSlug: string;
  orgId: string;
  apps: ReadonlyMap<string, { id: string; teamId: string; apiKeyId: string }>;
  models: ReadonlyMap<string, SeededModel>;
  llmApiId: string;
  ordersId: string;
  /** The "support-reply" version its production label serves. */
  promptVersionId: string | null;
};

/** One ledger row (UsageEvent) of the synthetic history. */
export type SeedUsageEvent = RollupSourceEvent & {
  requestId: string;
  providerSlug: string | null;
  modelName: string | null;
  endpoint: string;
  httpStatus: number;
  errorType: string | null;
  stream: boolean;
  region: string | null;
  metadata: { synthetic: true; method?: string };
};

type Draft = Omit<SeedUsageEvent, 'requestId' | 'occurredAt'>;
type Failure = (typeof FAILURES)[number];

export const isoDay = (day: Date): string => day.toISOString().slice(0, 10);

function pickFailure(rng: Random, profile: AppProfile): Failure | null {
  let roll = rng.next();
  for (const failure of FAILURES) {
    roll -= failure.p + (failure.outcome === 'RATE_LIMITED' ? profile.rateLimitedExtra : 0);
    if (roll < 0) return failure;
  }
  return null;
}

function restDraft(rng: Random, world: UsageWorld, profile: AppProfile): Draft {
  const app = appOf(world, profile.app);
  const failed = rng.chance(0.03);
  return {
    ...emptyDraft(world, app),
    productId: world.ordersId,
    endpoint: '/apis/orders/orders',
    httpStatus: failed ? 404 : 200,
    outcome: failed ? 'CLIENT_ERROR' : 'SUCCESS',
    errorType: failed ? 'not_found' : null,
    latencyMs: rng.logNormal(60, 0.5, 5, 3_000),
    metadata: { synthetic: true, method: rng.chance(0.8) ? 'GET' : 'POST' },
  };
}

function appOf(world: UsageWorld, name: string) {
  const app = world.apps.get(name);
  if (app === undefined) throw new Error(`usage history names unknown application ${name}`);
  return app;
}

function emptyDraft(
  world: UsageWorld,
  app: { id: string; teamId: string; apiKeyId: string },
): Draft {
  return {
    orgId: world.orgId,
    teamId: app.teamId,
    applicationId: app.id,
    apiKeyId: app.apiKeyId,
    productId: world.llmApiId,
    providerId: null,
    modelId: null,
    promptVersionId: null,
    providerSlug: null,
    modelName: null,
    endpoint: '/v1/chat/completions',
    httpStatus: 200,
    outcome: 'SUCCESS',
    errorType: null,
    stream: false,
    cacheHit: false,
    inputTokens: 0,
    outputTokens: 0,
    cachedTokens: 0,
    costMicros: 0n,
    savedMicros: 0n,
    latencyMs: 0,
    ttftMs: null,
    region: null,
    metadata: { synthetic: true },
  };
}

function chatEndpoint(rng: Random, world: UsageWorld, profile: AppProfile, model: SeededModel) {
  if (model.kind === 'EMBEDDING') return { endpoint: '/v1/embeddings', promptVersionId: null };
  if (model.providerSlug === 'anthropic' && rng.chance(profile.messagesShare))
    return { endpoint: '/v1/messages', promptVersionId: null };
  if (
    world.promptVersionId !== null &&
    model.publicName === 'gpt-4o-mini' &&
    rng.chance(profile.promptShare)
  ) {
    return {
      endpoint: '/v1/prompts/support-reply/completions',
      promptVersionId: world.promptVersionId,
    };
  }
  return { endpoint: '/v1/chat/completions', promptVersionId: null };
}

// Tokens the provider would bill: none when the call never reached it or failed there, part of
// the output when the client hung up mid-stream.
function drawTokens(
  rng: Random,
  profile: AppProfile,
  model: SeededModel,
  failure: Failure | null,
  tokenFactor: number,
) {
  if (failure !== null && failure.outcome !== 'ABORTED')
    return { inputTokens: 0, outputTokens: 0, cachedTokens: 0 };
  const embedding = model.kind === 'EMBEDDING';
  const inputTokens = rng.logNormal(
    (embedding ? 300 : profile.inputMedian) * tokenFactor,
    0.8,
    8,
    400_000,
  );
  let outputTokens = embedding
    ? 0
    : rng.logNormal(profile.outputMedian * tokenFactor, 0.7, 1, 32_000);
  if (failure?.outcome === 'ABORTED') outputTokens = Math.floor(outputTokens * rng.next() * 0.5);
  const promptCached =
    !embedding &&
    inputTokens >= 1024 &&
    model.prices.cachedInputPerMTokMicros > 0n &&
    rng.chance(0.3);
  const cachedTokens = promptCached ? Math.floor(inputTokens * (0.3 + 0.6 * rng.next())) : 0;
  return { inputTokens, outputTokens, cachedTokens };
}

function drawTiming(
  rng: Random,
  model: SeededModel,
  failure: Failure | null,
  stream: boolean,
  outputTokens: number,
) {
  if (failure?.errorType === 'upstream_timeout')
    return { latencyMs: 30_000 + rng.int(0, 2_000), ttftMs: null };
  if (failure !== null && failure.outcome !== 'UPSTREAM_ERROR' && failure.outcome !== 'ABORTED')
    return { latencyMs: rng.int(1, 8), ttftMs: null };
  if (failure?.outcome === 'UPSTREAM_ERROR')
    return { latencyMs: rng.logNormal(800, 0.5, 50, 20_000), ttftMs: null };
  if (model.kind === 'EMBEDDING')
    return { latencyMs: rng.logNormal(90, 0.4, 15, 5_000), ttftMs: null };
  const firstToken = rng.logNormal(420, 0.5, 80, 8_000);
  const latencyMs = firstToken + Math.round(outputTokens * (8 + 8 * rng.next()));
  return { latencyMs, ttftMs: stream ? firstToken : null };
}

function aiDraft(rng: Random, world: UsageWorld, profile: AppProfile, tokenFactor: number): Draft {
  const picked = rng.pick(profile.models, (m) => m.weight);
  const model = world.models.get(picked.name);
  if (model === undefined) throw new Error(`usage history names unknown model ${picked.name}`);
  const failure = pickFailure(rng, profile);
  const { endpoint, promptVersionId } = chatEndpoint(rng, world, profile, model);
  const stream = model.kind === 'CHAT' && rng.chance(0.45);
  const tokens = drawTokens(rng, profile, model, failure, tokenFactor);
  const cacheHit = failure === null && model.kind === 'CHAT' && rng.chance(0.05);
  const cost = computeCostMicros(tokens, model.prices);
  const timing = cacheHit
    ? { latencyMs: rng.int(2, 15), ttftMs: stream ? rng.int(1, 5) : null }
    : drawTiming(rng, model, failure, stream, tokens.outputTokens);
  return {
    ...emptyDraft(world, appOf(world, profile.app)),
    ...tokens,
    ...timing,
    providerId: model.providerId,
    modelId: model.id,
    promptVersionId,
    providerSlug: model.providerSlug,
    modelName: model.publicName,
    endpoint,
    stream,
    cacheHit,
    // A response-cache hit costs nothing; what it saved is the list price of the cached answer.
    cachedTokens: cacheHit ? 0 : tokens.cachedTokens,
    costMicros: cacheHit ? 0n : cost,
    savedMicros: cacheHit ? computeCostMicros({ ...tokens, cachedTokens: 0 }, model.prices) : 0n,
    httpStatus: failure?.status ?? 200,
    outcome: failure?.outcome ?? 'SUCCESS',
    errorType: failure?.errorType ?? null,
    region: model.region,
  };
}

function draftFor(rng: Random, world: UsageWorld, profile: AppProfile, tokenFactor: number): Draft {
  return rng.chance(profile.restShare)
    ? restDraft(rng, world, profile)
    : aiDraft(rng, world, profile, tokenFactor);
}

// Tops the anomaly app's traffic up to countFactor× an average weekday, whatever day it falls on.
function anomalyDrafts(rng: Random, world: UsageWorld, normal: Draft[]): Draft[] {
  const profile = APP_PROFILES.find((p) => p.app === ANOMALY.app);
  if (profile === undefined) return [];
  const appId = appOf(world, profile.app).id;
  const target = Math.round(EVENTS_PER_WEEKDAY * profile.share * ANOMALY.countFactor);
  const extra = target - normal.filter((d) => d.applicationId === appId).length;
  return Array.from({ length: Math.max(0, extra) }, () =>
    draftFor(rng, world, profile, ANOMALY.tokenFactor),
  );
}

/**
 * The synthetic ledger of one UTC day: the same events for the same day every time (a PRNG
 * seeded by org and date), shaped by weekday, hour of day and each application's profile. On the
 * anomaly day the anomaly application sends ANOMALY.countFactor× its weekday traffic with
 * ANOMALY.tokenFactor× the tokens.
 */
export function generateUsageDay(
  world: UsageWorld,
  day: Date,
  isAnomalyDay: boolean,
): SeedUsageEvent[] {
  const rng = createRandom(hashSeed(`${world.orgSlug}:${isoDay(day)}`));
  const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
  const count = Math.round(
    EVENTS_PER_WEEKDAY * (weekend ? WEEKEND_FACTOR : 1) * (0.85 + 0.3 * rng.next()),
  );
  const factorOf = (profile: AppProfile) =>
    isAnomalyDay && profile.app === ANOMALY.app ? ANOMALY.tokenFactor : 1;
  const drafts: Draft[] = [];
  for (let i = 0; i < count; i++) {
    const profile = rng.pick(APP_PROFILES, (p) => p.share);
    drafts.push(draftFor(rng, world, profile, factorOf(profile)));
  }
  if (isAnomalyDay) drafts.push(...anomalyDrafts(rng, world, drafts));
  const stamp = isoDay(day).replaceAll('-', '');
  return drafts.map((draft, i) => ({
    ...draft,
    requestId: `${SEED_REQUEST_PREFIX}${stamp}-${String(i + 1).padStart(5, '0')}`,
    occurredAt: new Date(
      day.getTime() + rng.pick(HOURS, (h) => h.weight).hour * 3_600_000 + rng.int(0, 3_599_999),
    ),
  }));
}

/** The history from firstDay to lastDay (UTC midnights, inclusive). */
export function generateUsageHistory(
  world: UsageWorld,
  firstDay: Date,
  lastDay: Date,
  anomalyDay: Date,
): SeedUsageEvent[] {
  const events: SeedUsageEvent[] = [];
  for (let t = firstDay.getTime(); t <= lastDay.getTime(); t += DAY_MS) {
    events.push(...generateUsageDay(world, new Date(t), t === anomalyDay.getTime()));
  }
  return events;
}

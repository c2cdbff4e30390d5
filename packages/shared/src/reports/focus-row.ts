import { bucketStart, ROLLUP_BUCKET_MS } from '../usage/bucket-start.js';
import { microsToDecimal } from './format-micros.js';
import { monthOf, monthRange } from './month-range.js';

/** The ledger fields a FOCUS row is made of (a UsageEvent row). */
export type FocusSourceEvent = {
  occurredAt: Date;
  requestId: string;
  orgId: string;
  teamId: string | null;
  applicationId: string | null;
  apiKeyId: string | null;
  productId: string | null;
  modelId: string | null;
  providerSlug: string | null;
  modelName: string | null;
  endpoint: string;
  outcome: string;
  cacheHit: boolean;
  inputTokens: number;
  outputTokens: number;
  cachedTokens: number;
  costMicros: bigint;
  savedMicros: bigint;
  region: string | null;
  promptVersionId: string | null;
};

/** Names of the rows an event points at (looked up once per export). */
export type FocusNames = {
  orgName: string;
  team: { name: string; costCenter: string } | null;
  applicationName: string | null;
  productName: string | null;
};

type FocusValue = string | null;
type FocusColumn = readonly [
  name: string,
  value: (e: FocusSourceEvent, n: FocusNames) => FocusValue,
];

const iso = (at: Date) => at.toISOString().replace('.000Z', 'Z');
const hourStart = (e: FocusSourceEvent) => bucketStart(e.occurredAt, 'HOUR');
const billingPeriod = (e: FocusSourceEvent) => monthRange(monthOf(e.occurredAt));
const isModelCall = (e: FocusSourceEvent) => e.modelName !== null;
const quantity = (e: FocusSourceEvent) =>
  isModelCall(e) ? String(e.inputTokens + e.outputTokens) : '1';
const unit = (e: FocusSourceEvent) => (isModelCall(e) ? 'Tokens' : 'Requests');
const provider = (e: FocusSourceEvent) => e.providerSlug ?? 'gatehouse';

function tags(e: FocusSourceEvent, n: FocusNames): string {
  const entries: Array<[string, string | null]> = [
    ['gatehouse/cost-center', n.team?.costCenter ?? null],
    ['gatehouse/team', n.team?.name ?? null],
    ['gatehouse/application', n.applicationName],
    ['gatehouse/prompt-version', e.promptVersionId],
  ];
  return JSON.stringify(Object.fromEntries(entries.filter(([, v]) => v !== null)));
}

/**
 * FOCUS 1.2 columns (FinOps Open Cost and Usage Specification), one row per ledger event. Costs
 * are exact decimals of the stored micro-dollars: BilledCost = EffectiveCost = ContractedCost =
 * what the ledger charged; ListCost adds back what a cache hit saved at list price. Gatehouse's
 * own dimensions follow as x_ columns, as the spec's extension rule asks.
 */
export const FOCUS_COLUMNS: readonly FocusColumn[] = [
  ['BilledCost', (e) => microsToDecimal(e.costMicros)],
  ['BillingAccountId', (e) => e.orgId],
  ['BillingAccountName', (_, n) => n.orgName],
  ['BillingCurrency', () => 'USD'],
  ['BillingPeriodStart', (e) => iso(billingPeriod(e).start)],
  ['BillingPeriodEnd', (e) => iso(billingPeriod(e).end)],
  ['ChargeCategory', () => 'Usage'],
  ['ChargeClass', () => null],
  ['ChargeDescription', (e) => `${e.endpoint} ${e.modelName ?? ''}`.trim()],
  ['ChargeFrequency', () => 'Usage-Based'],
  ['ChargePeriodStart', (e) => iso(hourStart(e))],
  ['ChargePeriodEnd', (e) => iso(new Date(hourStart(e).getTime() + ROLLUP_BUCKET_MS.HOUR))],
  ['ConsumedQuantity', quantity],
  ['ConsumedUnit', unit],
  ['ContractedCost', (e) => microsToDecimal(e.costMicros)],
  ['ContractedUnitPrice', () => null],
  ['EffectiveCost', (e) => microsToDecimal(e.costMicros)],
  ['InvoiceIssuerName', provider],
  ['ListCost', (e) => microsToDecimal(e.costMicros + e.savedMicros)],
  ['ListUnitPrice', () => null],
  ['PricingCategory', () => 'Standard'],
  ['PricingQuantity', quantity],
  ['PricingUnit', unit],
  ['ProviderName', provider],
  ['PublisherName', provider],
  ['RegionId', (e) => e.region],
  ['RegionName', (e) => e.region],
  ['ResourceId', (e) => e.modelId ?? e.productId],
  ['ResourceName', (e, n) => e.modelName ?? n.productName],
  ['ResourceType', (e) => (isModelCall(e) ? 'Model' : 'API')],
  ['ServiceCategory', (e) => (isModelCall(e) ? 'AI and Machine Learning' : 'Integration')],
  ['ServiceName', (e, n) => n.productName ?? e.endpoint],
  ['SkuId', (e) => (isModelCall(e) ? `${provider(e)}/${e.modelName}` : e.endpoint)],
  ['SkuPriceId', () => null],
  ['SubAccountId', (e) => e.teamId],
  ['SubAccountName', (_, n) => n.team?.name ?? null],
  ['Tags', tags],
  ['x_RequestId', (e) => e.requestId],
  ['x_CostCenter', (_, n) => n.team?.costCenter ?? null],
  ['x_ApplicationId', (e) => e.applicationId],
  ['x_ApiKeyId', (e) => e.apiKeyId],
  ['x_PromptVersionId', (e) => e.promptVersionId],
  ['x_Outcome', (e) => e.outcome],
  ['x_CacheHit', (e) => String(e.cacheHit)],
  ['x_InputTokens', (e) => String(e.inputTokens)],
  ['x_OutputTokens', (e) => String(e.outputTokens)],
  ['x_CachedTokens', (e) => String(e.cachedTokens)],
  ['x_OccurredAt', (e) => e.occurredAt.toISOString()],
];

export const FOCUS_HEADER: readonly string[] = FOCUS_COLUMNS.map(([name]) => name);

/** One ledger event as FOCUS values, in FOCUS_HEADER order. */
export function toFocusRow(event: FocusSourceEvent, names: FocusNames): FocusValue[] {
  return FOCUS_COLUMNS.map(([, value]) => value(event, names));
}

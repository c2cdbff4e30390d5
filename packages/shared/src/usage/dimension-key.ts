/**
 * The dimensions a usage rollup is grouped by, in key order. The order is part of the stored
 * key: append new dimensions at the end, never reorder.
 */
export const USAGE_DIMENSIONS = [
  'orgId',
  'teamId',
  'applicationId',
  'apiKeyId',
  'productId',
  'providerId',
  'modelId',
  'promptVersionId',
] as const;

export type UsageDimension = (typeof USAGE_DIMENSIONS)[number];

/** The dimension values of one event or rollup row (ids; null where the request had none). */
export type UsageDimensions = { orgId: string } & {
  [K in Exclude<UsageDimension, 'orgId'>]: string | null;
};

/**
 * One string naming a combination of dimensions, so that a unique index covers it even where
 * some dimensions are null: the values in USAGE_DIMENSIONS order joined by "|", null as "".
 */
export function dimensionKey(dims: UsageDimensions): string {
  return USAGE_DIMENSIONS.map((name) => dims[name] ?? '').join('|');
}

/** Only the dimension fields of a wider object (an event, a row). */
export function pickDimensions(source: UsageDimensions): UsageDimensions {
  return {
    orgId: source.orgId,
    teamId: source.teamId ?? null,
    applicationId: source.applicationId ?? null,
    apiKeyId: source.apiKeyId ?? null,
    productId: source.productId ?? null,
    providerId: source.providerId ?? null,
    modelId: source.modelId ?? null,
    promptVersionId: source.promptVersionId ?? null,
  };
}

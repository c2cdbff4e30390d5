import { formatUsdMicros } from '@gatehouse/shared';
import type { ModelRecord } from './models.repository.js';

type Prices = {
  inputPricePerMTokMicros: string;
  inputPricePerMTokUsd: string;
  outputPricePerMTokMicros: string;
  outputPricePerMTokUsd: string;
  cachedInputPricePerMTokMicros: string;
  cachedInputPricePerMTokUsd: string;
};

export type ModelView = Omit<ModelRecord, keyof Prices | 'inputPricePerMTokMicros'> & Prices;

/** A model as JSON: prices as micro-dollar strings with a USD display string beside each. */
export function toModelView(model: ModelRecord): ModelView {
  const { inputPricePerMTokMicros: input, outputPricePerMTokMicros: output } = model;
  const cached = model.cachedInputPricePerMTokMicros;
  return {
    ...model,
    inputPricePerMTokMicros: input.toString(),
    inputPricePerMTokUsd: formatUsdMicros(input),
    outputPricePerMTokMicros: output.toString(),
    outputPricePerMTokUsd: formatUsdMicros(output),
    cachedInputPricePerMTokMicros: cached.toString(),
    cachedInputPricePerMTokUsd: formatUsdMicros(cached),
  };
}

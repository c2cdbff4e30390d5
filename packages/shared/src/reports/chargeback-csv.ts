import type { Chargeback } from './build-chargeback.js';
import { microsToDecimal } from './format-micros.js';
import { writeCsv } from './write-csv.js';

export const CHARGEBACK_CSV_HEADER = [
  'month',
  'cost_center',
  'team',
  'application',
  'model',
  'requests',
  'input_tokens',
  'output_tokens',
  'cost_usd',
  'cost_micros',
] as const;

type CsvRow = Record<(typeof CHARGEBACK_CSV_HEADER)[number], string>;

/** The chargeback as CSV, one line per cost center × team × application × model, exact costs. */
export function chargebackCsv(month: string, chargeback: Chargeback): string {
  const rows: CsvRow[] = [];
  for (const cc of chargeback.costCenters)
    for (const team of cc.children)
      for (const app of team.children)
        for (const model of app.children)
          rows.push({
            month,
            cost_center: cc.name,
            team: team.name,
            application: app.name,
            model: model.name,
            requests: model.requests.toString(),
            input_tokens: model.inputTokens.toString(),
            output_tokens: model.outputTokens.toString(),
            cost_usd: microsToDecimal(model.costMicros),
            cost_micros: model.costMicros.toString(),
          });
  return writeCsv(CHARGEBACK_CSV_HEADER, rows);
}

import {
  buildChargeback,
  chargebackCsv,
  monthRange,
  UNASSIGNED,
  type Chargeback,
  type ChargebackNode,
} from '@gatehouse/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor.js';
import { notFound } from '../resource-support/resource-errors.js';
import { money } from '../usage/to-usage-totals.js';
import { LedgerRepository } from '../usage/ledger.repository.js';
import { UsageRepository } from '../usage/usage.repository.js';

function nodeOut(node: ChargebackNode<unknown>) {
  return {
    id: node.id,
    name: node.name,
    requests: Number(node.requests),
    inputTokens: node.inputTokens.toString(),
    outputTokens: node.outputTokens.toString(),
    cost: money(node.costMicros),
  };
}

/**
 * Monthly chargeback from the daily rollups: cost centers → teams → applications → models. The
 * sums are exact bigints, so the month's total equals the ledger's SUM("costMicros").
 */
@Injectable()
export class ChargebackService {
  constructor(
    @Inject(UsageRepository) private readonly usage: UsageRepository,
    @Inject(LedgerRepository) private readonly ledger: LedgerRepository,
  ) {}

  async build(
    actor: Actor,
    month: string,
  ): Promise<{ range: { start: Date; end: Date }; chargeback: Chargeback }> {
    const range = monthRange(month);
    const filter = {
      orgId: actor.orgId,
      bucket: 'DAY' as const,
      ...range,
      teamIds: null,
      where: {},
    };
    const rows = await this.usage.sums(
      filter,
      ['costCenter', 'team', 'application', 'model'],
      false,
    );
    const ids = (i: number) => [
      ...new Set(rows.map((r) => r.keys[i]).filter((k): k is string => k != null)),
    ];
    const [teams, apps, models] = await Promise.all([
      this.usage.names(actor.orgId, 'team', ids(1)),
      this.usage.names(actor.orgId, 'application', ids(2)),
      this.usage.names(actor.orgId, 'model', ids(3)),
    ]);
    const name = (map: Map<string, string>, id: string | null | undefined) =>
      id == null ? null : (map.get(id) ?? id);
    const chargeback = buildChargeback(
      rows.map((r) => ({
        costCenter: r.keys[0] ?? null,
        teamId: r.keys[1] ?? null,
        teamName: name(teams, r.keys[1]),
        applicationId: r.keys[2] ?? null,
        applicationName: name(apps, r.keys[2]),
        modelId: r.keys[3] ?? null,
        modelName: name(models, r.keys[3]),
        requests: r.requests,
        inputTokens: r.inputTokens,
        outputTokens: r.outputTokens,
        costMicros: r.costMicros,
      })),
    );
    return { range, chargeback };
  }

  async month(actor: Actor, month: string) {
    const { range, chargeback } = await this.build(actor, month);
    // The ledger's own sum, shown beside the rollups' so any drift is visible, never hidden.
    const ledgerCost = await this.ledger.totalCost({ orgId: actor.orgId, ...range, teamIds: null });
    return {
      month,
      from: range.start.toISOString(),
      to: range.end.toISOString(),
      requests: Number(chargeback.requests),
      cost: money(chargeback.costMicros),
      ledger: { cost: money(ledgerCost), matches: ledgerCost === chargeback.costMicros },
      costCenters: chargeback.costCenters.map((cc) => ({
        ...nodeOut(cc),
        teams: cc.children.map(nodeOut),
      })),
    };
  }

  /** One cost center down to models; `(unassigned)` names usage without a team. */
  async costCenter(actor: Actor, month: string, costCenter: string) {
    const { range, chargeback } = await this.build(actor, month);
    const cc = chargeback.costCenters.find(
      (c) => c.id === costCenter || (c.id === null && costCenter === UNASSIGNED),
    );
    if (cc === undefined) throw notFound('Cost center', 'costCenter');
    return {
      month,
      from: range.start.toISOString(),
      to: range.end.toISOString(),
      costCenter: {
        ...nodeOut(cc),
        teams: cc.children.map((team) => ({
          ...nodeOut(team),
          applications: team.children.map((app) => ({
            ...nodeOut(app),
            models: app.children.map(nodeOut),
          })),
        })),
      },
    };
  }

  async csv(actor: Actor, month: string): Promise<string> {
    const { chargeback } = await this.build(actor, month);
    return chargebackCsv(month, chargeback);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { BUDGET_SCOPE_TARGET, checkBudgetScopeTarget } from '@gatehouse/shared';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { toPage, type Page } from '../../http/pagination.js';
import { moneyOut, toOptionalMicros } from '../resource-support/money.js';
import { RecordChange, type Recorder } from '../resource-support/record-change.service.js';
import { invalid, notFound, uniqueOr409 } from '../resource-support/resource-errors.js';
import { cursorId, pathId } from '../resource-support/resource-ids.js';
import { BudgetsRepository, type BudgetRecord, type BudgetWrite } from './budgets.repository.js';
import type {
  CreateBudgetInput,
  ListBudgetsQuery,
  UpdateBudgetInput,
} from './dto/budget.schema.js';

const NAME_TAKEN = 'A budget with this name already exists';

export type BudgetView = Omit<BudgetRecord, 'amountMicros' | 'tokenLimit'> & {
  amount: { micros: string; usd: string } | null;
  tokenLimit: string | null;
};

function toView({ amountMicros, tokenLimit, ...budget }: BudgetRecord): BudgetView {
  return {
    ...budget,
    amount: amountMicros === null ? null : moneyOut(amountMicros),
    tokenLimit: tokenLimit === null ? null : tokenLimit.toString(),
  };
}

function toWrite({ amountMicros, tokenLimit, ...rest }: UpdateBudgetInput): BudgetWrite {
  return {
    ...rest,
    amountMicros: toOptionalMicros(amountMicros),
    tokenLimit: toOptionalMicros(tokenLimit),
    ...(rest.alertThresholds
      ? { alertThresholds: [...rest.alertThresholds].sort((a, b) => a - b) }
      : {}),
  };
}

function assertSomeLimit(
  budget: Pick<BudgetWrite, 'amountMicros' | 'tokenLimit' | 'requestLimit'>,
) {
  if (budget.amountMicros == null && budget.tokenLimit == null && budget.requestLimit == null) {
    throw invalid('A budget needs amountMicros, tokenLimit or requestLimit', 'amountMicros');
  }
}

@Injectable()
export class BudgetsService {
  private readonly record: Recorder;

  constructor(
    @Inject(BudgetsRepository) private readonly repository: BudgetsRepository,
    @Inject(RecordChange) changes: RecordChange,
  ) {
    // The gateway enforces budgets from its snapshot, so a budget change is a config change.
    this.record = changes.recorder('budget', true);
  }

  async list(actor: Actor, query: ListBudgetsQuery): Promise<Page<BudgetView>> {
    const { cursor, limit, ...filter } = query;
    const rows = await this.repository.findMany(
      { orgId: actor.orgId, ...filter, afterId: cursorId(cursor) },
      limit + 1,
    );
    return toPage(rows, limit, (row) => row.id, toView);
  }

  async get(actor: Actor, id: string): Promise<BudgetView> {
    return toView(await this.find(actor, id));
  }

  async create(
    actor: Actor,
    input: CreateBudgetInput,
    request?: FastifyRequest,
  ): Promise<BudgetView> {
    const issue = checkBudgetScopeTarget(input.scope, input);
    if (issue !== null) throw invalid(issue.message, issue.param);
    const field = BUDGET_SCOPE_TARGET[input.scope];
    const targetId = field === null ? null : input[field];
    if (
      field !== null &&
      targetId &&
      !(await this.repository.targetInOrg(actor.orgId, field, targetId))
    ) {
      throw notFound(field.replace(/Id$/, ''), field);
    }
    const write = toWrite(input);
    assertSomeLimit(write);
    const budget = await uniqueOr409(
      this.repository.create(actor.orgId, {
        ...write,
        name: input.name,
        scope: input.scope,
        teamId: input.teamId ?? null,
        applicationId: input.applicationId ?? null,
        apiKeyId: input.apiKeyId ?? null,
      }),
      NAME_TAKEN,
      'name',
    );
    await this.record(actor, 'create', budget.id, null, budget, request);
    return toView(budget);
  }

  async update(
    actor: Actor,
    id: string,
    input: UpdateBudgetInput,
    request?: FastifyRequest,
  ): Promise<BudgetView> {
    const before = await this.find(actor, id);
    const write = toWrite(input);
    assertSomeLimit({
      amountMicros: write.amountMicros === undefined ? before.amountMicros : write.amountMicros,
      tokenLimit: write.tokenLimit === undefined ? before.tokenLimit : write.tokenLimit,
      requestLimit: write.requestLimit === undefined ? before.requestLimit : write.requestLimit,
    });
    const after = await uniqueOr409(this.repository.update(before.id, write), NAME_TAKEN, 'name');
    await this.record(actor, 'update', after.id, before, after, request);
    return toView(after);
  }

  async delete(actor: Actor, id: string, request?: FastifyRequest): Promise<void> {
    const before = await this.find(actor, id);
    await this.repository.delete(before.id);
    await this.record(actor, 'delete', before.id, before, null, request);
  }

  private async find(actor: Actor, id: string): Promise<BudgetRecord> {
    const budget = await this.repository.findById(actor.orgId, pathId(id, 'Budget'));
    if (budget === null) throw notFound('Budget');
    return budget;
  }
}

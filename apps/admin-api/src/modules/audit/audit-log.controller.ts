import { Readable } from 'node:stream';
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { csvLine } from '@gatehouse/shared';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RequirePermission } from '../../auth/rbac/require-permission.decorator.js';
import { decodeCursor, pageSchema, toPage, type Page } from '../../http/pagination.js';
import { parseInput } from '../../http/parse-input.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import { AuditRepository, type AuditFilter } from './audit.repository.js';
import {
  AUDIT_CSV_COLUMNS,
  auditEntryViewSchema,
  auditExportQuerySchema,
  auditQuerySchema,
  toAuditEntryView,
  type AuditEntryView,
} from './audit.schemas.js';

const EXPORT_BATCH = 500;

function filterOf(
  orgId: string,
  query: Omit<AuditFilter, 'orgId' | 'from' | 'to' | 'beforeId'> & { from?: string; to?: string },
): AuditFilter {
  return {
    orgId,
    actorId: query.actorId,
    action: query.action,
    resourceType: query.resourceType,
    resourceId: query.resourceId,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
  };
}

function parseBeforeId(cursor: string): bigint {
  const position = decodeCursor(cursor);
  return /^\d+$/.test(position) ? BigInt(position) : 0n;
}

function csvRow(view: AuditEntryView): string {
  return csvLine(
    AUDIT_CSV_COLUMNS.map((column) => {
      const value = view[column];
      return column === 'before' || column === 'after'
        ? value === null
          ? null
          : JSON.stringify(value)
        : (value as string | null);
    }),
  );
}

/** The audit log: newest first, filtered, paginated; exported whole as CSV or NDJSON. */
@Controller('api/v1/audit-log')
export class AuditLogController {
  constructor(@Inject(AuditRepository) private readonly repository: AuditRepository) {}

  @Get()
  @RequirePermission('audit.read')
  @ApiDoc({
    summary: 'Query the audit log (newest first)',
    tags: ['audit'],
    query: auditQuerySchema,
    response: pageSchema(auditEntryViewSchema),
  })
  async list(@CurrentActor() actor: Actor, @Query() query: unknown): Promise<Page<AuditEntryView>> {
    const input = parseInput(auditQuerySchema, query, 'query');
    const filter = {
      ...filterOf(actor.orgId, input),
      ...(input.cursor ? { beforeId: parseBeforeId(input.cursor) } : {}),
    };
    const rows = await this.repository.find(filter, input.limit + 1);
    return toPage(rows, input.limit, (row) => row.id.toString(), toAuditEntryView);
  }

  @Get('export')
  @RequirePermission('audit.read')
  @ApiDoc({
    summary: 'Export the audit log (all matching entries) as CSV or NDJSON',
    tags: ['audit'],
    query: auditExportQuerySchema,
    produces: ['text/csv', 'application/x-ndjson'],
  })
  async export(
    @CurrentActor() actor: Actor,
    @Query() query: unknown,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const input = parseInput(auditExportQuerySchema, query, 'query');
    const filter = filterOf(actor.orgId, input);
    const csv = input.format === 'csv';
    const stream = Readable.from(this.lines(filter, csv));
    await reply
      .code(200)
      .header(
        'content-type',
        csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      )
      .header('content-disposition', `attachment; filename="audit-log.${input.format}"`)
      .send(stream);
  }

  // Keyset batches, so an export of any size holds one batch in memory.
  private async *lines(filter: AuditFilter, csv: boolean): AsyncGenerator<string> {
    if (csv) yield csvLine([...AUDIT_CSV_COLUMNS]);
    let beforeId: bigint | undefined;
    for (;;) {
      const rows = await this.repository.find({ ...filter, beforeId }, EXPORT_BATCH);
      for (const row of rows) {
        const view = toAuditEntryView(row);
        yield csv ? csvRow(view) : `${JSON.stringify(view)}\n`;
      }
      if (rows.length < EXPORT_BATCH) return;
      beforeId = rows.at(-1)?.id;
    }
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { ServiceHttpError } from '@gatehouse/service-kit';
import {
  checkProviderDocuments,
  configDocumentKey,
  configDocumentSchema,
  fingerprintDocumentSecrets,
  fingerprintSecrets,
  findUnfilledPlaceholders,
  parseConfigYaml,
  planConfigChanges,
  secretPlaceholders,
  SECRET_FIELDS,
  stringifyConfigYaml,
  type ConfigChange,
  type ConfigDocument,
} from '@gatehouse/shared';
import type { FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import { LOGGER } from '../../tokens.js';
import { AuditService } from '../audit/audit.service.js';
import { ConfigChangeService } from '../config-change/config-change.service.js';
import { DatabaseRepository } from '../database/database.repository.js';
import { SecretBox } from '../resource-support/secret-box.service.js';
import { configIssuesError } from './config-issues-error.js';
import { ConfigReadRepository, envelope, type StoredDocument } from './config-read.repository.js';
import { ConfigWriteRepository, MissingReferenceError } from './config-write.repository.js';

export type ApplyOptions = { dryRun: boolean; prune: boolean };
export type ApplyResult = {
  changes: ConfigChange[];
  diff: string;
  applied: boolean;
  unchanged: number;
};

const secretMapSchema = z.record(z.string(), z.string());
// Interactive transaction limits: a whole configuration is a few hundred small statements.
const TX_OPTIONS = { maxWait: 10_000, timeout: 60_000 };

/** Export the configuration as YAML; plan and apply a YAML file in one transaction. */
@Injectable()
export class ConfigAsCodeService {
  constructor(
    @Inject(DatabaseRepository) private readonly database: DatabaseRepository,
    @Inject(ConfigReadRepository) private readonly reader: ConfigReadRepository,
    @Inject(ConfigWriteRepository) private readonly writer: ConfigWriteRepository,
    @Inject(SecretBox) private readonly secrets: SecretBox,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ConfigChangeService) private readonly configChange: ConfigChangeService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async exportYaml(actor: Actor): Promise<string> {
    const stored = await this.reader.read(this.database.client, actor.orgId);
    return stringifyConfigYaml(stored.map((s) => this.validated(s, this.placeholdersOf(s))));
  }

  async apply(
    actor: Actor,
    yaml: string,
    options: ApplyOptions,
    request?: FastifyRequest,
  ): Promise<ApplyResult> {
    const parsed = parseConfigYaml(yaml);
    if (!parsed.ok) throw configIssuesError(parsed.issues);
    const unfilled = findUnfilledPlaceholders(parsed.documents);
    if (unfilled.length > 0) throw configIssuesError(unfilled);
    const raw = new Map(parsed.documents.map((d) => [configDocumentKey(d), d]));
    const plan = await this.inTransaction((tx) =>
      this.planAndWrite(tx, actor.orgId, parsed.documents, raw, options),
    );
    const changes = plan.changes.map(({ document: _, ...change }) => change);
    if (!options.dryRun && changes.length > 0) {
      await this.audit.record({
        actor,
        action: 'config.apply',
        resourceType: 'config',
        after: { prune: options.prune, changes },
        request,
      });
      await this.configChange.configChanged(actor.orgId);
    }
    return { changes, diff: plan.diff, applied: !options.dryRun, unchanged: plan.unchanged };
  }

  private async planAndWrite(
    tx: Parameters<ConfigReadRepository['read']>[0],
    orgId: string,
    documents: ConfigDocument[],
    raw: ReadonlyMap<string, ConfigDocument>,
    options: ApplyOptions,
  ) {
    const stored = await this.reader.read(tx, orgId);
    const sealed = new Set(
      stored.filter((s) => s.kind === 'Provider' && s.sealedSecret !== null).map((s) => s.name),
    );
    const providerIssues = checkProviderDocuments(documents, (slug) => sealed.has(slug));
    if (providerIssues.length > 0) throw configIssuesError(providerIssues);
    const current = stored.map((s) => this.validated(s, this.fingerprintOf(s)));
    const plan = planConfigChanges(current, fingerprintDocumentSecrets(documents), options);
    if (!plan.ok) throw configIssuesError(plan.issues);
    if (options.dryRun) return plan;
    for (const change of plan.changes) {
      const sealedSecret = this.sealedSecretOf(raw.get(configDocumentKey(change.document)));
      await this.writer.write({ tx, orgId, sealedSecret }, change.action, change.document);
    }
    return plan;
  }

  private async inTransaction<T>(
    work: (tx: Parameters<ConfigReadRepository['read']>[0]) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.database.client.$transaction(work, TX_OPTIONS);
    } catch (error) {
      if (error instanceof ServiceHttpError) throw error;
      if (error instanceof MissingReferenceError)
        throw new ServiceHttpError(400, 'invalid_config', error.message);
      // Foreign keys the plan cannot see (a plan still subscribed, a model in use elsewhere).
      const code = (error as { code?: string }).code;
      if (code === 'P2003' || code === 'P2014')
        throw new ServiceHttpError(
          409,
          'config_conflict',
          'The change conflicts with rows that still refer to it (e.g. a plan with subscriptions); nothing was applied',
        );
      // Another apply (or an edit) wrote the same names in the meantime.
      if (code === 'P2002' || code === 'P2034')
        throw new ServiceHttpError(
          409,
          'config_conflict',
          'The configuration changed while this apply ran; nothing was applied, try again',
        );
      throw error;
    }
  }

  // The stored document as the schema reads it, so defaults and key order match a parsed file.
  private validated(stored: StoredDocument, secret: Record<string, unknown>): ConfigDocument {
    const field = SECRET_FIELDS[stored.kind];
    const spec = field === undefined ? stored.spec : { ...stored.spec, ...secret };
    const result = configDocumentSchema.safeParse(envelope({ ...stored, spec }));
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    throw new ServiceHttpError(
      409,
      'config_unexportable',
      `Stored ${stored.kind} "${stored.name}" does not fit the config schema at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    );
  }

  private openSecret(stored: StoredDocument): Record<string, string> | null {
    if (stored.sealedSecret === null) return null;
    try {
      return secretMapSchema.parse(JSON.parse(this.secrets.open(stored.sealedSecret)));
    } catch {
      this.logger.warn({ kind: stored.kind, name: stored.name }, 'stored secret does not open');
      return null;
    }
  }

  private placeholdersOf(stored: StoredDocument): Record<string, unknown> {
    const field = SECRET_FIELDS[stored.kind];
    const opened = this.openSecret(stored);
    if (field === undefined || opened === null) return {};
    const kind = stored.kind === 'Provider' ? 'Provider' : 'ApiProduct';
    return { [field]: secretPlaceholders(kind, stored.name, Object.keys(opened)) };
  }

  private fingerprintOf(stored: StoredDocument): Record<string, unknown> {
    const field = SECRET_FIELDS[stored.kind];
    if (field === undefined || stored.sealedSecret === null) return {};
    const opened = this.openSecret(stored);
    // An unreadable secret matches nothing, so a file that sets one replaces it.
    return {
      [field]: { fingerprint: opened === null ? 'unreadable' : fingerprintSecrets(opened) },
    };
  }

  private sealedSecretOf(doc: ConfigDocument | undefined): Uint8Array<ArrayBuffer> | undefined {
    if (doc === undefined) return undefined;
    const field = SECRET_FIELDS[doc.kind];
    const value = field === undefined ? undefined : (doc.spec as Record<string, unknown>)[field];
    return value === undefined ? undefined : this.secrets.sealJson(value);
  }
}

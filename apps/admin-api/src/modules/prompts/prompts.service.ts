import {
  diffPromptVersions,
  pickPromptVersion,
  PromptPickError,
  PromptRenderError,
  renderPrompt,
  rollupRange,
  type PromptVersionDiff,
  type PromptVersionInput,
} from '@gatehouse/shared';
import { ServiceHttpError } from '@gatehouse/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { teamScope, type Actor } from '../../auth/actor.js';
import { toPage, type Page } from '../../http/pagination.js';
import { RecordChange, type Recorder } from '../resource-support/record-change.service.js';
import {
  invalid,
  isUniqueViolation,
  notFound,
  uniqueOr409,
} from '../resource-support/resource-errors.js';
import { cursorId, pathId } from '../resource-support/resource-ids.js';
import type {
  CreatePromptInput,
  ListPromptsQuery,
  PromptMetricsQuery,
  RenderPromptInput,
  SetPromptLabelInput,
} from './dto/prompt.schema.js';
import {
  PromptsRepository,
  type PromptTemplateRecord,
  type PromptVersionRecord,
} from './prompts.repository.js';
import { UsageRepository } from '../usage/usage.repository.js';
import { toVersionMetrics } from './to-version-metrics.js';

@Injectable()
export class PromptsService {
  // Every prompt write is audited as `prompt.<verb>` and republished to the gateways.
  private readonly recordChange: Recorder;

  constructor(
    @Inject(PromptsRepository) private readonly repository: PromptsRepository,
    @Inject(RecordChange) changes: RecordChange,
    @Inject(UsageRepository) private readonly usage: UsageRepository,
  ) {
    this.recordChange = changes.recorder('prompt', true);
  }

  async list(actor: Actor, query: ListPromptsQuery): Promise<Page<PromptTemplateRecord>> {
    const rows = await this.repository.findMany(
      actor.orgId,
      query.q,
      cursorId(query.cursor),
      query.limit + 1,
    );
    return toPage(rows, query.limit, (row) => row.id);
  }

  async template(actor: Actor, id: string): Promise<PromptTemplateRecord> {
    const template = await this.repository.findById(actor.orgId, pathId(id, 'Prompt'));
    if (template === null) throw notFound('Prompt');
    return template;
  }

  async detail(actor: Actor, id: string) {
    const template = await this.template(actor, id);
    return { ...template, versions: await this.repository.versions(template.id) };
  }

  async create(actor: Actor, input: CreatePromptInput, request?: FastifyRequest) {
    const template = await uniqueOr409(
      this.repository.create(actor.orgId, input),
      'A prompt with this slug already exists',
      'slug',
    );
    await this.recordChange(actor, 'create', template.id, null, template, request);
    return template;
  }

  async version(actor: Actor, id: string, version: number): Promise<PromptVersionRecord> {
    const template = await this.template(actor, id);
    const found = await this.repository.version(template.id, version);
    if (found === null) throw notFound('Prompt version', 'version');
    return found;
  }

  /** Versions are immutable: a change is always a new number (there is no update). */
  async createVersion(
    actor: Actor,
    id: string,
    input: PromptVersionInput,
    request?: FastifyRequest,
  ) {
    const template = await this.template(actor, id);
    const create = () =>
      this.repository.createNextVersion(template.id, { ...input, createdById: actor.userId });
    let created: PromptVersionRecord;
    try {
      created = await create();
    } catch (error) {
      // A concurrent writer took the number: the next attempt reads the new maximum.
      if (!isUniqueViolation(error)) throw error;
      created = await create();
    }
    await this.recordChange(actor, 'version.create', template.id, null, created, request);
    return created;
  }

  /** Moves a label: promote, roll back, or split traffic across versions by weight. */
  async setLabel(
    actor: Actor,
    id: string,
    name: string,
    input: SetPromptLabelInput,
    request?: FastifyRequest,
  ): Promise<PromptTemplateRecord> {
    const template = await this.template(actor, id);
    const versions = await this.repository.versions(template.id);
    const split = input.versions.map((entry, index) => {
      const version = versions.find((v) => v.version === entry.version);
      if (version === undefined) {
        throw invalid(`prompt has no version ${entry.version}`, `versions.${index}.version`);
      }
      return { versionId: version.id, weight: entry.weight };
    });
    await this.repository.setLabel(template.id, name, split);
    const after = await this.template(actor, template.id);
    await this.recordChange(
      actor,
      'label.update',
      template.id,
      { label: name, versions: template.labels[name] ?? null },
      { label: name, versions: after.labels[name] ?? null },
      request,
    );
    return after;
  }

  /** Removes a label; callers naming it then get a 404 from the gateway. */
  async deleteLabel(
    actor: Actor,
    id: string,
    name: string,
    request?: FastifyRequest,
  ): Promise<PromptTemplateRecord> {
    const template = await this.template(actor, id);
    if (!(await this.repository.deleteLabel(template.id, name)))
      throw notFound('Prompt label', 'name');
    await this.recordChange(
      actor,
      'label.delete',
      template.id,
      { label: name, versions: template.labels[name] ?? null },
      null,
      request,
    );
    return this.template(actor, template.id);
  }

  async diff(actor: Actor, id: string, from: number, to: number): Promise<PromptVersionDiff> {
    const template = await this.template(actor, id);
    const [a, b] = await Promise.all([
      this.repository.version(template.id, from),
      this.repository.version(template.id, to),
    ]);
    if (a === null) throw notFound('Prompt version', 'from');
    if (b === null) throw notFound('Prompt version', 'to');
    return diffPromptVersions(a, b);
  }

  /** Renders like the gateway would (same pick and render functions), without calling a model. */
  async render(actor: Actor, id: string, input: RenderPromptInput) {
    const template = await this.template(actor, id);
    const versions = await this.repository.versions(template.id);
    try {
      const picked = pickPromptVersion(
        { slug: template.slug, versions, labels: template.labels },
        { version: input.version, label: input.label },
        Math.random,
      );
      const rendered = renderPrompt(picked, input.variables);
      const label = input.version === undefined ? (input.label ?? 'production') : null;
      return { version: picked.version, label, ...rendered };
    } catch (error) {
      if (error instanceof PromptRenderError) {
        throw new ServiceHttpError(400, error.code, error.message, 'variables');
      }
      if (error instanceof PromptPickError) {
        throw new ServiceHttpError(
          404,
          error.code,
          error.message,
          input.version === undefined ? 'label' : 'version',
        );
      }
      throw error;
    }
  }

  /**
   * Requests, errors, cost and latency per version from the rollups, to judge an A/B split (a
   * DEVELOPER counts their teams' traffic only).
   */
  async metrics(actor: Actor, id: string, query: PromptMetricsQuery) {
    const template = await this.template(actor, id);
    const versions = await this.repository.versions(template.id);
    const range = rollupRange(new Date(query.from), new Date(query.to));
    const filter = { orgId: actor.orgId, ...range, teamIds: teamScope(actor), where: {} };
    const sums = await this.usage.sums(filter, ['promptVersion'], false);
    const totals = await Promise.all(
      versions.flatMap((v) => {
        const row = sums.find((s) => s.keys[0] === v.id);
        if (row === undefined) return [];
        const where = { promptVersion: v.id };
        return [
          this.usage
            .histogram({ ...filter, where })
            .then((histogram) => ({ ...row, promptVersionId: v.id, histogram })),
        ];
      }),
    );
    return {
      from: range.start.toISOString(),
      to: range.end.toISOString(),
      bucket: range.bucket,
      versions: versions.map((v) => toVersionMetrics(v, template.labels, totals)),
    };
  }
}

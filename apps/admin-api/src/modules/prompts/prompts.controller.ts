import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Put,
  Query,
  Req,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RequirePermission } from '../../auth/rbac/require-permission.decorator.js';
import { parseInput } from '../../http/parse-input.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import { notFound } from '../resource-support/resource-errors.js';
import {
  createPromptSchema,
  createPromptVersionSchema,
  labelNameSchema,
  listPromptsQuerySchema,
  promptDetailSchema,
  promptDiffQuerySchema,
  promptDiffSchema,
  promptMetricsQuerySchema,
  promptMetricsSchema,
  promptPageSchema,
  promptSummarySchema,
  promptVersionSchema,
  renderedPromptSchema,
  renderPromptSchema,
  setPromptLabelSchema,
} from './dto/prompt.schema.js';
import { PromptsService } from './prompts.service.js';

const tags = ['prompts'];

function versionNumber(raw: string): number {
  const parsed = z.coerce.number().int().min(1).safeParse(raw);
  if (!parsed.success) throw notFound('Prompt version', 'version');
  return parsed.data;
}

@Controller('api/v1/prompts')
export class PromptsController {
  constructor(@Inject(PromptsService) private readonly service: PromptsService) {}

  @Get()
  @RequirePermission('prompts.read')
  @ApiDoc({
    summary: 'List prompt templates',
    tags,
    query: listPromptsQuerySchema,
    response: promptPageSchema,
  })
  list(@CurrentActor() actor: Actor, @Query() query: unknown) {
    return this.service.list(actor, parseInput(listPromptsQuerySchema, query, 'query'));
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('prompts.write')
  @ApiDoc({
    summary: 'Create a prompt template (add versions next)',
    tags,
    body: createPromptSchema,
    response: promptSummarySchema,
    status: 201,
  })
  create(@CurrentActor() actor: Actor, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.service.create(actor, parseInput(createPromptSchema, body, 'body'), request);
  }

  @Get(':id')
  @RequirePermission('prompts.read')
  @ApiDoc({
    summary: 'Get a prompt template with its versions and labels',
    tags,
    response: promptDetailSchema,
  })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.service.detail(actor, id);
  }

  @Post(':id/versions')
  @HttpCode(201)
  @RequirePermission('prompts.write')
  @ApiDoc({
    summary: 'Create the next version (versions are immutable; there is no update)',
    tags,
    body: createPromptVersionSchema,
    response: promptVersionSchema,
    status: 201,
  })
  createVersion(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ) {
    return this.service.createVersion(
      actor,
      id,
      parseInput(createPromptVersionSchema, body, 'body'),
      request,
    );
  }

  @Get(':id/versions/:version')
  @RequirePermission('prompts.read')
  @ApiDoc({ summary: 'Get one version', tags, response: promptVersionSchema })
  getVersion(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('version') version: string,
  ) {
    return this.service.version(actor, id, versionNumber(version));
  }

  @Put(':id/labels/:name')
  @RequirePermission('prompts.write')
  @ApiDoc({
    summary: 'Point a label at versions: promote, roll back, or split traffic by weight (A/B)',
    tags,
    body: setPromptLabelSchema,
    response: promptSummarySchema,
  })
  setLabel(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('name') name: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ) {
    const label = parseInput(z.object({ name: labelNameSchema }), { name }, 'query').name;
    return this.service.setLabel(
      actor,
      id,
      label,
      parseInput(setPromptLabelSchema, body, 'body'),
      request,
    );
  }

  @Delete(':id/labels/:name')
  @RequirePermission('prompts.write')
  @ApiDoc({ summary: 'Remove a label', tags, response: promptSummarySchema })
  deleteLabel(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('name') name: string,
    @Req() request: FastifyRequest,
  ) {
    return this.service.deleteLabel(actor, id, name, request);
  }

  @Get(':id/diff')
  @RequirePermission('prompts.read')
  @ApiDoc({
    summary: 'Line diff of two versions (messages, model, parameters, variables)',
    tags,
    query: promptDiffQuerySchema,
    response: promptDiffSchema,
  })
  diff(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() query: unknown) {
    const { from, to } = parseInput(promptDiffQuerySchema, query, 'query');
    return this.service.diff(actor, id, from, to);
  }

  @Post(':id/render')
  @HttpCode(200)
  @RequirePermission('prompts.read')
  @ApiDoc({
    summary: 'Preview: render a version (explicit, or by label with its A/B split) with variables',
    tags,
    body: renderPromptSchema,
    response: renderedPromptSchema,
  })
  render(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: unknown) {
    return this.service.render(actor, id, parseInput(renderPromptSchema, body, 'body'));
  }

  @Get(':id/metrics')
  @RequirePermission('prompts.read')
  @ApiDoc({
    summary: 'Requests, errors, cost and latency per version (from the rollups)',
    tags,
    query: promptMetricsQuerySchema,
    response: promptMetricsSchema,
  })
  metrics(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() query: unknown) {
    return this.service.metrics(actor, id, parseInput(promptMetricsQuerySchema, query, 'query'));
  }
}

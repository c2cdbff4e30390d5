import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RequirePermission } from '../../auth/rbac/require-permission.decorator.js';
import { parseInput } from '../../http/parse-input.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import {
  createGuardrailPolicySchema,
  listGuardrailPoliciesQuerySchema,
  guardrailPolicyPageSchema,
  guardrailPolicySchema,
  updateGuardrailPolicySchema,
} from './dto/guardrail-policy.schema.js';
import { GuardrailPoliciesService } from './guardrail-policies.service.js';

const tags = ['guardrail-policies'];

@Controller('api/v1/guardrail-policies')
export class GuardrailPoliciesController {
  constructor(
    @Inject(GuardrailPoliciesService) private readonly service: GuardrailPoliciesService,
  ) {}

  @Get()
  @RequirePermission('guardrail-policies.read')
  @ApiDoc({
    summary: 'List guardrail policies',
    tags,
    query: listGuardrailPoliciesQuerySchema,
    response: guardrailPolicyPageSchema,
  })
  list(@CurrentActor() actor: Actor, @Query() query: unknown) {
    return this.service.list(actor, parseInput(listGuardrailPoliciesQuerySchema, query, 'query'));
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('guardrail-policies.write')
  @ApiDoc({
    summary: 'Create a guardrail policy (DLP detectors, injection scoring)',
    tags,
    body: createGuardrailPolicySchema,
    response: guardrailPolicySchema,
    status: 201,
  })
  create(@CurrentActor() actor: Actor, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.service.create(
      actor,
      parseInput(createGuardrailPolicySchema, body, 'body'),
      request,
    );
  }

  @Get(':id')
  @RequirePermission('guardrail-policies.read')
  @ApiDoc({ summary: 'Get a guardrail policy', tags, response: guardrailPolicySchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.service.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission('guardrail-policies.write')
  @ApiDoc({
    summary: 'Update a guardrail policy',
    tags,
    body: updateGuardrailPolicySchema,
    response: guardrailPolicySchema,
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ) {
    return this.service.update(
      actor,
      id,
      parseInput(updateGuardrailPolicySchema, body, 'body'),
      request,
    );
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('guardrail-policies.write')
  @ApiDoc({
    summary: 'Delete a guardrail policy (products fall back to the default)',
    tags,
    status: 204,
  })
  async delete(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ) {
    await this.service.delete(actor, id, request);
  }
}

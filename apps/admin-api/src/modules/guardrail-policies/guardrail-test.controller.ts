import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RequirePermission } from '../../auth/rbac/require-permission.decorator.js';
import { parseInput } from '../../http/parse-input.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import {
  guardrailTestResultSchema,
  testDraftPolicySchema,
  testSavedPolicySchema,
} from './dto/guardrail-test.schema.js';
import { GuardrailTestService } from './guardrail-test.service.js';

const tags = ['guardrail-policies'];
const description =
  'Runs the detectors and the prompt-injection scorer the gateway runs. Returns the verdict, ' +
  'findings as offsets (never the matched values), the redacted/masked text and the injection ' +
  'score. Nothing is stored or logged.';

@Controller('api/v1/guardrail-policies')
export class GuardrailTestController {
  constructor(@Inject(GuardrailTestService) private readonly service: GuardrailTestService) {}

  @Post('test')
  @HttpCode(200)
  @RequirePermission('guardrails.test')
  @ApiDoc({
    summary: 'Test a text against a draft policy side (before saving it)',
    description,
    tags,
    body: testDraftPolicySchema,
    response: guardrailTestResultSchema,
  })
  testDraft(@Body() body: unknown) {
    return this.service.testDraft(parseInput(testDraftPolicySchema, body, 'body'));
  }

  @Post(':id/test')
  @HttpCode(200)
  @RequirePermission('guardrails.test')
  @ApiDoc({
    summary: 'Test a text against a saved guardrail policy (input or output side)',
    description,
    tags,
    body: testSavedPolicySchema,
    response: guardrailTestResultSchema,
  })
  testSaved(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: unknown) {
    return this.service.testSaved(actor, id, parseInput(testSavedPolicySchema, body, 'body'));
  }
}

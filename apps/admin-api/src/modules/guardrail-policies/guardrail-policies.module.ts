import { Module } from '@nestjs/common';
import { ResourceSupportModule } from '../resource-support/resource-support.module.js';
import { GuardrailPoliciesController } from './guardrail-policies.controller.js';
import { GuardrailPoliciesRepository } from './guardrail-policies.repository.js';
import { GuardrailPoliciesService } from './guardrail-policies.service.js';
import { GuardrailTestController } from './guardrail-test.controller.js';
import { GuardrailTestService } from './guardrail-test.service.js';

@Module({
  imports: [ResourceSupportModule],
  controllers: [GuardrailPoliciesController, GuardrailTestController],
  providers: [GuardrailPoliciesRepository, GuardrailPoliciesService, GuardrailTestService],
  exports: [GuardrailPoliciesService],
})
export class GuardrailPoliciesModule {}

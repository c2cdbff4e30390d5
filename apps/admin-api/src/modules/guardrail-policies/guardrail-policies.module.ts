import { Module } from '@nestjs/common';
import { ResourceSupportModule } from '../resource-support/resource-support.module.js';
import { GuardrailPoliciesController } from './guardrail-policies.controller.js';
import { GuardrailPoliciesRepository } from './guardrail-policies.repository.js';
import { GuardrailPoliciesService } from './guardrail-policies.service.js';

@Module({
  imports: [ResourceSupportModule],
  controllers: [GuardrailPoliciesController],
  providers: [GuardrailPoliciesRepository, GuardrailPoliciesService],
  exports: [GuardrailPoliciesService],
})
export class GuardrailPoliciesModule {}

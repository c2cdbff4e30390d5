import { Module } from '@nestjs/common';
import { ResourceSupportModule } from '../resource-support/resource-support.module.js';
import { UsageModule } from '../usage/usage.module.js';
import { PromptsController } from './prompts.controller.js';
import { PromptsRepository } from './prompts.repository.js';
import { PromptsService } from './prompts.service.js';

@Module({
  imports: [ResourceSupportModule, UsageModule],
  controllers: [PromptsController],
  providers: [PromptsRepository, PromptsService],
})
export class PromptsModule {}

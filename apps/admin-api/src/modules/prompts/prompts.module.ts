import { Module } from '@nestjs/common';
import { ResourceSupportModule } from '../resource-support/resource-support.module.js';
import { PromptsController } from './prompts.controller.js';
import { PromptsRepository } from './prompts.repository.js';
import { PromptsService } from './prompts.service.js';

@Module({
  imports: [ResourceSupportModule],
  controllers: [PromptsController],
  providers: [PromptsRepository, PromptsService],
})
export class PromptsModule {}

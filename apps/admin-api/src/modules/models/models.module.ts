import { Module } from '@nestjs/common';
import { ResourceSupportModule } from '../resource-support/resource-support.module.js';
import { ModelsController } from './models.controller.js';
import { ModelsRepository } from './models.repository.js';
import { ModelsService } from './models.service.js';

@Module({
  imports: [ResourceSupportModule],
  controllers: [ModelsController],
  providers: [ModelsRepository, ModelsService],
  exports: [ModelsService],
})
export class ModelsModule {}

import { Module } from '@nestjs/common';
import { ProductsModule } from '../products/products.module.js';
import { ResourceSupportModule } from '../resource-support/resource-support.module.js';
import { PlansController } from './plans.controller.js';
import { PlansRepository } from './plans.repository.js';
import { PlansService } from './plans.service.js';

@Module({
  imports: [ResourceSupportModule, ProductsModule],
  controllers: [PlansController],
  providers: [PlansRepository, PlansService],
  exports: [PlansService],
})
export class PlansModule {}

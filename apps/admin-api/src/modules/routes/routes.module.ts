import { Module } from '@nestjs/common';
import { ProductsModule } from '../products/products.module.js';
import { ResourceSupportModule } from '../resource-support/resource-support.module.js';
import { RoutesController } from './routes.controller.js';
import { RoutesRepository } from './routes.repository.js';
import { RoutesService } from './routes.service.js';

@Module({
  imports: [ResourceSupportModule, ProductsModule],
  controllers: [RoutesController],
  providers: [RoutesRepository, RoutesService],
})
export class RoutesModule {}

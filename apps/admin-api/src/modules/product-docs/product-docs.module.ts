import { Module } from '@nestjs/common';
import { ProductDocsController } from './product-docs.controller.js';
import { ProductDocsRepository } from './product-docs.repository.js';
import { ProductDocsService } from './product-docs.service.js';

@Module({
  controllers: [ProductDocsController],
  providers: [ProductDocsRepository, ProductDocsService],
})
export class ProductDocsModule {}

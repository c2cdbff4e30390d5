import { Controller, Get, Inject, Param } from '@nestjs/common';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RequirePermission } from '../../auth/rbac/require-permission.decorator.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import { ProductDocsService } from './product-docs.service.js';

@Controller('api/v1/products')
export class ProductDocsController {
  constructor(@Inject(ProductDocsService) private readonly service: ProductDocsService) {}

  @Get(':idOrSlug/openapi.json')
  @RequirePermission('products.read')
  @ApiDoc({
    summary:
      'The product’s OpenAPI 3.1 document for gateway callers (generated for AI products; the stored one, pointed at the gateway, for REST)',
    tags: ['products'],
    produces: ['application/json'],
  })
  document(@CurrentActor() actor: Actor, @Param('idOrSlug') idOrSlug: string) {
    return this.service.document(actor, idOrSlug);
  }
}

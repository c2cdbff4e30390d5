import {
  buildAiProductOpenApi,
  resolveProductModels,
  wrapRestProductOpenApi,
} from '@gatehouse/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor.js';
import type { AdminApiEnv } from '../../env.js';
import { ADMIN_API_ENV } from '../../tokens.js';
import { notFound } from '../resource-support/resource-errors.js';
import { isUuid } from '../resource-support/resource-ids.js';
import { seesWholeCatalog } from '../resource-support/team-access.js';
import { ProductDocsRepository } from './product-docs.repository.js';

/** The OpenAPI 3.1 document callers of a product use against the gateway. */
@Injectable()
export class ProductDocsService {
  constructor(
    @Inject(ProductDocsRepository) private readonly repository: ProductDocsRepository,
    @Inject(ADMIN_API_ENV) private readonly env: AdminApiEnv,
  ) {}

  async document(actor: Actor, idOrSlug: string): Promise<Record<string, unknown>> {
    const ref = isUuid(idOrSlug) ? { id: idOrSlug.toLowerCase() } : { slug: idOrSlug };
    const product = await this.repository.product(actor.orgId, ref);
    const whole = seesWholeCatalog(actor);
    if (product === null || (!whole && (product.visibility === 'PRIVATE' || product.archived))) {
      throw notFound('Product');
    }
    const gatewayUrl = this.env.GATEWAY_PUBLIC_URL;
    if (product.kind !== 'AI') {
      if (product.openApiDocument === null) throw notFound('OpenAPI document of this product');
      return wrapRestProductOpenApi(product.openApiDocument, { slug: product.slug, gatewayUrl });
    }
    // A developer's document lists what the public plans allow; admins see every plan's models.
    const plans = whole ? product.plans : product.plans.filter((p) => p.isPublic);
    const models = resolveProductModels({
      models: await this.repository.models(actor.orgId),
      routes: product.routes,
      plans,
    });
    return buildAiProductOpenApi({ product, models, gatewayUrl });
  }
}

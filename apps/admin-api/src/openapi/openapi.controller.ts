import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Controller, Get, Header, Inject, Param, Res } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { ServiceHttpError } from '@gatehouse/service-kit';
import type { FastifyReply } from 'fastify';
import { createRequire } from 'node:module';
import { Public } from '../auth/rbac/require-permission.decorator.js';
import { ApiDoc } from './api-doc.decorator.js';
import { buildOpenApiDocument } from './build-openapi-document.js';
import { listRoutes, type RouteInfo } from './list-routes.js';
import { swaggerPage } from './swagger-page.js';

const require = createRequire(import.meta.url);
const SWAGGER_DIR = (
  require('swagger-ui-dist') as { getAbsoluteFSPath: () => string }
).getAbsoluteFSPath();

// The only files served from swagger-ui-dist, with their content types.
const ASSETS: Readonly<Record<string, string>> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

/** `/api/openapi.json` from every `@ApiDoc` route, and Swagger UI at `/api/docs` (no CDN). */
@Controller('api')
@Public()
export class OpenApiController {
  private document: Record<string, unknown> | undefined;

  constructor(@Inject(DiscoveryService) private readonly discovery: DiscoveryService) {}

  /** Every route registered in the app (also used by the RBAC matrix test). */
  routes(): RouteInfo[] {
    const controllers = this.discovery
      .getControllers()
      .map((wrapper) => wrapper.metatype)
      .filter((metatype): metatype is NonNullable<typeof metatype> => metatype !== null);
    return listRoutes(controllers);
  }

  @Get('openapi.json')
  @ApiDoc({ summary: 'This OpenAPI document', tags: ['meta'], produces: ['application/json'] })
  openapi(): Record<string, unknown> {
    this.document ??= buildOpenApiDocument(this.routes(), {
      title: 'Gatehouse admin API',
      version: '1.0.0',
    });
    return this.document;
  }

  @Get('docs')
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiDoc({ summary: 'Swagger UI', tags: ['meta'], produces: ['text/html'] })
  docs(): string {
    return swaggerPage('/api/openapi.json', '/api/docs/');
  }

  @Get('docs/:asset')
  @ApiDoc({ summary: 'Swagger UI static asset', tags: ['meta'], produces: ['*/*'] })
  async asset(@Param('asset') asset: string, @Res() reply: FastifyReply): Promise<void> {
    const type = Object.hasOwn(ASSETS, asset) ? ASSETS[asset] : undefined;
    if (!type) throw new ServiceHttpError(404, 'not_found', `No such asset: ${asset}`);
    const body = await readFile(join(SWAGGER_DIR, asset));
    await reply
      .code(200)
      .header('content-type', type)
      .header('cache-control', 'public, max-age=3600')
      .send(body);
  }
}

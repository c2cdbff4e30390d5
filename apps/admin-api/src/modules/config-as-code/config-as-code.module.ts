import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { ResourceSupportModule } from '../resource-support/resource-support.module.js';
import { ConfigAsCodeController } from './config-as-code.controller.js';
import { ConfigAsCodeService } from './config-as-code.service.js';
import { ConfigReadRepository } from './config-read.repository.js';
import { ConfigWriteRepository } from './config-write.repository.js';

const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml'];

/** `GET /api/v1/config/export` and `POST /api/v1/config/apply` (YAML in and out). */
@Module({
  imports: [ResourceSupportModule],
  controllers: [ConfigAsCodeController],
  providers: [ConfigAsCodeService, ConfigReadRepository, ConfigWriteRepository],
})
export class ConfigAsCodeModule implements OnModuleInit {
  constructor(@Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost) {}

  // YAML bodies arrive as text (Fastify parses only JSON and text/plain by itself).
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (fastify === undefined || fastify.hasContentTypeParser('application/yaml')) return;
    fastify.addContentTypeParser(YAML_TYPES, { parseAs: 'string' }, (_request, body, done) =>
      done(null, body),
    );
  }
}

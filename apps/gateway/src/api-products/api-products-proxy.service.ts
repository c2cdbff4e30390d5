import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { RotationState } from '@gatehouse/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toOpenAiError } from '../http/errors/to-openai-error.js';
import { callerOf, identifyCaller } from '../pipeline/identify-caller.js';
import { GatewayRuntime } from '../runtime/gateway-runtime.js';
import { forwardToUpstream } from './forward-to-upstream.js';

type ProxyParams = { product: string; '*'?: string };

/**
 * Registers ANY /apis/{product}/* straight on Fastify, in its own plugin scope whose only
 * content-type parser leaves the body unread: REST and GraphQL bodies of any type stream to the
 * upstream untouched instead of being parsed and re-serialised.
 */
@Injectable()
export class ApiProductsProxy implements OnModuleInit {
  private readonly rotations = new Map<string, RotationState>();

  constructor(
    @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost,
    @Inject(GatewayRuntime) private readonly runtime: GatewayRuntime,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    void fastify.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
      scope.setErrorHandler((error, _request, reply) => {
        const rendered = toOpenAiError(error);
        void reply.code(rendered.status).send(rendered.body);
      });
      const handler = (request: FastifyRequest, reply: FastifyReply) => this.handle(request, reply);
      scope.all('/apis/:product', handler);
      scope.all('/apis/:product/*', handler);
    });
  }

  private async handle(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const params = request.params as ProxyParams;
    await this.runtime.run('/apis', request, reply, async (call) => {
      const snapshot = this.runtime.snapshot();
      const principal = await identifyCaller(request.headers, snapshot, this.runtime.deps);
      call.caller = callerOf(principal);
      call.productSlug = params.product;
      await forwardToUpstream({
        call,
        snapshot,
        principal,
        productSlug: params.product,
        path: `/${params['*'] ?? ''}`,
        now: this.runtime.deps.now(),
        upstream: this.runtime.deps.upstream,
        rotations: this.rotations,
      });
    });
    return reply;
  }
}

import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MESSAGES_PIPELINE } from '../pipeline/pipelines.js';
import { GatewayRuntime } from '../runtime/gateway-runtime.js';

/** Anthropic's Messages API in front of any provider (errors in Anthropic's shape, see the filter). */
@Controller('v1')
export class MessagesController {
  constructor(@Inject(GatewayRuntime) private readonly runtime: GatewayRuntime) {}

  @Post('messages')
  @HttpCode(200)
  async create(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.runtime.runLlm('/v1/messages', request, reply, MESSAGES_PIPELINE);
  }
}

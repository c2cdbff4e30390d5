import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CHAT_COMPLETIONS_PIPELINE, EMBEDDINGS_PIPELINE } from '../pipeline/pipelines.js';
import { GatewayRuntime } from '../runtime/gateway-runtime.js';

/** OpenAI's Chat Completions and Embeddings APIs over every configured provider. */
@Controller('v1')
export class ChatCompletionsController {
  constructor(@Inject(GatewayRuntime) private readonly runtime: GatewayRuntime) {}

  @Post('chat/completions')
  @HttpCode(200)
  async chatCompletions(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.runtime.runLlm('/v1/chat/completions', request, reply, CHAT_COMPLETIONS_PIPELINE);
  }

  @Post('embeddings')
  @HttpCode(200)
  async embeddings(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.runtime.runLlm('/v1/embeddings', request, reply, EMBEDDINGS_PIPELINE);
  }
}

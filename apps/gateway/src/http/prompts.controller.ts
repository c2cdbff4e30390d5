import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROMPT_COMPLETIONS_PIPELINE } from '../pipeline/pipelines.js';
import { GatewayRuntime } from '../runtime/gateway-runtime.js';

/** Runs a managed prompt: `{ variables, version?, label?, stream?, model? }` → a chat completion. */
@Controller('v1/prompts')
export class PromptsController {
  constructor(@Inject(GatewayRuntime) private readonly runtime: GatewayRuntime) {}

  @Post(':slug/completions')
  @HttpCode(200)
  async complete(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.runtime.runLlm(
      '/v1/prompts/completions',
      request,
      reply,
      PROMPT_COMPLETIONS_PIPELINE,
    );
  }
}

import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RequirePermission } from '../../auth/rbac/require-permission.decorator.js';
import { parseInput } from '../../http/parse-input.js';
import { ApiDoc } from '../../openapi/api-doc.decorator.js';
import {
  createProductSchema,
  listProductsQuerySchema,
  productPageSchema,
  productSchema,
  updateProductSchema,
} from './dto/product.schema.js';
import { ProductsService } from './products.service.js';

const tags = ['products'];

@Controller('api/v1/products')
export class ProductsController {
  constructor(@Inject(ProductsService) private readonly service: ProductsService) {}

  @Get()
  @RequirePermission('products.read')
  @ApiDoc({
    summary: 'List API products (developers see no PRIVATE ones)',
    tags,
    query: listProductsQuerySchema,
    response: productPageSchema,
  })
  list(@CurrentActor() actor: Actor, @Query() query: unknown) {
    return this.service.list(actor, parseInput(listProductsQuerySchema, query, 'query'));
  }

  @Post()
  @HttpCode(201)
  @RequirePermission('products.write')
  @ApiDoc({
    summary: 'Create an AI, REST or GraphQL product',
    tags,
    body: createProductSchema,
    response: productSchema,
    status: 201,
  })
  create(@CurrentActor() actor: Actor, @Body() body: unknown, @Req() request: FastifyRequest) {
    return this.service.create(actor, parseInput(createProductSchema, body, 'body'), request);
  }

  @Get(':id')
  @RequirePermission('products.read')
  @ApiDoc({ summary: 'Get a product (with its OpenAPI document)', tags, response: productSchema })
  get(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.service.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission('products.write')
  @ApiDoc({
    summary: 'Update a product (upstream credentials replaced when given)',
    tags,
    body: updateProductSchema,
    response: productSchema,
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ) {
    return this.service.update(actor, id, parseInput(updateProductSchema, body, 'body'), request);
  }

  @Delete(':id')
  @RequirePermission('products.write')
  @ApiDoc({ summary: 'Archive a product (leaves the catalog)', tags, response: productSchema })
  archive(@CurrentActor() actor: Actor, @Param('id') id: string, @Req() request: FastifyRequest) {
    return this.service.archive(actor, id, request);
  }
}

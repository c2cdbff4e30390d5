import { SetMetadata } from '@nestjs/common';
import type { z } from 'zod';

export const API_DOC_METADATA = 'gatehouse:api-doc';

/** How one route is described in `/api/openapi.json`. Schemas are the ones the route parses. */
export type ApiDocOptions = {
  summary: string;
  tags: string[];
  /** JSON request body. */
  body?: z.ZodType;
  /** Query parameters (an object schema; each key becomes a parameter). */
  query?: z.ZodType;
  /** 2xx response body; omit for an empty response. */
  response?: z.ZodType;
  /** Success status (default 200; 201 for creations, 204 for deletions). */
  status?: number;
  /** Non-JSON success content type (e.g. `text/csv`) instead of `response`. */
  produces?: string[];
  description?: string;
};

/** Describes a route for the admin API's OpenAPI document. Every route gets one. */
export const ApiDoc = (options: ApiDocOptions): MethodDecorator =>
  SetMetadata(API_DOC_METADATA, options);

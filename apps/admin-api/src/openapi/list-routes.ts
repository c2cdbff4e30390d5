import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { PERMISSION_METADATA, PUBLIC_METADATA } from '../auth/rbac/require-permission.decorator.js';
import { API_DOC_METADATA, type ApiDocOptions } from './api-doc.decorator.js';

/** One HTTP route as registered with Nest, with what the guard and the docs know about it. */
export type RouteInfo = {
  method: string;
  /** Nest style, e.g. `/api/v1/teams/:id`. */
  path: string;
  controller: string;
  handler: string;
  permission: string | null;
  isPublic: boolean;
  doc: ApiDocOptions | null;
};

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- Nest's metatype type
type ControllerClass = Function;

function joinPath(...parts: string[]): string {
  const joined = parts
    .flatMap((p) => p.split('/'))
    .filter((s) => s !== '')
    .join('/');
  return `/${joined}`;
}

function pathsOf(target: object): string[] {
  const value: unknown = Reflect.getMetadata(PATH_METADATA, target);
  if (Array.isArray(value)) return value.map(String);
  return [typeof value === 'string' ? value : '/'];
}

function metadata<T>(key: string, handler: object, controller: object): T | undefined {
  return (Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller)) as
    T | undefined;
}

function handlerNames(controller: ControllerClass): string[] {
  const proto = controller.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(proto).filter(
    (name) =>
      name !== 'constructor' &&
      typeof proto[name] === 'function' &&
      Reflect.getMetadata(METHOD_METADATA, proto[name] as object) !== undefined,
  );
}

/** Every route of the given controllers (what Nest registered), in declaration order. */
export function listRoutes(controllers: readonly ControllerClass[]): RouteInfo[] {
  return controllers.flatMap((controller) =>
    handlerNames(controller).flatMap((name) => {
      const handler = (controller.prototype as Record<string, object>)[name] as object;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const base = {
        method: method ?? 'GET',
        controller: controller.name,
        handler: name,
        permission: metadata<string>(PERMISSION_METADATA, handler, controller) ?? null,
        isPublic: metadata<boolean>(PUBLIC_METADATA, handler, controller) === true,
        doc: (Reflect.getMetadata(API_DOC_METADATA, handler) as ApiDocOptions | undefined) ?? null,
      };
      return pathsOf(controller).flatMap((prefix) =>
        pathsOf(handler).map((path) => ({ ...base, path: joinPath(prefix, path) })),
      );
    }),
  );
}

export * from './http/access-log.js';
export * from './http/classify-http-error.js';
export * from './http/request-id.js';
export * from './io/redis-connection.js';
export * from './io/config-channel.js';
export * from './logging/create-logger.js';
export * from './logging/pino-nest-logger.js';
export * from './http/create-fastify-app.js';

// Injection tokens for values that are not classes.
export const ADMIN_API_ENV = Symbol('ADMIN_API_ENV');
export const LOGGER = Symbol('LOGGER');
export const REDIS_PROFILE = Symbol('REDIS_PROFILE');

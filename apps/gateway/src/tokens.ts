// Injection tokens for values that are not classes.
export const GATEWAY_ENV = Symbol('GATEWAY_ENV');
export const LOGGER = Symbol('LOGGER');

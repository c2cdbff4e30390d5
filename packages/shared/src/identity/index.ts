export * from './decide-login-throttle.js';
export * from './decide-signup.js';

export * from './extract-credential.js';
export * from './map-jwt-claims.js';
export * from './read-claim-path.js';

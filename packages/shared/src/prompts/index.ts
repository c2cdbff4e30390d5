export * from './prompt-schemas.js';
export * from './prompt-placeholders.js';
export * from './prompt-version-input.js';
export * from './render-prompt.js';
export * from './pick-prompt-version.js';
export * from './diff-lines.js';
export * from './diff-prompt-versions.js';

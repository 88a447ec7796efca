export * from './types.js';
export * from './library.js';
export * from './select.js';
export * from './similarity.js';
export * from './wording.js';

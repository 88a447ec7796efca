export * from './types.js';
export * from './ideas.js';

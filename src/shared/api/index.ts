export * from './common.js';
export * from './auth.js';
export * from './couples.js';
export * from './me.js';
export * from './events.js';
export * from './items.js';
export * from './prompts.js';
export * from './notifications.js';

import { appreciationContentSchema, THANKS_MAX } from '../../shared/appreciations/content.js';
import { contentReader } from '../scheduled/index.js';

/*
 * What a thank-you says lives in src/shared (one schema per kind, src/shared/kinds.ts); this
 * reads content that is already typed.
 */

export { appreciationContentSchema, THANKS_MAX };

/** Opened content as an appreciation, or null. */
export const asAppreciation = contentReader(appreciationContentSchema);

import * as rruleModule from 'rrule';

type RRuleModule = typeof rruleModule;

/*
 * rrule 2.8.1 publishes a UMD bundle as "main" and ES modules only under the non-standard
 * "module" field, with no "exports" map. Node's own ESM loader (the compiled server) therefore
 * sees a CommonJS module whose only export is `default`, while Vite and Vitest see real named
 * exports. A namespace import plus this fallback works under every loader we run
 * (jkbrzt/rrule#419, #548); `import { RRule } from 'rrule'` would crash the built server.
 */
const loaded = rruleModule as RRuleModule & { default?: RRuleModule };
const lib: RRuleModule = typeof loaded.RRule === 'function' ? loaded : (loaded.default ?? loaded);

/** The rrule library's RRule class, resolved for whichever module loader is running. */
export const RRule = lib.RRule;
/** The rrule library's RFC 5545 text parser, resolved the same way. */
export const rrulestr = lib.rrulestr;
/** Instance type of {@link RRule}. */
export type RRuleInstance = InstanceType<RRuleModule['RRule']>;

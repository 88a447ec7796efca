/* The private safety check's content schema (a private-only item kind) and the quiet hold's API shapes. */
export { safetyCheckContentSchema, safetyCheckDismissedSchema, safetyCheckTakenSchema, type SafetyCheckTaken } from './content.js';

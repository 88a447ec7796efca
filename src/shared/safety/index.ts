/* The private safety check's content schema (a private-only item kind) and the quiet hold's API shapes. */
export { safetyCheckContent, safetyCheckContentSchema, safetyCheckDismissedSchema, safetyCheckTakenSchema, type SafetyCheckContent, type SafetyCheckTaken } from './content.js';

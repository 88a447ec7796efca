/*
 * The private safety check (PRODUCT.md principle 5, EVIDENCE.md §5): its questions, what the
 * answers mean, when Today offers it, and the resources by country. Pure: no I/O.
 */
export { SAFETY_COUNTRIES, type SafetyCountry } from '../../shared/safety/ids.js';
export { SAFETY_ANSWER_LABELS, SAFETY_CHECK_WHY, SAFETY_QUESTIONS } from './questions.js';
export { assessSafety, SAFETY_REASON_WORDS, safetyCheckContent, type SafetyAnswers, type SafetyAssessment } from './assess.js';
export { SAFETY_CHECK_EVERY_DAYS, safetyCheckDue, type SafetyCheckHistory } from './due.js';
export { resourcesFor, SAFETY_RESOURCES } from './resources.js';
export { countryFor, ZONE_COUNTRY } from './zones.js';

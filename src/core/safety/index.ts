/*
 * The private safety check (PRODUCT.md principle 5, EVIDENCE.md §5): its questions, what the
 * answers mean, when Today offers it, and the resources by country. Pure: no I/O.
 */
export { SAFETY_ANSWER_LABELS, SAFETY_ANSWERS, SAFETY_CHECK_WHY, SAFETY_QUESTION_IDS, SAFETY_QUESTIONS, safetyQuestion, type SafetyAnswer, type SafetyQuestion, type SafetyQuestionId, type SafetyTopic } from './questions.js';
export { assessSafety, SAFETY_REASON_WORDS, type SafetyAnswers, type SafetyAssessment, type SafetyLevel } from './assess.js';
export { SAFETY_CHECK_EVERY_DAYS, safetyCheckDue, type SafetyCheckHistory } from './due.js';
export { isSafetyCountry, resourcesFor, SAFETY_COUNTRIES, SAFETY_RESOURCES, type CountryResources, type Phone, type SafetyCountry, type SafetyResource, type Verification } from './resources.js';
export { countryFor, ZONE_COUNTRY } from './zones.js';

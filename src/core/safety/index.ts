/*
 * The private safety check (PRODUCT.md principle 5, EVIDENCE.md §5): its questions, what the
 * answers mean, when Today offers it, and the resources by country. Pure: no I/O.
 */
export { SAFETY_ANSWERS, SAFETY_COUNTRIES, SAFETY_QUESTION_IDS, type SafetyAnswer, type SafetyCountry, type SafetyQuestionId } from '../../shared/safety/ids.js';
export { SAFETY_ANSWER_LABELS, SAFETY_CHECK_WHY, SAFETY_QUESTIONS, safetyQuestion, type SafetyQuestion, type SafetyTopic } from './questions.js';
export { assessSafety, SAFETY_REASON_WORDS, safetyCheckContent, type SafetyAnswers, type SafetyAssessment, type SafetyLevel } from './assess.js';
export { SAFETY_CHECK_EVERY_DAYS, safetyCheckDue, type SafetyCheckHistory } from './due.js';
export { isSafetyCountry, resourcesFor, SAFETY_RESOURCES, type CountryResources, type Phone, type SafetyResource, type Verification } from './resources.js';
export { countryFor, ZONE_COUNTRY } from './zones.js';

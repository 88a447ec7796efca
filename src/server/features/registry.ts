import { ITEM_KINDS, type ItemKind } from '../../shared/kinds.js';
import { appreciationsPractice } from './appreciations/appreciations.kinds.js';
import { scheduledPractice } from './commitments/commitments.kinds.js';
import { conversationsPractice } from './conversations/conversations.kinds.js';
import { healingPractice } from './healing/healing.kinds.js';
import type { KindRules, Practice } from './items/kinds.js';
import { notesPractice } from './notes/notes.kinds.js';
import { promptsPractice } from './prompts/prompts.kinds.js';
import { questionsPractice } from './questions/questions.kinds.js';
import { responsesPractice } from './responses/responses.kinds.js';

/**
 * Every practice that has server rules for its kinds, one line each (docs/ARCHITECTURE.md,
 * "Adding a practice"). The generic item store runs their rules; it names no kind itself.
 */
export const PRACTICES: readonly Practice[] = [
  promptsPractice,
  notesPractice,
  scheduledPractice,
  appreciationsPractice,
  responsesPractice,
  questionsPractice,
  conversationsPractice,
  healingPractice,
];

/**
 * Kinds no server rule needs: stored, shared and read exactly as they come (a private-only
 * kind still follows PRIVATE_ONLY_KINDS). Listed so that a new kind is a choice, not an oversight.
 */
export const GENERIC_KINDS: readonly ItemKind[] = [
  'reflection',
  'impact_letter',
  'apology',
  'values_reflection',
  'trigger',
  'hard_moment',
  'journal_entry',
  'day_share',
  'activity_plan',
  'questionnaire_result',
  'questionnaire_summary',
  'agreement',
  'milestone',
  'forgiveness_reflection',
  'conversation',
  'stance',
  'safety_check',
  'key_pins',
];

// Hooks a kind may have once: two practices both deciding how a kind is shared would be a bug.
const ONE_PER_KIND = ['visibleFrom', 'afterUpdate', 'share', 'heldFor'] as const;

/** Each kind's rules from every practice that declares it, checked once at start. */
function collect(practices: readonly Practice[]): Map<string, KindRules[]> {
  const out = new Map<string, KindRules[]>();
  for (const p of practices) {
    for (const [kind, rules] of Object.entries(p.kinds)) {
      if (!Object.hasOwn(ITEM_KINDS, kind)) throw new Error(`${p.name} declares rules for an unknown kind: ${kind}`);
      out.set(kind, [...(out.get(kind) ?? []), rules]);
    }
  }
  for (const [kind, list] of out) {
    for (const hook of ONE_PER_KIND) {
      if (list.filter((r) => r[hook]).length > 1) throw new Error(`More than one practice declares ${hook} for ${kind}`);
    }
  }
  return out;
}

const RULES = collect(PRACTICES);

/** Every practice's rules for a kind (empty for a generic kind, or a kind unknown to this server). */
export function rulesOf(kind: string): readonly KindRules[] {
  return RULES.get(kind) ?? [];
}

/** The one rule of a one-per-kind hook, if a practice declares it. */
export function oneRuleOf<H extends (typeof ONE_PER_KIND)[number]>(kind: string, hook: H): KindRules[H] {
  return rulesOf(kind).find((r) => r[hook])?.[hook];
}

/** The kinds some practice declares rules for. */
export const registeredKinds = (): string[] => [...RULES.keys()];

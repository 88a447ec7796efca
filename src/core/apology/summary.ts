/**
 * Words the coach says, in Mend's voice: warm, plain, even-handed, never a score. Each
 * failure pattern has a "why this can hurt" message and a kinder way to say it; the
 * summary names what is already there and the one or two things that would help most.
 */
import type { ComponentId } from './components.js';
import type { FlagId } from './flags.js';

/** Why each pattern can land badly, and a kinder rewrite. */
export const FLAG_TEXT: Record<FlagId, { message: string; suggestion: string }> = {
  feelings_focus: {
    message: 'This is about how your partner reacted, not about what you did. It can sound like the problem is their feelings.',
    suggestion: 'Name your own action instead: "I\'m sorry I [what you did]. It hurt you."',
  },
  conditional: {
    message: '"If" puts the hurt in doubt, as though it might not have happened.',
    suggestion: 'Say it plainly: "I\'m sorry I hurt you."',
  },
  no_agent: {
    message: 'No one is doing anything in this sentence, so it can sound like the hurt happened on its own.',
    suggestion: 'Put yourself in the sentence: "I made a mistake" or "I did this."',
  },
  justification: {
    message: 'What comes after "but" can cancel the apology before it, even when the reasons are real.',
    suggestion: 'End the apology with the apology. If context matters, offer it later and say it isn\'t an excuse: "There\'s no excuse for it."',
  },
  blame_shift: {
    message: 'This hands part of the blame to your partner. Even if there is more to talk about, it can make the apology feel taken back.',
    suggestion: 'Keep this about your choices: "I chose to do that. It wasn\'t your fault."',
  },
  minimizing: {
    message: 'Making it sound small can tell your partner their hurt is too big.',
    suggestion: 'Let it be as big as it feels to them: "I know this hurt you deeply."',
  },
  intent_disclaimer: {
    message: 'What you meant matters to you, but your partner lives with what happened. Leading with intent can sound like a defence.',
    suggestion: 'Start from the effect: "Whatever I meant, I hurt you, and I\'m sorry."',
  },
  vague: {
    message: 'A general apology can feel like it skips the thing that actually hurt.',
    suggestion: 'Name the specific thing: "I\'m sorry I [what you did] on [when]."',
  },
  pressure: {
    message: 'This asks your partner to be done before they are ready. Healing takes the time it takes.',
    suggestion: 'Leave the timing with them: "Take all the time you need. I\'m here when you\'re ready."',
  },
  hedged: {
    message: '"Any" and "may have" can sound like you are not sure anything happened.',
    suggestion: 'Say what you know: "I\'m sorry for the hurt I caused you."',
  },
  reinterpretation: {
    message: 'Saying it was misunderstood moves the problem to your partner\'s understanding.',
    suggestion: 'Own how it landed: "I can see why that hurt. I\'m sorry I said it."',
  },
  comparison: {
    message: 'Comparing with something worse can feel like asking for credit, not owning what happened.',
    suggestion: 'Let this stand on its own: "What I did was wrong."',
  },
  self_focus: {
    message: 'Much of this is about your own pain. That pain is real, but here it can pull attention away from your partner\'s.',
    suggestion: 'Keep your feelings for another time or another person, and centre this on them: "I know how much this has cost you."',
  },
};

// What each component adds, for the "what would make it stronger" line.
const MISSING_TEXT: Record<ComponentId, string> = {
  responsibility: 'say plainly what you did, with "I" as the one who did it',
  impact: 'name how it affected your partner, in their words if you have them',
  remorse: 'say that you\'re sorry or that you regret it',
  explanation: 'if it helps, give context without asking it to excuse anything',
  change: 'say one concrete thing you will do differently',
  repair: 'offer something to help put it right, at their pace',
  forgiveness_request: 'you can hope for forgiveness, but there\'s no need to ask for it',
};

const PRESENT_TEXT: Partial<Record<ComponentId, string>> = {
  responsibility: 'you take responsibility',
  impact: 'you name how it affected them',
  remorse: 'you say you\'re sorry',
  change: 'you say what will change',
  repair: 'you offer to make it right',
};

/** A short, warm note: what is already there, and at most two things that would help most. */
export function summarize(present: ReadonlySet<ComponentId>, flags: readonly FlagId[], isEmpty: boolean): string {
  if (isEmpty) return 'When you\'re ready, start with what you did, in your own words. There\'s no rush.';
  const parts: string[] = [];
  const has = (['responsibility', 'impact', 'remorse', 'change', 'repair'] as const).filter((c) => present.has(c)).map((c) => PRESENT_TEXT[c]!);
  if (has.length) parts.push(`You've made a start: ${joinList(has)}.`);
  else parts.push('You\'ve started putting this into words, and that matters.');

  // Priorities follow the research: responsibility first, then impact, repair and change.
  const missing = (['responsibility', 'impact', 'change', 'repair', 'remorse'] as const).filter((c) => !present.has(c)).slice(0, 2);
  const uniqueFlags = [...new Set(flags)];
  const tips: string[] = [];
  if (uniqueFlags.length) {
    const first = uniqueFlags[0]!;
    tips.push(
      uniqueFlags.length === 1
        ? `One part may land differently than you intend (${FLAG_LABEL[first]}); the note below offers another way to say it.`
        : `A few parts may land differently than you intend (${joinList(uniqueFlags.slice(0, 3).map((f) => FLAG_LABEL[f]))}); the notes below offer other ways to say them.`,
    );
  }
  if (missing.length) tips.push(`It could be stronger if you ${joinList(missing.map((c) => MISSING_TEXT[c]))}.`);
  if (!tips.length) tips.push('It covers what matters. Read it once more as your partner would, then send it when it feels true.');
  return [...parts, ...tips].join(' ');
}

/** Short human labels for flags, used in the summary. */
export const FLAG_LABEL: Record<FlagId, string> = {
  feelings_focus: 'focus on their feelings',
  conditional: 'an "if"',
  no_agent: 'no one doing it',
  justification: 'a "but"',
  blame_shift: 'shared blame',
  minimizing: 'making it small',
  intent_disclaimer: 'what you meant',
  vague: 'not naming it',
  pressure: 'hurrying them',
  hedged: '"any" or "may have"',
  reinterpretation: '"misunderstood"',
  comparison: 'a comparison',
  self_focus: 'your own pain',
};

function joinList(xs: readonly string[]): string {
  if (xs.length <= 1) return xs[0] ?? '';
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

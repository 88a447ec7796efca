import { APPRECIATION } from './decks/appreciation.js';
import { DAILY_LIFE } from './decks/daily-life.js';
import { DREAMS } from './decks/dreams.js';
import { FUN } from './decks/fun.js';
import { GROWING } from './decks/growing.js';
import { INTIMACY } from './decks/intimacy.js';
import { MEMORIES } from './decks/memories.js';
import { NEEDS_AND_FEARS } from './decks/needs-and-fears.js';
import { REBUILDING_TRUST } from './decks/rebuilding-trust.js';
import { ROOTS } from './decks/roots.js';
import type { Deck, DeckInfo, Prompt } from './types.js';

/** Every deck's title and one-sentence description, in display order. */
export const DECKS: readonly DeckInfo[] = [
  { id: 'daily_life', title: 'Daily life', description: 'Small questions about ordinary days, an easy way back to each other.' },
  { id: 'memories', title: 'Memories', description: 'Good times, old places and the people who shaped you.' },
  { id: 'appreciation', title: 'Appreciation', description: 'Noticing what the other does and is, and saying so.' },
  { id: 'dreams', title: 'Dreams', description: 'Hopes, plans and places you would like to reach, near and far.' },
  { id: 'needs_and_fears', title: 'Needs and fears', description: 'What helps you, what worries you, and how you like to be asked.' },
  { id: 'rebuilding_trust', title: 'Rebuilding trust', description: 'What helps each of you feel steady, heard and safe as you go forward.' },
  { id: 'fun', title: 'Fun', description: 'Light, playful questions for an easy moment together.' },
  { id: 'intimacy', title: 'Closeness', description: 'Tenderness, affection and feeling known, at a pace that suits you both.' },
  { id: 'roots', title: 'Where we come from', description: 'Family, childhood and the places that made each of you.' },
  { id: 'growing', title: 'Growing', description: 'Who each of you is becoming, and what you value along the way.' },
];

/** The whole prompt library, deck by deck. */
export const PROMPTS: readonly Prompt[] = [
  ...DAILY_LIFE,
  ...MEMORIES,
  ...APPRECIATION,
  ...DREAMS,
  ...NEEDS_AND_FEARS,
  ...REBUILDING_TRUST,
  ...FUN,
  ...INTIMACY,
  ...ROOTS,
  ...GROWING,
];

/**
 * Ids of prompts taken out of the library. An id is never reused, so answers saved under
 * it keep their meaning; new prompts take the next number after every live and retired id.
 */
export const RETIRED_PROMPT_IDS: readonly string[] = [];

const byId = new Map(PROMPTS.map((p) => [p.id, p]));

/** The prompt with this id, or undefined if the library has no such prompt (e.g. retired). */
export function getPrompt(id: string): Prompt | undefined {
  return byId.get(id);
}

/** A deck's title and description. */
export function deckInfo(deck: Deck): DeckInfo {
  const info = DECKS.find((d) => d.id === deck);
  if (!info) throw new RangeError(`Unknown deck: ${deck}`);
  return info;
}

/** The prompts of one deck, in library order. */
export function promptsInDeck(deck: Deck, library: readonly Prompt[] = PROMPTS): Prompt[] {
  return library.filter((p) => p.deck === deck);
}

/** A prompt's words for display, with `{partner}` replaced by the partner's name (or "your partner"). */
export function renderPrompt(text: string, partnerName?: string | null): string {
  const name = partnerName?.trim();
  return text.replace(/\{partner\}/g, (_match, offset: number) => {
    if (name) return name;
    const atStart = offset === 0 || /[.?!]\s*$/.test(text.slice(0, offset));
    return atStart ? 'Your partner' : 'your partner';
  });
}

import type { Deck, Depth, Prompt } from '../types.js';

/** One row of a deck file: a stable id, a depth and the words, exactly as shown. */
export type PromptRow = readonly [id: string, depth: Depth, text: string];

/** Turns a deck file's rows into prompts of that deck (validation lives in the tests). */
export function buildDeck(deck: Deck, rows: readonly PromptRow[]): Prompt[] {
  return rows.map(([id, depth, text]) => ({ id, deck, depth, text }));
}

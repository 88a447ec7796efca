import { z } from 'zod';

/** The prompt decks, in the order the app lists them. */
export const DECK_IDS = [
  'daily_life',
  'memories',
  'appreciation',
  'dreams',
  'needs_and_fears',
  'rebuilding_trust',
  'fun',
  'intimacy',
  'roots',
  'growing',
] as const;

/** One prompt deck's id. */
export type Deck = (typeof DECK_IDS)[number];

/** Depth levels from lightest to deepest; the order matters (see `depthRank`). */
export const DEPTHS = ['light', 'deeper', 'deep'] as const;

/** How much a prompt asks of the person answering it. */
export type Depth = (typeof DEPTHS)[number];

/** A deck's id as a zod schema, for API boundaries. */
export const DeckSchema = z.enum(DECK_IDS);

/** A depth level as a zod schema, for API boundaries. */
export const DepthSchema = z.enum(DEPTHS);

/** Shortest and longest prompt text, in characters (after `{partner}` is counted as written). */
export const PROMPT_TEXT_BOUNDS = { min: 20, max: 160 } as const;

/** A prompt id: its deck, a hyphen and three digits, e.g. `memories-012`. */
export const PromptIdSchema = z.string().regex(/^[a-z]+(?:_[a-z]+)*-\d{3}$/, 'A prompt id looks like memories-012.');

/** One conversation prompt; `text` may contain `{partner}`, filled in by `renderPrompt`. */
export const PromptSchema = z
  .object({
    id: PromptIdSchema,
    deck: DeckSchema,
    depth: DepthSchema,
    text: z.string().min(PROMPT_TEXT_BOUNDS.min).max(PROMPT_TEXT_BOUNDS.max),
  })
  .refine((p) => p.id.startsWith(`${p.deck}-`), { message: 'A prompt id starts with its deck.' });

/** One conversation prompt. */
export type Prompt = z.infer<typeof PromptSchema>;

/** A deck as people see it: a title and a one-sentence description. */
export type DeckInfo = { id: Deck; title: string; description: string };

/** Where each depth sits: light 0, deeper 1, deep 2. */
export function depthRank(depth: Depth): number {
  return DEPTHS.indexOf(depth);
}

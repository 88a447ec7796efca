import { z } from 'zod';
import { DECKS, PROMPTS } from './library.js';
import { type Deck, type Depth, DEPTHS, DeckSchema, DepthSchema, type Prompt, PromptIdSchema, depthRank } from './types.js';

/** A prompt never comes back within this many days of its last use (about six months). */
export const REPEAT_WINDOW_DAYS = 183;

/**
 * How often each depth is aimed for once a depth is allowed, in percent. Deep prompts every
 * day would be a lot to carry, so lighter ones stay in the mix as depth opens up.
 */
export const DEPTH_MIX: Readonly<Record<Depth, readonly (readonly [Depth, number])[]>> = {
  light: [['light', 100]],
  deeper: [['light', 40], ['deeper', 60]],
  deep: [['light', 25], ['deeper', 35], ['deep', 40]],
};

/** Each partner's own choice of how deep to go; null when they haven't chosen. */
export type DepthChoices = { a: Depth | null; b: Depth | null };

/** The depth both partners have chosen: the lower of the two, and 'light' until both have chosen. */
export function allowedDepth(choices: DepthChoices): Depth {
  if (choices.a === null || choices.b === null) return 'light';
  return depthRank(choices.a) <= depthRank(choices.b) ? choices.a : choices.b;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC midnight of a YYYY-MM-DD date, or null if it is not a real calendar date. */
function utcMidnight(date: string): Date | null {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(0);
  at.setUTCFullYear(y, mo - 1, d); // unlike Date.UTC, keeps years 0–99 as written
  return at.getUTCFullYear() === y && at.getUTCMonth() === mo - 1 && at.getUTCDate() === d ? at : null;
}

/** Whether `date` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(date: string): boolean {
  return utcMidnight(date) !== null;
}

/** Days since 1970-01-01 for a YYYY-MM-DD date; throws RangeError for anything else. */
export function dayNumber(date: string): number {
  const at = utcMidnight(date);
  if (!at) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${date}".`);
  return Math.round(at.getTime() / 86_400_000);
}

/** A calendar date as a zod schema (YYYY-MM-DD, a day that exists). */
export const IsoDateSchema = z.string().refine(isIsoDate, 'Please give a date as YYYY-MM-DD.');

/** One day's prompt in a couple's history. */
export const PromptHistoryEntrySchema = z.object({ promptId: PromptIdSchema, date: IsoDateSchema });

/** One day's prompt in a couple's history: the prompt the couple kept for that day. */
export type PromptHistoryEntry = z.infer<typeof PromptHistoryEntrySchema>;

/** The inputs of `choosePrompt` as a zod schema, for API boundaries (without `library`). */
export const ChoosePromptInputSchema = z.object({
  coupleSeed: z.string().min(1),
  date: IsoDateSchema,
  history: z.array(PromptHistoryEntrySchema),
  deckChoice: DeckSchema.nullish(),
  skipped: z.array(PromptIdSchema).optional(),
  depthAllowed: DepthSchema,
});

/** What `choosePrompt` needs; `library` defaults to the whole Mend library. */
export type ChoosePromptInput = {
  /** A stable, per-couple value (e.g. the couple's id) that makes their sequence their own. */
  coupleSeed: string;
  /** The couple's local calendar date, YYYY-MM-DD. */
  date: string;
  /** Prompts the couple kept on earlier days; entries dated `date` itself are ignored. */
  history: readonly PromptHistoryEntry[];
  /** A deck the couple picked, kept while it has prompts they haven't had in six months. */
  deckChoice?: Deck | null;
  /** Prompts set aside today with "it'll keep"; they are not used up and can return later. */
  skipped?: readonly string[];
  /** The deepest level both partners have chosen (see `allowedDepth`). */
  depthAllowed: Depth;
  /** The prompts to choose from; defaults to `PROMPTS`. */
  library?: readonly Prompt[];
};

/** Why a choice differs from what was asked for. */
export type PromptNoticeCode = 'deck_exhausted' | 'deck_all_skipped' | 'library_exhausted';

/** A plain explanation to show with the prompt when the rule had to give way. */
export type PromptNotice = { code: PromptNoticeCode; message: string };

/** The prompt of the day and, when it isn't quite what was asked for, why. */
export type PromptChoice = {
  prompt: Prompt;
  /** The deck the couple asked for, or null. */
  requestedDeck: Deck | null;
  /** Null when the prompt is from the requested deck (or any deck, if none) and new in six months. */
  notice: PromptNotice | null;
  /** When this prompt was last used, set only if it had to repeat within the window. */
  lastUsed: string | null;
};

/** A 32-bit seeded hash of the parts (FNV-1a with a murmur3 finaliser); stable across runs and platforms. */
export function seededHash(...parts: readonly string[]): number {
  const s = parts.join('\u0000');
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function deckTitle(deck: Deck): string {
  return DECKS.find((d) => d.id === deck)?.title ?? deck;
}

/** The depth aimed for today: drawn from `DEPTH_MIX` by the seeded hash, never deeper than `cap`. */
function targetDepth(seed: string, date: string, allowed: Depth, cap: Depth): Depth {
  const roll = seededHash(seed, date, 'depth') % 100;
  let acc = 0;
  let target: Depth = allowed;
  for (const [depth, weight] of DEPTH_MIX[allowed]) {
    acc += weight;
    if (roll < acc) {
      target = depth;
      break;
    }
  }
  return depthRank(target) <= depthRank(cap) ? target : cap;
}

/** Depths to try, nearest first: the target, then lighter ones, then deeper ones up to `allowed`. */
function depthOrder(target: Depth, allowed: Depth): Depth[] {
  const t = depthRank(target);
  const lighter = DEPTHS.filter((d) => depthRank(d) < t).reverse();
  const deeper = DEPTHS.filter((d) => depthRank(d) > t && depthRank(d) <= depthRank(allowed));
  return [target, ...lighter, ...deeper];
}

/** The candidate at the nearest depth with the lowest seeded score (rendezvous hashing). */
function pick(candidates: readonly Prompt[], seed: string, date: string, target: Depth, allowed: Depth): Prompt | undefined {
  for (const depth of depthOrder(target, allowed)) {
    let best: Prompt | undefined;
    let bestScore = Infinity;
    for (const p of candidates) {
      if (p.depth !== depth) continue;
      const score = seededHash(seed, date, p.id);
      if (score < bestScore || (score === bestScore && best !== undefined && p.id < best.id)) {
        best = p;
        bestScore = score;
      }
    }
    if (best) return best;
  }
  return undefined;
}

/**
 * The prompt of the day for a couple: deterministic for the same inputs, never one used
 * within `REPEAT_WINDOW_DAYS` (unless every allowed prompt was, which it then says), never
 * deeper than `depthAllowed`, from the chosen deck while it has prompts left, and different
 * from anything skipped today.
 */
export function choosePrompt(input: ChoosePromptInput): PromptChoice {
  const { coupleSeed: seed, date, history, depthAllowed: allowed } = input;
  const library = input.library ?? PROMPTS;
  const requestedDeck = input.deckChoice ?? null;
  const today = dayNumber(date);
  if (!DEPTHS.includes(allowed)) throw new RangeError(`Unknown depth: ${String(allowed)}`);

  // How close to today each prompt was used, ignoring today's own entries (so recording
  // today's prompt and asking again gives the same prompt).
  const closest = new Map<string, { days: number; date: string }>();
  for (const entry of history) {
    const days = Math.abs(today - dayNumber(entry.date));
    if (days === 0) continue;
    const seen = closest.get(entry.promptId);
    if (!seen || days < seen.days) closest.set(entry.promptId, { days, date: entry.date });
  }
  const isFresh = (p: Prompt): boolean => (closest.get(p.id)?.days ?? Infinity) >= REPEAT_WINDOW_DAYS;

  const skipped = new Set(input.skipped ?? []);
  const allowedPool = library.filter((p) => depthRank(p.depth) <= depthRank(allowed));
  if (allowedPool.length === 0) throw new RangeError(`The library has no prompts at depth ${allowed} or lighter.`);

  // A skip never leads somewhere heavier: cap today's depth at the lightest prompt set aside.
  let cap: Depth = allowed;
  for (const p of allowedPool) if (skipped.has(p.id) && depthRank(p.depth) < depthRank(cap)) cap = p.depth;
  const target = targetDepth(seed, date, allowed, cap);

  const fresh = allowedPool.filter(isFresh);
  const open = fresh.filter((p) => !skipped.has(p.id));

  if (requestedDeck) {
    const inDeck = pick(open.filter((p) => p.deck === requestedDeck), seed, date, target, allowed);
    if (inDeck) return { prompt: inDeck, requestedDeck, notice: null, lastUsed: null };
  }
  const anyDeck = pick(open, seed, date, target, allowed);
  if (anyDeck) {
    if (!requestedDeck) return { prompt: anyDeck, requestedDeck, notice: null, lastUsed: null };
    const from = deckTitle(requestedDeck);
    const to = deckTitle(anyDeck.deck);
    const notice: PromptNotice = fresh.some((p) => p.deck === requestedDeck)
      ? { code: 'deck_all_skipped', message: `That's every prompt in ${from} for today, so this one is from ${to}. The others will keep.` }
      : { code: 'deck_exhausted', message: `You've had every prompt in ${from} at this depth in the last six months, so today's is from ${to}.` };
    return { prompt: anyDeck, requestedDeck, notice, lastUsed: null };
  }

  // Nothing new at this depth anywhere: repeat the prompt used longest ago, and say so.
  const notSkipped = allowedPool.filter((p) => !skipped.has(p.id));
  const pool = notSkipped.length > 0 ? notSkipped : allowedPool;
  const inRequested = requestedDeck ? pool.filter((p) => p.deck === requestedDeck) : [];
  const candidates = inRequested.length > 0 ? inRequested : pool;
  const agoOf = (p: Prompt): number => closest.get(p.id)?.days ?? Infinity;
  let best = candidates[0]!;
  for (const p of candidates.slice(1)) {
    const [a, b] = [agoOf(p), agoOf(best)];
    if (a > b || (a === b && seededHash(seed, date, p.id) < seededHash(seed, date, best.id))) best = p;
  }
  return {
    prompt: best,
    requestedDeck,
    notice: {
      code: 'library_exhausted',
      message: "You've had every prompt at this depth in the last six months, so this one is from a while back.",
    },
    lastUsed: closest.get(best.id)?.date ?? null,
  };
}

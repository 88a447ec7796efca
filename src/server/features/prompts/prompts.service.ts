import type { Kysely, Transaction } from 'kysely';
import { allowedDepth, choosePrompt, DECK_IDS, dayNumber, REPEAT_WINDOW_DAYS, type Deck, type Depth } from '../../../core/prompts/index.js';
import type { PromptDayView, PromptTodayResponse } from '../../../shared/api/prompts.js';
import type { Dialect } from '../../db/connect.js';
import type { Database } from '../../db/schema.js';
import { AppError, notFound } from '../../lib/errors.js';
import { newId } from '../../lib/tokens.js';
import { findOpenMembership, openMembers } from '../couples/couples.repo.js';
import { createItem } from '../items/items.service.js';
import { grantPartnerKey } from '../items/readers.js';
import { lockPair } from '../couples/couples.service.js';
import { spaceUntil } from '../together/together.service.js';
import * as repo from './prompts.repo.js';
import { refuseWhileHeld } from '../safety/hold.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The viewer's couple and partner; prompts exist only for a paired couple. */
async function pair(db: Db, userId: string): Promise<{ coupleId: string; partnerId: string } | null> {
  const m = await findOpenMembership(db, userId);
  if (!m) return null;
  const partner = (await openMembers(db, m.coupleId)).find((x) => x.id !== userId);
  return partner ? { coupleId: m.coupleId, partnerId: partner.id } : null;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A person's "today" may be a day either side of UTC's; anything further is refused. */
function checkDate(date: string, now: Date): void {
  let n: number;
  try {
    n = dayNumber(date);
  } catch {
    throw new AppError(400, 'validation_failed', 'Please give a real date.', { date: 'Not a date.' });
  }
  if (Math.abs(n - dayNumber(isoDay(now))) > 1) throw new AppError(400, 'validation_failed', 'Prompts are for today.', { date: 'Must be today in your time zone.' });
}

async function depthFor(db: Db, coupleId: string, userId: string): Promise<{ allowed: Depth; mine: Depth | null }> {
  const rows = await repo.depthsOf(db, coupleId);
  const mine = (rows.find((r) => r.user_id === userId)?.depth ?? null) as Depth | null;
  const theirs = (rows.find((r) => r.user_id !== userId)?.depth ?? null) as Depth | null;
  return { allowed: allowedDepth({ a: mine, b: theirs }), mine };
}

function pick(coupleId: string, date: string, history: { promptId: string; date: string }[], depth: Depth, deckChoice: string | null, skipped: string[]) {
  const deck = deckChoice && (DECK_IDS as readonly string[]).includes(deckChoice) ? (deckChoice as Deck) : null;
  return choosePrompt({ coupleSeed: coupleId, date, history, deckChoice: deck, skipped, depthAllowed: depth });
}

async function historyFor(db: Db, coupleId: string, date: string) {
  const since = new Date((dayNumber(date) - REPEAT_WINDOW_DAYS) * 86_400_000).toISOString().slice(0, 10);
  return repo.historyBefore(db, coupleId, date, since);
}

/** The day as one partner sees it: nothing about the partner's answer until both answered. */
function viewOf(day: repo.PromptDayRow, answers: Database['prompt_answers'][], userId: string): PromptDayView {
  const mine = answers.find((a) => a.user_id === userId);
  const theirs = answers.find((a) => a.user_id !== userId);
  const revealed = day.revealed_at !== null;
  return {
    id: day.id,
    date: day.local_date,
    promptId: day.prompt_id,
    deck: day.deck,
    depth: day.depth as Depth,
    notice: day.notice ? (JSON.parse(day.notice) as { code: string; message: string }) : null,
    answeredByMe: mine !== undefined,
    myAnswerItemId: mine?.item_id ?? null,
    myAnswerPromptId: mine ? (mine.prompt_id ?? day.prompt_id) : null,
    revealed,
    partnerAnswerItemId: revealed ? (theirs?.item_id ?? null) : null,
    partnerAnswerPromptId: revealed && theirs ? (theirs.prompt_id ?? day.prompt_id) : null,
  };
}

/** Today's prompt for the couple (chosen on first ask), with the depth both allow. */
export async function today(db: Db, userId: string, date: string, now: Date): Promise<PromptTodayResponse> {
  checkDate(date, now);
  const p = await pair(db, userId);
  if (!p) return { day: null, allowedDepth: 'light', myDepth: null };
  const depth = await depthFor(db, p.coupleId, userId);
  let day = await repo.findDay(db, p.coupleId, date, 'sqlite');
  // "I need some space" pauses prompts: none is chosen while it lasts (a day already begun stays).
  const pausedUntil = day ? null : await spaceUntil(db, p.coupleId, now);
  if (pausedUntil) return { day: null, allowedDepth: depth.allowed, myDepth: depth.mine, spaceUntil: pausedUntil };
  if (!day) {
    const choice = pick(p.coupleId, date, await historyFor(db, p.coupleId, date), depth.allowed, null, []);
    const row: Database['prompt_days'] = {
      id: newId(),
      couple_id: p.coupleId,
      local_date: date,
      prompt_id: choice.prompt.id,
      deck: choice.prompt.deck,
      depth: choice.prompt.depth,
      notice: choice.notice ? JSON.stringify(choice.notice) : null,
      deck_choice: null,
      skipped: '[]',
      created_at: now.toISOString(),
      revealed_at: null,
    };
    // If the partner asked at the same moment, theirs stands and this insert does nothing.
    await repo.insertDay(db, row);
    day = await repo.findDay(db, p.coupleId, date, 'sqlite');
    if (!day) throw new Error('prompt day vanished');
  }
  return { day: viewOf(day, await repo.answersOf(db, day.id), userId), allowedDepth: depth.allowed, myDepth: depth.mine };
}

/**
 * Re-picks today's prompt (skip, or a deck choice) for anyone who has not answered yet. It
 * never depends on whether the partner has answered — refusing then would tell them so; an
 * answer already given stays with the prompt it was written for.
 */
export async function repick(db: Db, dialect: Dialect, userId: string, date: string, change: { skip?: true; deck?: string | null }, now: Date): Promise<PromptTodayResponse> {
  const current = await today(db, userId, date, now);
  // Not paired, or paused for some space: there is no prompt to change.
  if (!current.day) return current;
  const p = (await pair(db, userId))!;
  const day = (await repo.findDay(db, p.coupleId, date, dialect, true))!;
  if ((await repo.answersOf(db, day.id)).some((a) => a.user_id === userId)) {
    throw new AppError(409, 'already_answered', 'You have answered today’s prompt, so it stays as it is for you.');
  }
  const skipped = JSON.parse(day.skipped) as string[];
  if (change.skip) skipped.push(day.prompt_id);
  const deckChoice = change.deck !== undefined ? change.deck : day.deck_choice;
  const depth = await depthFor(db, p.coupleId, userId);
  const choice = pick(p.coupleId, date, await historyFor(db, p.coupleId, date), depth.allowed, deckChoice, skipped);
  await repo.updateDayPrompt(db, day.id, {
    prompt_id: choice.prompt.id,
    deck: choice.prompt.deck,
    depth: choice.prompt.depth,
    notice: choice.notice ? JSON.stringify(choice.notice) : null,
    deck_choice: deckChoice,
    skipped: JSON.stringify(skipped),
  });
  return today(db, userId, date, now);
}

/** Sets how deep this person is ready to go. */
export async function chooseDepth(db: Db, userId: string, depth: Depth): Promise<{ allowed: Depth; mine: Depth | null }> {
  const p = await pair(db, userId);
  if (!p) throw new AppError(409, 'not_in_couple', 'Prompts start once your partner has joined.');
  await repo.putDepth(db, p.coupleId, userId, depth);
  return depthFor(db, p.coupleId, userId);
}

/**
 * Saves an answer. Inside one transaction, with the day locked: if the partner has answered
 * too, both held keys are released at once. Two answers at the same moment are serialised
 * by that lock (SQLite writes are serial), so the later one always sees the earlier and the
 * day never stays stuck on "waiting". Returns whether this answer revealed the day.
 */
export async function answer(
  db: Db,
  dialect: Dialect,
  userId: string,
  dayId: string,
  input: { item: { id: string; kind: string; ciphertext: string; signature: string; wrappedKey: string; state?: unknown }; partnerWrappedKey: string },
  now: Date,
): Promise<{ revealed: boolean; partnerId: string; date: string }> {
  const p = await pair(db, userId);
  // The couple is locked before the day (and before any key is given), as on every key-giving path.
  const locked = p ? await lockPair(db, dialect, userId, p.partnerId) : null;
  if (!p || !locked) throw new AppError(409, 'not_in_couple', 'Prompts start once your partner has joined.');
  const day = await repo.findDayById(db, p.coupleId, dayId, dialect, true);
  if (!day) throw notFound();
  const state = input.item.state as { promptDayId?: unknown } | undefined;
  if (input.item.kind !== 'prompt_answer' || state?.promptDayId !== dayId) {
    throw new AppError(400, 'validation_failed', 'This answer does not belong to this prompt.', { item: 'Must be a prompt_answer for this day.' });
  }
  const before = await repo.answersOf(db, dayId);
  if (before.some((a) => a.user_id === userId)) throw new AppError(409, 'already_answered', 'You have already answered today’s prompt.');
  await refuseWhileHeld(db, userId);
  await createItem(db, userId, { ...input.item, kind: 'prompt_answer' }, now, { viaPractice: true });
  const t = now.toISOString();
  await repo.insertAnswer(db, { prompt_day_id: dayId, user_id: userId, item_id: input.item.id, prompt_id: day.prompt_id, partner_wrapped_key: input.partnerWrappedKey, answered_at: t, nudged_at: null });
  const answers = await repo.answersOf(db, dayId);
  if (answers.length < 2) return { revealed: false, partnerId: p.partnerId, date: day.local_date };
  for (const a of answers) {
    const other = answers.find((x) => x.user_id !== a.user_id)!;
    if (a.partner_wrapped_key) await grantPartnerKey(db, locked, a.item_id, other.user_id, a.partner_wrapped_key, t);
  }
  await repo.markRevealed(db, dayId, t);
  return { revealed: true, partnerId: p.partnerId, date: day.local_date };
}

/** "I've answered — your turn when you're ready": only from someone who answered, once a day. */
export async function nudge(db: Db, userId: string, dayId: string, now: Date): Promise<string> {
  const p = await pair(db, userId);
  if (!p) throw new AppError(409, 'not_in_couple', 'Prompts start once your partner has joined.');
  const day = await repo.findDayById(db, p.coupleId, dayId, 'sqlite');
  if (!day) throw notFound();
  const mine = (await repo.answersOf(db, dayId)).find((a) => a.user_id === userId);
  if (!mine) throw new AppError(409, 'validation_failed', 'Answer first; then you can let your partner know.');
  if (await spaceUntil(db, p.coupleId, now)) throw new AppError(409, 'forbidden', 'One of you asked for some space; this can wait until it ends.');
  await refuseWhileHeld(db, userId);
  if (day.revealed_at) throw new AppError(409, 'validation_failed', 'You have both answered already.');
  if (!(await repo.markNudged(db, dayId, userId, now.toISOString()))) {
    throw new AppError(429, 'rate_limited', 'You already let them know today.');
  }
  return p.partnerId;
}

/** The couple's last 30 days of prompts, as the viewer sees them. */
export async function history(db: Db, userId: string): Promise<PromptDayView[]> {
  const p = await pair(db, userId);
  if (!p) return [];
  const days = await repo.recentDays(db, p.coupleId, 30);
  const answers = await repo.answersOfDays(db, days.map((d) => d.id));
  return days.map((d) => viewOf(d, answers.filter((a) => a.prompt_day_id === d.id), userId));
}

import type { NotificationView, SecurityEvent } from '../../../shared/api/notifications.js';
import type { ItemKind } from '../../../shared/kinds.js';

/*
 * A notification carries no words (SAFE-06): only a type and the kind of item it points at.
 * The words and the link are made here, in the reader's browser. A reminder may show the
 * commitment's own words, but only after this browser decrypted them from the item.
 */

/** Kinds that never leave their author, so no notification is ever about one. */
type PrivateKind = 'values_reflection' | 'trigger' | 'checkin' | 'stance' | 'questionnaire_result' | 'safety_check' | 'key_pins';

/**
 * What arrived, by kind, for every kind a partner can share: the reader opens the item this
 * names, so the line says nothing they can't already read. Inside the app only; email stays
 * the same content-free line (SAFE-06), and no line uses the words on its banned list.
 */
const PARTNER_PHRASES: Record<Exclude<ItemKind, PrivateKind>, string> = {
  note: 'Your partner sent you a note',
  appreciation: 'Your partner appreciated something you did',
  acknowledgment: 'Your partner noticed something you kept',
  commitment: 'Your partner made a commitment',
  commitment_mark: 'Your partner marked a commitment',
  journal_entry: 'Your partner shared a journal entry with you',
  day_share: 'Your partner shared their day',
  ritual: 'Your partner suggested a ritual for the two of you',
  ritual_log: 'Your partner noted a time you did one of your rituals',
  activity_plan: 'Your partner shared an activity plan',
  agreement: 'Your partner proposed an agreement',
  agreement_response: 'Your partner answered an agreement',
  conversation: 'Your partner suggested a conversation',
  conversation_prep: 'You have both prepared: both can be read now',
  milestone: 'Your partner suggested a milestone',
  forgiveness_reflection: 'Your partner shared a reflection with you',
  trend_share: 'Your partner shared how their weeks have been',
  questionnaire_summary: 'Your partner shared a questionnaire result',
  hard_moment: 'Your partner let you know they’re having a hard moment',
  question: 'Your partner asked you a question',
  disclosure: 'Your partner told you something they want you to know',
  qa_pace: 'Your partner set the pace for questions',
  reflection: 'Your partner shared part of their reflection on what happened',
  apology: 'Your partner wrote to you about what happened',
  impact_letter: 'Your partner shared a letter about how it has been for them',
  response: 'Your partner answered something you shared',
  prompt_answer: 'Your partner answered today’s prompt',
};

const PARTNER_DEFAULT = 'Your partner shared something with you';

/** What happened to one's own account (AUTH-09); only the owner ever sees these. */
const SECURITY_PHRASES: Record<SecurityEvent, string> = {
  new_device: "Your account was signed in on a new device. If that wasn't you, change your password in Settings.",
  password_changed: "Your password was changed. If that wasn't you, use your recovery key now.",
  password_recovered: 'Your password was reset with your recovery key, and other devices were signed out.',
  recovery_key_changed: "You made a new recovery key; the old one no longer works. If that wasn't you, change your password in Settings.",
};

/** Longest stretch of a commitment's own words shown in a reminder. */
export const REMINDER_WORDS_MAX = 120;

/** Shortens to `max` characters on a word boundary, with an ellipsis. */
export function shorten(text: string, max = REMINDER_WORDS_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** What this browser could learn about a notification's item by opening it. */
export interface ItemDetail {
  /** A reminder's commitment, in its own words. */
  words?: string | null;
  /** For an answer (acknowledgment or response): the kind of one's own item it answers. */
  parentKind?: ItemKind | null;
}

/** What a longer answer (a `response`) says, by what it answers: one's own question, letter or hard moment. */
const RESPONSE_PHRASES: Partial<Record<ItemKind, string>> = {
  question: 'Your partner answered your question',
  impact_letter: 'Your partner wrote what they heard in your letter',
  hard_moment: 'Your partner replied to your hard moment',
};

/** What a short answer says, by what it answers: a kept promise is "noticed", a note is "answered". */
const ANSWER_PHRASES: Partial<Record<ItemKind, string>> = {
  commitment_mark: 'Your partner noticed something you kept',
  commitment: 'Your partner noticed something you kept',
  note: 'Your partner answered your note',
  journal_entry: 'Your partner answered your journal entry',
  day_share: 'Your partner answered your day',
  ritual_log: 'Your partner confirmed you did it together',
  milestone: 'Your partner confirmed a milestone — marked together',
  activity_plan: 'Your partner answered your activity plan',
};

/**
 * The line shown for one notification. A reminder shows the commitment's own text when this
 * browser could decrypt it; an answer says what it answers when the parent could be opened;
 * otherwise the line stays general.
 */
export function notificationText(n: Pick<NotificationView, 'type' | 'itemKind' | 'detail'>, detail: ItemDetail = {}): string {
  if (n.type === 'security') return SECURITY_PHRASES[n.detail ?? 'new_device'];
  if (n.type === 'reminder') {
    const w = detail.words ? shorten(detail.words) : '';
    return w ? `Coming up: ${w}` : 'Coming up: one of your commitments';
  }
  if (n.itemKind === 'acknowledgment' && detail.parentKind) {
    return ANSWER_PHRASES[detail.parentKind] ?? 'Your partner answered something you shared';
  }
  if (n.itemKind === 'response' && detail.parentKind) return RESPONSE_PHRASES[detail.parentKind] ?? PARTNER_PHRASES.response;
  return (n.itemKind && n.itemKind in PARTNER_PHRASES ? PARTNER_PHRASES[n.itemKind as keyof typeof PARTNER_PHRASES] : null) ?? PARTNER_DEFAULT;
}

/** Where each kind lives in the app. */
const PAGES: Partial<Record<ItemKind, string>> = {
  commitment: '/practices/promises',
  commitment_mark: '/practices/promises',
  appreciation: '/practices/promises',
  note: '/practices/notes',
  reflection: '/practices/understand',
  apology: '/practices/apologize',
  impact_letter: '/practices/apologize',
  response: '/practices/apologize',
  question: '/practices/understand/questions',
  disclosure: '/practices/understand/questions',
  qa_pace: '/practices/understand/questions',
  prompt_answer: '/practices/closeness',
  hard_moment: '/moments',
  journal_entry: '/practices/closeness/journal',
  day_share: '/practices/closeness/journal',
  ritual: '/practices/rituals',
  ritual_log: '/practices/rituals',
  activity_plan: '/practices/rituals',
  agreement: '/practices/agreements',
  agreement_response: '/practices/agreements',
  conversation: '/practices/agreements',
  conversation_prep: '/practices/agreements',
  milestone: '/practices/forgiveness',
  forgiveness_reflection: '/practices/forgiveness',
  trend_share: '/practices/healing',
  questionnaire_summary: '/practices/healing',
};

/** The page a notification opens: where its item lives (an answer lives with what it answers), or Today. */
export function notificationHref(n: Pick<NotificationView, 'itemKind'> & Partial<Pick<NotificationView, 'type'>>, detail: ItemDetail = {}): string {
  if (n.type === 'security') return '/settings';
  const kind = (n.itemKind === 'acknowledgment' || n.itemKind === 'response') && detail.parentKind ? detail.parentKind : n.itemKind;
  return (kind && PAGES[kind]) ?? '/today';
}

/** The bell's accessible name: "Notifications", or "Notifications, 2 unread". */
export function bellLabel(unread: number): string {
  return unread > 0 ? `Notifications, ${unread} unread` : 'Notifications';
}

/** What the badge shows: the count, capped so it stays small. */
export function badgeText(unread: number): string {
  return unread > 99 ? '99+' : String(unread);
}

/** Newest first (by creation), for the list. */
export function newestFirst<T extends { createdAt: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

/**
 * The commitment's own words inside decrypted content, if it has any. Read defensively: the
 * shape belongs to the commitments practice, and content is never trusted to be well-formed.
 */
export function ownWords(content: unknown): string | null {
  if (!content || typeof content !== 'object') return null;
  const c = content as Record<string, unknown>;
  for (const key of ['what', 'text', 'title']) {
    const v = c[key];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return null;
}

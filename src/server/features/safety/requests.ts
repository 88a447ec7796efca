import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { settingsFor } from '../notifications/notifications.service.js';
import { isHeld } from './hold.js';

type Db = Kysely<Database> | Transaction<Database>;

/*
 * Requests from one partner to the other (SAFE-11): the only one Mend has is the prompt's
 * "let them know I've answered" — a gentle "your turn". It is rate-limited where it is made
 * (once per prompt day per person, and never during a space), and the receiver can mute it:
 * turning off "When your partner shares something" mutes it too, and a quiet hold always does.
 * The sender is told the same either way, so muting is never visible to them.
 */

/** Whether a request may reach this person: they did not mute partner news, and no quiet hold is on. */
export async function takesPartnerRequests(db: Db, userId: string): Promise<boolean> {
  return (await settingsFor(db, userId)).partner && !(await isHeld(db, userId));
}

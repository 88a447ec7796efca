import type { Migration } from 'kysely';
import * as m2026112501 from './2026112501_initial.js';
import * as m2026112502 from './2026112502_items.js';
import * as m2026112503 from './2026112503_prompts.js';
import * as m2026112504 from './2026112504_prompt_answer_prompt.js';
import * as m2026112505 from './2026112505_notifications.js';
import * as m2026112506 from './2026112506_together.js';
import * as m2026112507 from './2026112507_notification_detail.js';
import * as m2026112508 from './2026112508_calendar_feeds.js';
import * as m2026120710 from './2026120710_shared_until.js';
import * as m2026120740 from './2026120740_used_item_ids.js';
import * as m2026120760 from './2026120760_safety_holds.js';
import * as m2026120780 from './2026120780_version_state.js';
import * as m2026120800 from './2026120800_decision_not_yes.js';
import * as m2026120900 from './2026120900_reader_kind.js';

/**
 * Every migration, in order, listed statically so a bundle finds them. Forward-only: never
 * edit or remove one that has shipped; add a new file.
 */
export const migrations: Record<string, Migration> = {
  '2026112501_initial': m2026112501,
  '2026112502_items': m2026112502,
  '2026112503_prompts': m2026112503,
  '2026112504_prompt_answer_prompt': m2026112504,
  '2026112505_notifications': m2026112505,
  '2026112506_together': m2026112506,
  '2026112507_notification_detail': m2026112507,
  '2026112508_calendar_feeds': m2026112508,
  '2026120710_shared_until': m2026120710,
  '2026120740_used_item_ids': m2026120740,
  '2026120760_safety_holds': m2026120760,
  '2026120780_version_state': m2026120780,
  '2026120800_decision_not_yes': m2026120800,
  '2026120900_reader_kind': m2026120900,
};

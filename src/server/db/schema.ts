import type { ColumnType, Generated } from 'kysely';

// Times are ISO-8601 UTC text in both dialects, so one query code orders and compares them.

/** A person's account: public keys and wrapped (never plain) private keys. */
export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  time_zone: string;
  kdf_salt: string;
  kdf_params: string;
  auth_hash: string;
  recovery_auth_hash: string;
  master_key_wrapped: string;
  recovery_wrapped: string;
  enc_public_key: string;
  sign_public_key: string;
  enc_private_wrapped: string;
  sign_private_wrapped: string;
  created_at: string;
  updated_at: string;
}

/** A signed-in device; only the SHA-256 of its token is stored. */
export interface SessionsTable {
  id: string;
  user_id: string;
  token_hash: string;
  device: string;
  created_at: string;
  last_seen_at: string;
  idle_expires_at: string;
  absolute_expires_at: string;
}

/** Devices that signed in to an account before; their failed sign-ins are counted apart. */
export interface KnownDevicesTable {
  user_id: string;
  device_hash: string;
  last_success_at: string;
}

/** A couple space; ended when either member leaves. */
export interface CouplesTable {
  id: string;
  created_by: string;
  created_at: string;
  ended_at: string | null;
}

/** Membership; at most one open (left_at null) per person, enforced by a partial unique index. */
export interface CoupleMembersTable {
  couple_id: string;
  user_id: string;
  joined_at: string;
  left_at: string | null;
}

/** A single-use invite link; only the token's hash is stored. */
export interface InvitesTable {
  id: string;
  couple_id: string;
  created_by: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
  revoked_at: string | null;
}

/** A short-lived proof that someone holds an account's recovery key. */
export interface RecoveryTokensTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Fixed-window counters for rate limits; shared by every server process. */
export interface RateLimitsTable {
  key: string;
  count: number;
  reset_at: string;
}

/** Durable background work; claimed under a lease so it runs once across processes. */
export interface JobsTable {
  id: string;
  kind: string;
  payload: string;
  run_at: string;
  attempts: Generated<number>;
  max_attempts: number;
  locked_by: string | null;
  locked_until: string | null;
  done_at: string | null;
  failed_at: string | null;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: string;
}

/** An encrypted item: ciphertext, its author's signature, and declared plaintext state. */
export interface ItemsTable {
  id: string;
  author_id: string;
  couple_id: string | null;
  kind: string;
  version: number;
  ciphertext: string;
  signature: string;
  state: string | null;
  created_at: string;
  updated_at: string;
  /** Readers other than the author see the item only from this time (a scheduled note); null: at once. */
  visible_from: string | null;
  /** Set when a couple ended while the partner could read the item: until when it was shared (author only). */
  shared_until: ColumnType<string | null, string | null | undefined, string | null>;
}

/** An item id once used; kept after the item goes, so no id is ever reused (no existence oracle). */
export interface UsedItemIdsTable {
  id: string;
}

/** One reader's wrapped copy of an item key: the readers rule's one source of truth. */
export interface ItemReadersTable {
  item_id: string;
  reader_id: string;
  /** The item's kind, copied by putReader so a list of one kind reads only its rows (index with reader_id). */
  kind: string;
  wrapped_key: string;
  added_at: string;
}

/** An earlier version of an item, readable by its author only. */
export interface ItemVersionsTable {
  item_id: string;
  version: number;
  ciphertext: string;
  signature: string;
  /** The version's plaintext state (null for versions kept before state was signed). */
  state: string | null;
  wrapped_key: string;
  created_at: string;
}

/** An encrypted draft, one per (author, client-chosen key). */
export interface DraftsTable {
  author_id: string;
  draft_key: string;
  ciphertext: string;
  updated_at: string;
}

/** A couple's prompt for one local date; revealed_at is set when both have answered. */
export interface PromptDaysTable {
  id: string;
  couple_id: string;
  local_date: string;
  prompt_id: string;
  deck: string;
  depth: string;
  notice: string | null;
  deck_choice: string | null;
  skipped: string;
  created_at: string;
  revealed_at: string | null;
}

/** One partner's answer to a day's prompt; the partner's key waits here until both answered. */
export interface PromptAnswersTable {
  prompt_day_id: string;
  user_id: string;
  item_id: string;
  /** The prompt this answer was written for (null only for answers saved before it was recorded). */
  prompt_id: string | null;
  partner_wrapped_key: string | null;
  answered_at: string;
  nudged_at: string | null;
}

/** How deep each partner is ready to go (private to them; only the lower of the two is shown). */
export interface PromptDepthsTable {
  couple_id: string;
  user_id: string;
  depth: string;
}

/** One notification for one person; it names a type and maybe an item, never words. */
export interface NotificationsTable {
  id: string;
  user_id: string;
  type: string;
  item_id: string | null;
  item_kind: string | null;
  occurrence: string | null;
  /** For a security notification: what happened (SECURITY_EVENTS). */
  detail: string | null;
  dedupe_key: string;
  created_at: string;
  read_at: string | null;
}

/** A person's notification settings as JSON (notificationSettingsSchema). */
export interface NotificationSettingsTable {
  user_id: string;
  settings: string;
  updated_at: string;
}

/** One partner's private answer to "do you want to keep working on this?" for a month. */
export interface DecisionAnswersTable {
  couple_id: string;
  user_id: string;
  period: string;
  /** 'yes' or 'not_yes': all the "both yes" rule needs; a 'no' and a 'not sure' look alike. */
  answer: string;
  /** The exact answer, sealed by the person's own client for them alone (null before it was). */
  sealed: string | null;
  answered_at: string;
}

/** "I need some space": one per person, over when `until` has passed. */
export interface SpaceRequestsTable {
  user_id: string;
  couple_id: string;
  since: string;
  until: string;
}

/** A person's quiet hold (docs/SAFETY.md): on from `since` until they lift it. Read only for that person. */
export interface SafetyHoldsTable {
  user_id: string;
  since: string;
}

/** A share held until the partner shares theirs for the same `reveal_key` (then both are released). */
export interface HeldSharesTable {
  item_id: string;
  couple_id: string;
  reveal_key: string;
  author_id: string;
  reader_id: string;
  wrapped_key: string;
  held_at: string;
}

/** A calendar subscription link; only the SHA-256 of its token is stored. */
export interface CalendarFeedsTable {
  user_id: string;
  token_hash: string;
  created_at: string;
}

/** The database as Kysely sees it. */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  known_devices: KnownDevicesTable;
  couples: CouplesTable;
  couple_members: CoupleMembersTable;
  invites: InvitesTable;
  recovery_tokens: RecoveryTokensTable;
  rate_limits: RateLimitsTable;
  jobs: JobsTable;
  items: ItemsTable;
  item_readers: ItemReadersTable;
  item_versions: ItemVersionsTable;
  drafts: DraftsTable;
  prompt_days: PromptDaysTable;
  prompt_answers: PromptAnswersTable;
  prompt_depths: PromptDepthsTable;
  notifications: NotificationsTable;
  notification_settings: NotificationSettingsTable;
  decision_answers: DecisionAnswersTable;
  space_requests: SpaceRequestsTable;
  held_shares: HeldSharesTable;
  calendar_feeds: CalendarFeedsTable;
  used_item_ids: UsedItemIdsTable;
  safety_holds: SafetyHoldsTable;
}

/**
 * The export of one's own data (SECURITY.md DATA-01/02): built in the browser from what the
 * person can already decrypt, as machine-readable JSON and as a readable page. The partner's
 * writing is left out unless asked for, and then marked as theirs.
 */
import type { ItemKind } from '../../shared/kinds.js';

/** What a person calls each kind of writing, in the order the readable page lists them. */
export const KIND_TITLES: Record<ItemKind, string> = {
  reflection: 'Reflections',
  impact_letter: 'Impact letters',
  response: 'Responses ("what I heard", answers)',
  acknowledgment: 'Acknowledgments',
  question: 'Questions',
  disclosure: 'Things volunteered',
  qa_pace: 'Pace for questions',
  values_reflection: 'Values reflections',
  apology: 'Apologies',
  trigger: 'Hard moments (private log)',
  hard_moment: 'Hard-moment messages',
  prompt_answer: 'Answers to the prompt of the day',
  journal_entry: 'Shared journal',
  day_share: 'Days shared',
  commitment: 'Promises',
  commitment_mark: 'Promise marks',
  appreciation: 'Appreciations',
  note: 'Notes',
  ritual: 'Rituals',
  ritual_log: 'Rituals done',
  activity_plan: 'Activities',
  checkin: 'Check-ins',
  trend_share: 'Trends shared',
  questionnaire_result: 'Questionnaire results',
  questionnaire_summary: 'Questionnaire summaries shared',
  agreement: 'Agreements',
  agreement_response: 'Agreement responses',
  milestone: 'Milestones',
  forgiveness_reflection: 'Forgiveness reflections',
  conversation: 'Conversations',
  conversation_prep: 'Conversation preparations',
  stance: 'Where I stand',
  safety_check: 'Private safety checks',
  key_pins: 'Trusted partner keys',
};

/**
 * Kinds left out of the export: not the person's writing but Mend's own bookkeeping. The key
 * pins are fingerprints of the partner's public keys, which mean nothing to a reader and would
 * not come back in as trusted (a new account pins afresh), so they stay out, readable or not.
 */
export const NOT_EXPORTED_KINDS: readonly ItemKind[] = ['key_pins'];

/** An item as the client has opened it (the fields the export needs). */
export interface ExportableItem {
  id: string;
  kind: ItemKind;
  createdAt: string;
  updatedAt: string;
  version: number;
  mine: boolean;
  verified: boolean;
  content: unknown;
  /** The plaintext a server rule or list needs (a schedule, a section name); never content. */
  state?: unknown;
  sharedWith?: string[];
}

/** A device the person is signed in on (their own access record). */
export interface ExportDevice {
  device: string;
  signedInAt: string;
  lastSeenAt: string;
}

/** Who is exporting, and what to include. */
export interface ExportInput {
  account: { displayName: string; email: string; timeZone: string };
  partnerName: string | null;
  items: readonly ExportableItem[];
  includePartner: boolean;
  exportedAt: Date;
  devices?: readonly ExportDevice[];
}

/** One piece of writing in the export. */
export interface ExportedItem {
  id: string;
  kind: ItemKind;
  kindTitle: string;
  writtenBy: 'you' | 'partner';
  createdAt: string;
  updatedAt: string;
  version: number;
  sharedWithPartner: boolean;
  /** Null when it could not be opened or its author's signature did not check out. */
  content: unknown;
  state: unknown;
  note?: string;
}

/** The machine-readable export (the JSON file). */
export interface ExportDocument {
  format: 'mend-data-export';
  version: 1;
  exportedAt: string;
  account: { displayName: string; email: string; timeZone: string };
  includesPartnerWriting: boolean;
  partnerName: string | null;
  /** Where the person is signed in now. */
  devices: ExportDevice[];
  items: ExportedItem[];
}

const UNREADABLE = 'This could not be opened or its signature did not check out, so its words are left out.';

/** Builds the export: the person's own writing, and the partner's only when asked, marked as theirs. */
export function buildExport(input: ExportInput): ExportDocument {
  const seen = new Set<string>();
  const items: ExportedItem[] = [];
  for (const it of input.items) {
    if (seen.has(it.id) || (!it.mine && !input.includePartner) || NOT_EXPORTED_KINDS.includes(it.kind)) continue;
    seen.add(it.id);
    const readable = it.verified && it.content !== null && it.content !== undefined;
    items.push({
      id: it.id,
      kind: it.kind,
      kindTitle: KIND_TITLES[it.kind],
      writtenBy: it.mine ? 'you' : 'partner',
      createdAt: it.createdAt,
      updatedAt: it.updatedAt,
      version: it.version,
      sharedWithPartner: it.mine ? (it.sharedWith?.length ?? 0) > 0 : true,
      content: readable ? it.content : null,
      state: it.state ?? null,
      ...(readable ? {} : { note: UNREADABLE }),
    });
  }
  items.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return {
    format: 'mend-data-export',
    version: 1,
    exportedAt: input.exportedAt.toISOString(),
    account: { ...input.account },
    includesPartnerWriting: input.includePartner,
    partnerName: input.includePartner ? input.partnerName : null,
    devices: (input.devices ?? []).map((d) => ({ ...d })),
    items,
  };
}

/** Reads an export's JSON text back, or null when it is not a Mend data export this version understands. */
export function parseExport(text: string): ExportDocument | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  const d = v as Partial<ExportDocument> | null;
  if (!d || d.format !== 'mend-data-export' || d.version !== 1 || !Array.isArray(d.items) || !Array.isArray(d.devices) || !d.account || typeof d.exportedAt !== 'string') {
    return null;
  }
  const kinds = new Set(Object.keys(KIND_TITLES));
  if (!d.items.every((i) => i && typeof i === 'object' && typeof i.id === 'string' && kinds.has(i.kind) && typeof i.createdAt === 'string')) return null;
  return d as ExportDocument;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What of an export can come into an account: the person's own readable writing, oldest
 * first, so what an item points at (a promise a mark belongs to, a conversation a preparation
 * is for) comes in before it.
 */
export function importableItems(doc: ExportDocument): ExportedItem[] {
  return doc.items.filter((i) => i.writtenBy === 'you' && i.content !== null).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * An item's state with the ids it points at replaced by the new ids of what came in before
 * it; null when it points at something that did not come in (a partner's item, a couple's
 * prompt of the day), since it would point at nothing.
 */
export function remapState(state: unknown, newIds: ReadonlyMap<string, string>): { state: unknown } | null {
  let missing = false;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string' && UUID.test(v)) {
      const next = newIds.get(v);
      if (!next) missing = true;
      return next ?? v;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const out = walk(state ?? {});
  return missing ? null : { state: out };
}

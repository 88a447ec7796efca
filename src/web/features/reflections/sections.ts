import { byParent, REFLECTION_SECTIONS, type ReflectionSection } from '../../../shared/kinds.js';
import type { ReflectionContent } from '../../../shared/reflections/content.js';

export { ACK_NOTE_MAX, type AckContent } from '../../../shared/replies/content.js';
export type { ReflectionContent };

/** What happened, in the person's own word for it. Encrypted with the text, never plaintext state. */
export const CATEGORIES = [
  { value: 'infidelity', label: 'Infidelity' },
  { value: 'dishonesty', label: 'Dishonesty' },
  { value: 'secrecy', label: 'Secrecy' },
  { value: 'broken_promises', label: 'Broken promises' },
  { value: 'emotional_neglect', label: 'Emotional neglect' },
  { value: 'withdrawal', label: 'Withdrawal' },
  { value: 'other', label: 'Other' },
] as const;

export type Category = (typeof CATEGORIES)[number]['value'];

export function isCategory(v: unknown): v is Category {
  return typeof v === 'string' && CATEGORIES.some((c) => c.value === v);
}

export function categoryLabel(v: Category): string {
  return CATEGORIES.find((c) => c.value === v)?.label ?? 'Other';
}



/** A draft of one section, as it is sealed (with the version it started from). */
export interface ReflectionDraft {
  text: string;
  category: Category | null;
  baseVersion: number;
}

export interface SectionInfo {
  section: ReflectionSection;
  title: string;
  /** One line: why we ask (grounded in how therapists repair trust, EVIDENCE §1). */
  why: string;
  /** Shown above the why-line, for the one section that needs a framing. */
  framing?: string;
  group: 'everyone' | 'broke_trust';
}

export const SECTIONS: readonly SectionInfo[] = [
  {
    section: 'what_happened',
    title: 'What happened',
    why: 'Naming what happened, plainly and in your own words, is where repair begins.',
    group: 'everyone',
  },
  {
    section: 'how_it_felt',
    title: 'How it felt, and how it feels now',
    why: 'Hurt that is put into words can be heard. How you feel may change over time — then and now both matter.',
    group: 'everyone',
  },
  {
    section: 'what_i_need',
    title: 'What I need now to heal',
    why: 'Saying what would help — honesty, reassurance, time, space — gives you both something real to work with.',
    group: 'everyone',
  },
  {
    section: 'afraid_of',
    title: "What I'm afraid of",
    why: 'Fears that stay unspoken tend to grow. Named, they are easier to talk about together.',
    group: 'everyone',
  },
  {
    section: 'hope_for',
    title: 'What I hope for',
    why: 'Hope is allowed, even now. There is no wrong answer, and it can change.',
    group: 'everyone',
  },
  {
    section: 'what_led_up',
    title: 'What led up to it',
    framing: 'This is context, not an excuse.',
    why: 'Understanding how it came about helps you both see what needs to change, so it does not happen again.',
    group: 'broke_trust',
  },
  {
    section: 'impact_understood',
    title: 'What I understand about its impact',
    why: 'Understanding the hurt you caused comes before an apology that can really be heard.',
    group: 'broke_trust',
  },
];

export function sectionInfo(section: ReflectionSection): SectionInfo {
  const info = SECTIONS.find((s) => s.section === section);
  if (!info) throw new Error(`Unknown section ${section}`);
  return info;
}

export function draftKey(section: ReflectionSection): string {
  return `reflection:${section}`;
}

/** The longest text a section takes (content is at most 64 KiB once encoded). */
export const SECTION_MAX_CHARS = 12_000;

/** The two kind phrases a partner can send under something shared with them. */
export const ACK_PHRASES = ['Thank you for telling me', 'I read this'] as const;

// ── Reading what came back from the item store ─────────────────────────────

interface Sectioned {
  state: unknown;
  updatedAt: string;
}

/** The section named by an item's plaintext state, or null. */
export function sectionOf(item: { state: unknown }): ReflectionSection | null {
  const s = item.state;
  if (!s || typeof s !== 'object') return null;
  const section = (s as { section?: unknown }).section;
  return typeof section === 'string' && (REFLECTION_SECTIONS as readonly string[]).includes(section) ? (section as ReflectionSection) : null;
}


/** One item per section (the newest if there were ever two), in the order the page shows them. */
export function bySection<T extends Sectioned>(items: readonly T[]): Map<ReflectionSection, T> {
  const out = new Map<ReflectionSection, T>();
  for (const section of REFLECTION_SECTIONS) {
    const mine = items.filter((i) => sectionOf(i) === section).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    if (mine[0]) out.set(section, mine[0]);
  }
  return out;
}

/** Acknowledgments grouped under what they answer, oldest first. */
export const acksByParent = byParent;



export function asDraft(body: unknown): ReflectionDraft | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  if (typeof b.text !== 'string' || typeof b.baseVersion !== 'number') return null;
  return { text: b.text, category: isCategory(b.category) ? b.category : null, baseVersion: b.baseVersion };
}

/** The content to save for what is in the editor. */
export function contentOf(text: string, category: Category | null): ReflectionContent {
  return category ? { text, category } : { text };
}

/** Whether the editor holds something different from what is saved. */
export function differs(text: string, category: Category | null, saved: ReflectionContent | null): boolean {
  if (!saved) return text.trim() !== '' || category !== null;
  return text !== saved.text || (category ?? null) !== (saved.category ?? null);
}

/** Triggers and hard moments: content shapes and pure helpers. */

export const WHAT_MAX = 300;
export const NOTE_MAX = 2_000;
export const MESSAGE_MAX = 600;

export const HARD_MOMENT_TEXT = "I'm having a hard moment.";
export const SUGGESTED_REPLY = "Thank you for telling me. I'm here. What do you need?";

/** A private note of a trigger. */
export interface TriggerContent {
  what: string;
  /** When it happened (ISO). */
  when: string;
  note?: string;
}

export interface MessageContent {
  text: string;
}

export function asTrigger(content: unknown): TriggerContent | null {
  if (!content || typeof content !== 'object') return null;
  const c = content as Record<string, unknown>;
  if (typeof c.what !== 'string' || typeof c.when !== 'string' || Number.isNaN(Date.parse(c.when))) return null;
  const out: TriggerContent = { what: c.what.slice(0, WHAT_MAX), when: c.when };
  if (typeof c.note === 'string' && c.note.trim()) out.note = c.note.slice(0, NOTE_MAX);
  return out;
}

export function asMessage(content: unknown): MessageContent | null {
  if (!content || typeof content !== 'object') return null;
  const t = (content as Record<string, unknown>).text;
  return typeof t === 'string' ? { text: t.slice(0, MESSAGE_MAX) } : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The value a `datetime-local` input shows for a moment, on this device's clock ("2025-03-10T14:05"). */
export function toLocalInput(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value back to a moment (this device's clock); null if it isn't one. */
export function fromLocalInput(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return Number.isNaN(d.getTime()) ? null : d;
}

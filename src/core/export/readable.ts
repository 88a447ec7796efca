/**
 * What the readable copy of an export shows for one piece of writing: labelled fields in
 * people's words. The web app knows each kind's words (its questions, sections and choices) and
 * passes a presenter; anything it doesn't know falls back to `plainFields`.
 */
import type { ExportDocument, ExportedItem } from './export.js';

/** One labelled part of a piece of writing; a list shows as a list. No label for the words alone. */
export interface ReadableField {
  label: string | null;
  text: string | readonly string[];
}

/** Says what one exported item holds, field by field, in people's words. */
export type ExportPresenter = (item: ExportedItem, doc: ExportDocument) => ReadableField[];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Keys that only say where something points or which revision it is: nothing a person wrote. */
const TECHNICAL = new Set(['id', 'parentId', 'refersTo', 'version', 'termsFrom', 'summaryOf']);

/** "whatHappened" / "what_happened" → "What happened"; "whatINeed" → "What I need". */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/\bi\b/g, 'I');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function plainValue(value: unknown, depth: number): string | string[] | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') {
    if (UUID.test(value)) return null;
    // A choice stored as a code ("was_hurt") reads as words.
    return /^[a-z]+(?:_[a-z]+)+$/.test(value) ? humanize(value) : value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (depth > 4) return null;
  if (Array.isArray(value)) {
    const parts = value.map((v) => plainValue(v, depth + 1)).flatMap((v) => (v === null ? [] : Array.isArray(v) ? [v.join(', ')] : [v]));
    return parts.length ? parts : null;
  }
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !TECHNICAL.has(k))
      .map(([k, v]) => {
        const text = plainValue(v, depth + 1);
        return text === null ? null : `${humanize(k)}: ${Array.isArray(text) ? text.join(', ') : text}`;
      })
      .filter((s): s is string => s !== null);
    return parts.length ? parts : null;
  }
  return null;
}

/** Any content as labelled fields: ids left out, codes as words; a lone field needs no label. */
export function plainFields(content: unknown): ReadableField[] {
  if (content === null || content === undefined) return [];
  if (typeof content !== 'object' || Array.isArray(content)) {
    const text = plainValue(content, 0);
    return text === null ? [] : [{ label: null, text }];
  }
  const entries = Object.entries(content as Record<string, unknown>).filter(([k]) => !TECHNICAL.has(k));
  const fields = entries.flatMap(([k, v]) => {
    const text = plainValue(v, 1);
    return text === null ? [] : [{ label: humanize(k), text }];
  });
  if (fields.length === 1 && entries.length === 1) return [{ label: null, text: fields[0]!.text }];
  return fields;
}

/** The default presenter: the content's own fields, made readable. */
export const plainPresenter: ExportPresenter = (item) => plainFields(item.content);

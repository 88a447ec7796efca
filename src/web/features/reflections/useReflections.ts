import { useMemo } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { REFLECTION_SECTIONS } from '../../../shared/kinds.js';
import { useKinds } from '../../lib/use-kinds.js';
import { useDrafts, type Drafts } from '../../lib/use-drafts.js';
import { asDraft, draftKey, type ReflectionDraft } from './sections.js';

export interface ReflectionData {
  /** Everything of kind reflection this person reads: their own, and what the partner shared. */
  reflections: OpenItem[];
  /** Acknowledgments: the ones they sent, and the ones the partner sent them. */
  acks: OpenItem[];
}

const KINDS = ['reflection', 'acknowledgment'] as const;

/**
 * The reflections and acknowledgments this person reads, kept current (useKinds): on load,
 * when the partner changes (joins or leaves), and on every `items.changed` from the live stream.
 */
export function useReflectionData(items: ItemsClient, partnerId: string | null) {
  const { data, error, reload, replace } = useKinds(items, KINDS, partnerId);
  const named = useMemo<ReflectionData | null>(() => (data ? { reflections: data.reflection, acks: data.acknowledgment } : null), [data]);
  return { data: named, error, reload, replace };
}

/** The draft key of each section, in order. */
const SECTION_KEYS = REFLECTION_SECTIONS.map(draftKey);

/** Drafts for this page: each section's draft (`reflection:<section>`), restored on load. */
export function useReflectionDrafts(items: ItemsClient, userId: string): Drafts<ReflectionDraft> {
  return useDrafts(items, userId, { keys: SECTION_KEYS, parse: asDraft });
}

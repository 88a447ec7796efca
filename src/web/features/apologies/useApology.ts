import { useMemo } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { useKinds } from '../../lib/use-kinds.js';
import { useDrafts, type Drafts } from '../../lib/use-drafts.js';
import { DRAFT_PREFIX } from './content.js';

export interface ApologyData {
  letters: OpenItem[];
  responses: OpenItem[];
  acks: OpenItem[];
  apologies: OpenItem[];
  values: OpenItem[];
}

const KINDS = ['impact_letter', 'response', 'acknowledgment', 'apology', 'values_reflection'] as const;

/**
 * Everything practice 2 reads: letters, "what I heard" responses, short answers, apologies
 * and one's own values reflections, kept current (useKinds): on load, when the partner
 * changes, and on every `items.changed` from the live stream.
 */
export function useApologyData(items: ItemsClient, partnerId: string | null) {
  const { data, error, reload, replace } = useKinds(items, KINDS, partnerId);
  const named = useMemo<ApologyData | null>(
    () =>
      data
        ? { letters: data.impact_letter, responses: data.response, acks: data.acknowledgment, apologies: data.apology, values: data.values_reflection }
        : null,
    [data],
  );
  return { data: named, error, reload, replace };
}

/** Drafts for this page (never lost): every `apology:` draft, restored on load. */
export function useApologyDrafts(items: ItemsClient, userId: string): Drafts {
  return useDrafts(items, userId, { prefix: DRAFT_PREFIX });
}

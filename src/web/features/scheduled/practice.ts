import type { PartnerView } from '../../../shared/api/index.js';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import type { CommitmentState } from '../../../shared/commitments/state.js';
import type { CheckedForm, ScheduleFormValues } from './form.js';
import type { ScheduledFormWords } from './ScheduledForm.js';

/**
 * A scheduled practice as the shared module sees it: its words, its checks and its writes.
 * Promises (../commitments/practice.ts) and rituals (../rituals/practice.ts) each give one;
 * everything else about them is theirs.
 */
export interface ScheduledPractice<C> {
  /** "promise" or "ritual": in plan errors and in "You can share it from the …". */
  kindWord: 'promise' | 'ritual';
  form: ScheduledFormWords;
  check(values: ScheduleFormValues, timeZone: string, now: Date): CheckedForm<C>;
  draftKeys: { create: string; edit(id: string): string };
  /** Makes one, shared when `share` says so; a failed share leaves it private and says why. */
  create(items: ItemsClient, content: C, plan: CommitmentState, partner: PartnerView | null, share: boolean): Promise<{ item: OpenItem; shareFailed: unknown }>;
  /** A new plan (edit, pause, resume, end), with the words as they are or as changed. */
  savePlan(items: ItemsClient, item: OpenItem, content: C, plan: CommitmentState): Promise<OpenItem>;
  card: {
    className: string;
    testId: string;
    historyTitle: string;
    foldTestId: string;
    endTitle: string;
    /** Said after a change (not a resume) was saved. */
    savedChange: string;
  };
  /** The "Make a …" section of the page. */
  make: {
    headingId: string;
    title: string;
    foldSummary: string;
    foldTestId: string;
    /** "Why this helps:" and what follows it. */
    why: string;
    /** The promise says why inside the fold; the ritual above it. */
    whyInFold: boolean;
    submitLabel(partnerName: string | null): string;
    savedPrivately: string;
  };
}

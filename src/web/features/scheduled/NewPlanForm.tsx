import { useState } from 'react';
import type { OpenItem } from '../../../shared/client/index.js';
import { newPlan } from '../../../core/scheduled/index.js';
import type { CommitmentState } from '../../../shared/commitments/state.js';
import { LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { asFormValues, emptyForm, type CheckedForm, type ScheduleFormValues } from './form.js';
import type { PracticeCardProps } from './ScheduledCard.js';
import { ScheduledForm, type ScheduledFormWords } from './ScheduledForm.js';

/** The form to start with on a page: the draft being written, if any, or a fresh one. */
export function startingForm(draft: unknown, now: Date, timeZone: string): { initial: ScheduleFormValues; drafted: boolean } {
  const base = emptyForm(now, timeZone);
  const restored = asFormValues(draft, base);
  return restored && restored.what ? { initial: restored, drafted: true } : { initial: base, drafted: false };
}

interface NewPlanFormProps<C> extends PracticeCardProps {
  words: ScheduledFormWords;
  check(values: ScheduleFormValues, timeZone: string, now: Date): CheckedForm<C>;
  initial: ScheduleFormValues;
  draftKey: string;
  submitLabel: string;
  /** Makes the promise or ritual, shared when `share` says so; a failed share leaves it private. */
  create(content: C, plan: CommitmentState, share: boolean): Promise<{ item: OpenItem; shareFailed: unknown }>;
  /** "promise" or "ritual", as in "You can share it from the ritual." */
  kindWord: string;
  /** What is said when it was kept private. */
  savedPrivately: string;
}

/** Making a new promise or ritual: the form in a card, and how the save went (shared, or why not). */
export function NewPlanForm<C>({ words, check, initial, drafts, draftKey, timeZone, partner, keys, submitLabel, create, onItem, kindWord, savedPrivately }: NewPlanFormProps<C>) {
  const [made, setMade] = useState('');
  const [formKey, setFormKey] = useState(0);
  const name = partner?.displayName ?? '';
  return (
    <div className="card">
      <ScheduledForm
        key={formKey}
        words={words}
        initial={initial}
        drafts={drafts}
        draftKey={draftKey}
        timeZone={timeZone}
        partnerName={partner ? name : null}
        submitLabel={submitLabel}
        check={check}
        onSubmit={async (checked) => {
          const share = !!partner && !checked.keepPrivate && keys === 'ok';
          const { item, shareFailed } = await create(checked.content, newPlan(checked.schedule, checked.remindMinutesBefore), share);
          onItem(item);
          setFormKey((k) => k + 1);
          setMade(
            shareFailed
              ? `Saved, but not yet shared with ${name}: ${errorMessage(shareFailed)} You can share it from the ${kindWord}.`
              : share
                ? `Saved and shared with ${name}.`
                : savedPrivately,
          );
        }}
      />
      <LiveStatus>{made}</LiveStatus>
    </div>
  );
}

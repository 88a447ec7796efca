import { useState } from 'react';
import { newPlan } from '../../../core/scheduled/index.js';
import { Fold } from '../../components/Fold.js';
import { LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { usePracticeContext, usePracticeNow } from '../../lib/practice-context.js';
import { asFormValues, emptyForm, type ScheduleFormValues } from './form.js';
import { PageSection } from './page.js';
import type { ScheduledPractice } from './practice.js';
import type { PracticeCardProps } from './ScheduledCard.js';
import { ScheduledForm } from './ScheduledForm.js';

/** The form to start with on a page: the draft being written, if any, or a fresh one. */
function startingForm(draft: unknown, now: Date, timeZone: string): { initial: ScheduleFormValues; drafted: boolean } {
  const base = emptyForm(now, timeZone);
  const restored = asFormValues(draft, base);
  return restored && restored.what ? { initial: restored, drafted: true } : { initial: base, drafted: false };
}

interface NewPlanSectionProps<C> extends PracticeCardProps {
  practice: ScheduledPractice<C>;
  /** Nothing made yet: the form starts open. */
  none: boolean;
}

/**
 * "Make a promise" / "Make a ritual": why it helps, and the form in a fold (open while a draft
 * waits or there is none yet), saying after a save whether it was shared, or why not.
 */
export function NewPlanSection<C>({ practice, none, items, drafts, onItem }: NewPlanSectionProps<C>) {
  const { partner, keys, timeZone } = usePracticeContext();
  const now = usePracticeNow();
  const [made, setMade] = useState('');
  const [formKey, setFormKey] = useState(0);
  const { make } = practice;
  const name = partner?.displayName ?? '';
  const start = startingForm(drafts.restored?.get(practice.draftKeys.create), now, timeZone);
  const why = (
    <p className="why">
      {/* One text node after the label, as the words were written before. */}
      <span className="why-label">Why this helps:</span>
      {` ${make.why}`}
    </p>
  );
  return (
    <PageSection id={make.headingId} title={make.title}>
      {make.whyInFold ? null : why}
      <Fold summary={make.foldSummary} open={start.drafted || none} testId={make.foldTestId}>
        {make.whyInFold ? why : null}
        <div className="card">
          <ScheduledForm
            key={formKey}
            words={practice.form}
            initial={start.initial}
            drafts={drafts}
            draftKey={practice.draftKeys.create}
            submitLabel={make.submitLabel(partner ? name : null)}
            check={practice.check}
            onSubmit={async (checked) => {
              const share = !!partner && !checked.keepPrivate && keys === 'ok';
              const { item, shareFailed } = await practice.create(items, checked.content, newPlan(checked.schedule, checked.remindMinutesBefore), partner, share);
              onItem(item);
              setFormKey((k) => k + 1);
              setMade(
                shareFailed
                  ? `Saved, but not yet shared with ${name}: ${errorMessage(shareFailed)} You can share it from the ${practice.kindWord}.`
                  : share
                    ? `Saved and shared with ${name}.`
                    : make.savedPrivately,
              );
            }}
          />
          <LiveStatus>{made}</LiveStatus>
        </div>
      </Fold>
    </PageSection>
  );
}

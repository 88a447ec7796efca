import { WHAT_MAX } from '../../../core/commitments/index.js';
import { Button } from '../../components/Button.js';
import { TextAreaField, TextField } from '../../components/Field.js';
import { ErrorAlert } from '../../components/Status.js';
import { DRAFT_STATUS_TEXT } from '../../lib/draft-status.js';
import { type Drafts } from '../../lib/use-drafts.js';
import { checkPromiseForm, type CheckedPromise, type PromiseFormValues } from './form.js';
import { useScheduleForm } from './useScheduleForm.js';
import { ScheduleFields } from './ScheduleFields.js';

interface PromiseFormProps {
  /** Values to start from (a restored draft, or the promise being changed). */
  initial: PromiseFormValues;
  drafts: Drafts;
  draftKey: string;
  timeZone: string;
  /** Changing a promise: no start date (changes apply from today or tomorrow), no privacy choice. */
  editing?: { appliesFrom: string; when: string } | undefined;
  partnerName: string | null;
  submitLabel: string;
  busyLabel: string;
  /** Saves; a thrown error's message is shown and the form (and its draft) stay. */
  onSubmit(checked: Extract<CheckedPromise, { ok: true }>): Promise<void>;
  onCancel?(): void;
}

/** Writing or changing a promise: the words, when it happens, a reminder, and who sees it. */
export function PromiseForm({ initial, drafts, draftKey, timeZone, editing, partnerName, submitLabel, busyLabel, onSubmit, onCancel }: PromiseFormProps) {
  const { v, set, errors, busy, failed, status, formRef, submit, hasErrors } = useScheduleForm({ initial, drafts, draftKey, timeZone, editing, check: checkPromiseForm, onSubmit });
  return (
    <form ref={formRef} className="form promise-form" noValidate onSubmit={(e) => void submit(e)}>
      <TextField
        label="Your promise"
        hint="Something small and specific you can do, like “Call if I'm running more than 15 minutes late.”"
        value={v.what}
        error={errors.what}
        autoComplete="off"
        onChange={(e) => set({ what: e.target.value })}
      />
      <p className="field-hint promise-count">
        {v.what.length} of {WHAT_MAX} characters
      </p>
      <TextAreaField label="Why it matters (optional)" rows={2} value={v.note} error={errors.note} onChange={(e) => set({ note: e.target.value })} />

      <ScheduleFields v={v} set={set} errors={errors} editing={editing} timeZone={timeZone} remindLabel="Remind me" />

      {!editing ? (
        <div className="field">
          <label className="choice">
            <input type="checkbox" checked={v.keepPrivate} onChange={(e) => set({ keepPrivate: e.target.checked })} />
            <span>Keep this just for me</span>
          </label>
          <p className="field-hint">
            {partnerName
              ? `A personal intention: ${partnerName} won't see it or its marks. You can share it later.`
              : 'Until your partner joins, every promise is yours alone.'}
          </p>
        </div>
      ) : null}

      {errors.form ? <p className="field-error">{errors.form}</p> : null}
      <ErrorAlert message={failed ?? (hasErrors ? 'A few things need a look — see the notes by each field.' : null)} />
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel={busyLabel}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" disabled={busy} onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
      <p className="draft-status" role="status" aria-live="polite">
        {DRAFT_STATUS_TEXT[status.shown]}
      </p>
    </form>
  );
}

import { Button } from '../../components/Button.js';
import { TextAreaField, TextField } from '../../components/Field.js';
import { ErrorAlert } from '../../components/Status.js';
import { DRAFT_STATUS_TEXT } from '../../lib/draft-status.js';
import { usePracticeContext } from '../../lib/practice-context.js';
import type { Drafts } from '../../lib/use-drafts.js';
import type { CheckedForm, ScheduleFormValues } from './form.js';
import { useScheduleForm } from './useScheduleForm.js';
import { ScheduleFields } from './ScheduleFields.js';
import './scheduled.css';

/** What a practice's form says: a promise is yours alone to keep, a ritual belongs to both. */
export interface ScheduledFormWords {
  /** The form's classes (a ritual's adds its own). */
  className: string;
  whatLabel: string;
  whatHint: string;
  /** The longest `what`, shown as a count. */
  whatMax: number;
  /** A hard stop on typing, when the practice has one. */
  whatMaxLength?: number | undefined;
  noteLabel: string;
  /** "Remind me" or "Remind us". */
  remindLabel: string;
  /** Said under the reminder when there is a partner, if anything. */
  remindNote?: string | undefined;
  privateLabel: string;
  privateHint(partnerName: string | null): string;
}

interface ScheduledFormProps<C> {
  words: ScheduledFormWords;
  /** Values to start from (a restored draft, or the plan being changed). */
  initial: ScheduleFormValues;
  drafts: Drafts;
  draftKey: string;
  /** Changing a plan: no start date (changes apply from today or tomorrow), no privacy choice. */
  editing?: { appliesFrom: string; when: string } | undefined;
  submitLabel: string;
  check(values: ScheduleFormValues, timeZone: string, now: Date): CheckedForm<C>;
  /** Saves; a thrown error's message is shown and the form (and its draft) stay. */
  onSubmit(checked: Extract<CheckedForm<C>, { ok: true }>): Promise<void>;
  onCancel?(): void;
}

/** Writing or changing a promise or a ritual: the words, when it happens, a reminder, and who sees it. */
export function ScheduledForm<C>({ words, initial, drafts, draftKey, editing, submitLabel, check, onSubmit, onCancel }: ScheduledFormProps<C>) {
  const { partner } = usePracticeContext();
  const partnerName = partner ? partner.displayName : null;
  const { v, set, errors, busy, failed, status, formRef, submit, hasErrors } = useScheduleForm({ initial, drafts, draftKey, editing, check, onSubmit });
  return (
    <form ref={formRef} className={words.className} noValidate onSubmit={(e) => void submit(e)}>
      <TextField
        label={words.whatLabel}
        hint={words.whatHint}
        value={v.what}
        error={errors.what}
        autoComplete="off"
        maxLength={words.whatMaxLength}
        onChange={(e) => set({ what: e.target.value })}
      />
      <p className="field-hint promise-count">
        {v.what.length} of {words.whatMax} characters
      </p>
      <TextAreaField label={words.noteLabel} rows={2} value={v.note} error={errors.note} onChange={(e) => set({ note: e.target.value })} />

      <ScheduleFields v={v} set={set} errors={errors} editing={editing} remindLabel={words.remindLabel} />
      {partnerName && words.remindNote ? <p className="field-hint">{words.remindNote}</p> : null}

      {!editing ? (
        <div className="field">
          <label className="choice">
            <input type="checkbox" checked={v.keepPrivate} onChange={(e) => set({ keepPrivate: e.target.checked })} />
            <span>{words.privateLabel}</span>
          </label>
          <p className="field-hint">{words.privateHint(partnerName)}</p>
        </div>
      ) : null}

      {errors.form ? <p className="field-error">{errors.form}</p> : null}
      <ErrorAlert message={failed ?? (hasErrors ? 'A few things need a look — see the notes by each field.' : null)} />
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel="Saving…">
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

import { RITUAL_TITLE_MAX } from '../../../core/rituals/index.js';
import { Button } from '../../components/Button.js';
import { TextAreaField, TextField } from '../../components/Field.js';
import { ErrorAlert } from '../../components/Status.js';
import { DRAFT_STATUS_TEXT } from '../../lib/draft-status.js';
import { type Drafts } from '../../lib/use-drafts.js';
import type { PromiseFormValues } from '../commitments/form.js';
import { useScheduleForm } from '../commitments/useScheduleForm.js';
import { ScheduleFields } from '../commitments/ScheduleFields.js';
import { checkRitualForm, type CheckedRitual } from './form.js';

interface RitualFormProps {
  initial: PromiseFormValues;
  drafts: Drafts;
  draftKey: string;
  timeZone: string;
  /** Changing a ritual: changes apply from today or tomorrow; no privacy choice. */
  editing?: { appliesFrom: string; when: string } | undefined;
  partnerName: string | null;
  submitLabel: string;
  /** Saves; a thrown error's message is shown and the form (and its draft) stay. */
  onSubmit(checked: Extract<CheckedRitual, { ok: true }>): Promise<void>;
  onCancel?(): void;
}

/** Making or changing a ritual: its name, when it happens, a reminder for both of you. */
export function RitualForm({ initial, drafts, draftKey, timeZone, editing, partnerName, submitLabel, onSubmit, onCancel }: RitualFormProps) {
  const { v, set, errors, busy, failed, status, formRef, submit, hasErrors } = useScheduleForm({ initial, drafts, draftKey, timeZone, editing, check: checkRitualForm, onSubmit });
  return (
    <form ref={formRef} className="form promise-form ritual-form" noValidate onSubmit={(e) => void submit(e)}>
      <TextField
        label="Your ritual"
        hint="Something small you do together, again and again — like “Morning coffee, phones away.”"
        value={v.what}
        error={errors.what}
        autoComplete="off"
        maxLength={RITUAL_TITLE_MAX + 20}
        onChange={(e) => set({ what: e.target.value })}
      />
      <p className="field-hint promise-count">
        {v.what.length} of {RITUAL_TITLE_MAX} characters
      </p>
      <TextAreaField label="A note (optional)" rows={2} value={v.note} error={errors.note} onChange={(e) => set({ note: e.target.value })} />

      <ScheduleFields v={v} set={set} errors={errors} editing={editing} timeZone={timeZone} remindLabel="Remind us" />
      {partnerName ? <p className="field-hint">Reminders go to both of you, each at your own quiet hours.</p> : null}

      {!editing ? (
        <div className="field">
          <label className="choice">
            <input type="checkbox" checked={v.keepPrivate} onChange={(e) => set({ keepPrivate: e.target.checked })} />
            <span>Keep it private for now</span>
          </label>
          <p className="field-hint">
            {partnerName ? `Rituals are for the two of you; ${partnerName} sees it once you share it.` : 'Until your partner joins, it is yours alone.'}
          </p>
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

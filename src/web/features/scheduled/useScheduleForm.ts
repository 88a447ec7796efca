import { useRef, useState, type FormEvent } from 'react';
import { useDraftStatus } from '../../lib/draft-status.js';
import { usePracticeContext } from '../../lib/practice-context.js';
import type { Drafts } from '../../lib/use-drafts.js';
import type { CheckedForm, ScheduleErrors, ScheduleFormValues } from './form.js';

/**
 * The behaviour a promise form and a ritual form share: values kept as a draft on every
 * change, checked on submit (an edit applies from its effective date), focus moved to the
 * first field that needs attention, and the draft discarded only once the save went through.
 */
export function useScheduleForm<C>(options: {
  initial: ScheduleFormValues;
  drafts: Drafts;
  draftKey: string;
  editing?: { appliesFrom: string } | undefined;
  check(values: ScheduleFormValues, timeZone: string, now: Date): CheckedForm<C>;
  onSubmit(checked: Extract<CheckedForm<C>, { ok: true }>): Promise<void>;
}) {
  const { drafts, draftKey, editing } = options;
  const { timeZone } = usePracticeContext();
  const [v, setV] = useState<ScheduleFormValues>(options.initial);
  const [errors, setErrors] = useState<ScheduleErrors>({});
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const status = useDraftStatus(drafts, draftKey, 'none');
  const formRef = useRef<HTMLFormElement>(null);
  const recurring = v.type !== 'once';

  const set = (patch: Partial<ScheduleFormValues>) => {
    const next = { ...v, ...patch };
    setV(next);
    status.setActive(true);
    drafts.sync.change(draftKey, next);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailed(null);
    const checked = options.check(editing && recurring ? { ...v, date: editing.appliesFrom } : v, timeZone, new Date());
    if (!checked.ok) {
      setErrors(checked.errors);
      // Move to the first field that needs attention, so keyboard and screen reader users land on it.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await options.onSubmit(checked);
      status.setActive(false);
      status.setShown('none');
      await drafts.sync.discard(draftKey);
    } catch (err) {
      setFailed(err instanceof Error && err.message ? err.message : "Didn't go through — your words are saved. Try again?");
    } finally {
      setBusy(false);
    }
  };

  return { v, set, errors, busy, failed, status, formRef, recurring, submit, hasErrors: Object.keys(errors).length > 0 };
}

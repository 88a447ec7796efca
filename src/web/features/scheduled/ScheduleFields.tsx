import { useId } from 'react';
import { REMINDER_OPTIONS } from '../../../core/scheduled/index.js';
import { WEEKDAYS } from '../../../core/schedules/index.js';
import { SelectField, TextField } from '../../components/Field.js';
import { usePracticeContext } from '../../lib/practice-context.js';
import { DAY_LABELS, FREQUENCIES, type ScheduleErrors, type ScheduleFormValues } from './form.js';

interface ScheduleFieldsProps {
  v: ScheduleFormValues;
  set(patch: Partial<ScheduleFormValues>): void;
  errors: ScheduleErrors;
  /** Changing a schedule: no start date (changes apply from today or tomorrow). */
  editing?: { appliesFrom: string; when: string } | undefined;
  /** "Remind me" for a promise, "Remind us" for a ritual (both partners are reminded). */
  remindLabel: string;
}

/** When something happens (how often, which days, the time, an end) and its reminder: shared by promises and rituals. */
export function ScheduleFields({ v, set, errors, editing, remindLabel }: ScheduleFieldsProps) {
  const uid = useId();
  const { timeZone } = usePracticeContext();
  const recurring = v.type !== 'once';
  const withDays = v.type === 'weekly' || v.type === 'every_n_weeks';
  return (
    <>
      <fieldset className="choices">
        <legend>How often</legend>
        <div className="choice-list">
          {FREQUENCIES.map((f) => (
            <label key={f.type} className="choice">
              <input type="radio" name={`${uid}-type`} value={f.type} checked={v.type === f.type} onChange={() => set({ type: f.type })} />
              <span>{f.label}</span>
            </label>
          ))}
        </div>
      </fieldset>

      {withDays ? (
        <fieldset className="choices" aria-describedby={errors.weekdays ? `${uid}-days-error` : undefined}>
          <legend>On these days</legend>
          <div className="choice-list">
            {WEEKDAYS.map((d, i) => (
              <label key={d} className="choice">
                <input
                  type="checkbox"
                  checked={v.weekdays.includes(d)}
                  aria-invalid={errors.weekdays && i === 0 ? true : undefined}
                  onChange={(e) => set({ weekdays: e.target.checked ? WEEKDAYS.filter((x) => x === d || v.weekdays.includes(x)) : v.weekdays.filter((x) => x !== d) })}
                />
                <span>{DAY_LABELS[d]}</span>
              </label>
            ))}
          </div>
          {errors.weekdays ? (
            <p className="field-error" id={`${uid}-days-error`}>
              {errors.weekdays}
            </p>
          ) : null}
        </fieldset>
      ) : null}

      <div className="promise-when">
        {v.type === 'every_n_weeks' ? (
          <SelectField label="Every" value={v.interval} error={errors.interval} onChange={(e) => set({ interval: Number(e.target.value) })}>
            {Array.from({ length: 11 }, (_, i) => i + 2).map((n) => (
              <option key={n} value={n}>
                {n} weeks
              </option>
            ))}
          </SelectField>
        ) : null}
        {v.type === 'monthly' ? (
          <SelectField
            label="Day of the month"
            hint="Short months use their last day."
            value={v.dayOfMonth}
            error={errors.dayOfMonth}
            onChange={(e) => set({ dayOfMonth: Number(e.target.value) })}
          >
            {Array.from({ length: 31 }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n === 31 ? '31 (the last day)' : n}
              </option>
            ))}
          </SelectField>
        ) : null}
        {!editing || !recurring ? (
          <TextField type="date" label={recurring ? 'Starting' : 'On'} value={v.date} error={errors.date} onChange={(e) => set({ date: e.target.value })} />
        ) : null}
        <TextField type="time" label="At" hintBelow hint={`Your time (${timeZone})`} value={v.time} error={errors.time} onChange={(e) => set({ time: e.target.value })} />
        {recurring ? (
          <TextField type="date" label="Until (optional)" value={v.endDate} error={errors.endDate} onChange={(e) => set({ endDate: e.target.value })} />
        ) : null}
      </div>
      {editing && recurring ? <p className="muted small">This applies from {editing.when}; times already past keep their marks.</p> : null}

      <SelectField label={remindLabel} value={v.remind} error={errors.remind} onChange={(e) => set({ remind: e.target.value })}>
        {REMINDER_OPTIONS.map((o) => (
          <option key={o.label} value={o.minutes === null ? 'none' : String(o.minutes)}>
            {o.label}
          </option>
        ))}
      </SelectField>
    </>
  );
}

import { useCallback, useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { quietWindowSchema, type NotificationSettings, type NotificationSettingsResponse } from '../../../shared/api/notifications.js';
import { useMe } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/Field.js';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Status.js';
import { errorMessage, fieldErrors } from '../../lib/errors.js';
import { useNotificationsClient } from './useNotifications.js';
import './notifications.css';

/** Quiet hours offered when someone first turns them on. */
const QUIET_DEFAULT = { start: '22:00', end: '07:00' };

interface Form {
  reminders: boolean;
  partner: boolean;
  email: boolean;
  quietOn: boolean;
  start: string;
  end: string;
}

type FieldName = 'reminders' | 'partner' | 'email' | 'start' | 'end';

function toForm(s: NotificationSettings): Form {
  return {
    reminders: s.reminders,
    partner: s.partner,
    email: s.email,
    quietOn: s.quietHours !== null,
    start: s.quietHours?.start ?? QUIET_DEFAULT.start,
    end: s.quietHours?.end ?? QUIET_DEFAULT.end,
  };
}

/** Server field paths ("quietHours.end") to the field that shows the message. */
function byField(fields: Record<string, string>): Partial<Record<FieldName, string>> {
  const out: Partial<Record<FieldName, string>> = {};
  for (const [path, message] of Object.entries(fields)) {
    if (path === 'reminders' || path === 'partner' || path === 'email') out[path] = message;
    else if (path === 'quietHours.start') out.start = message;
    else if (path === 'quietHours.end' || path === 'quietHours') out.end = message;
  }
  return out;
}

function Switch({
  label,
  hint,
  checked,
  disabled,
  error,
  onChange,
}: {
  label: string;
  hint: ReactNode;
  checked: boolean;
  disabled?: boolean;
  error?: string | undefined;
  onChange(on: boolean): void;
}) {
  const id = useId();
  return (
    <div className="switch-row">
      <div className="switch-text">
        <label className="switch-label" htmlFor={id}>
          {label}
        </label>
        <span className="muted small" id={`${id}-hint`}>
          {hint}
        </span>
        {error ? (
          <span className="field-error" id={`${id}-error`}>
            {error}
          </span>
        ) : null}
      </div>
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
    </div>
  );
}

/** Settings: what the person hears about (reminders, the partner's sharing, email) and their quiet hours. */
export function NotificationSettingsCard() {
  const me = useMe();
  const api = useNotificationsClient();
  const [loaded, setLoaded] = useState<NotificationSettingsResponse | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const tz = me.user.timeZone;

  const load = useCallback(async () => {
    try {
      const r = await api.settings();
      setLoaded(r);
      setForm(toForm(r.settings));
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  const change = (patch: Partial<Form>) => {
    setForm((f) => (f ? { ...f, ...patch } : f));
    setStatus('');
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form || !loaded || busy) return;
    const settings: NotificationSettings = {
      reminders: form.reminders,
      partner: form.partner,
      email: loaded.emailAvailable ? form.email : false,
      quietHours: form.quietOn ? { start: form.start, end: form.end } : null,
    };
    if (settings.quietHours) {
      const checked = quietWindowSchema.safeParse(settings.quietHours);
      if (!checked.success) {
        const fields: Record<string, string> = {};
        for (const issue of checked.error.issues) fields[['quietHours', ...issue.path.map(String)].join('.')] ??= issue.message;
        setErrors(byField(fields));
        setGeneral('Please check the highlighted fields.');
        return;
      }
    }
    setErrors({});
    setGeneral(null);
    setStatus('');
    setBusy(true);
    try {
      const r = await api.saveSettings(settings);
      setLoaded(r);
      setForm(toForm(r.settings));
      setStatus('Saved.');
    } catch (err) {
      const fields = byField(fieldErrors(err));
      setErrors(fields);
      setGeneral(Object.keys(fields).length ? 'Please check the highlighted fields.' : errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading" className="anchor-target" tabIndex={-1}>
        Notifications
      </h2>
      <p className="muted">What Mend lets you know about. Notifications never include what anyone wrote, and your partner never sees these choices.</p>
      {!form || !loaded ? (
        loadError ? (
          <div className="stack">
            <ErrorAlert message={errorMessage(loadError)} />
            <div className="actions">
              <Button variant="secondary" onClick={() => void load()}>
                Try again
              </Button>
            </div>
          </div>
        ) : (
          <Loading label="Opening your notification settings…" />
        )
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="notifications-heading">
          <ErrorAlert message={general} />
          <div>
            <Switch
              label="Reminders"
              hint="A reminder before each of your own commitments is due."
              checked={form.reminders}
              error={errors.reminders}
              onChange={(on) => change({ reminders: on })}
            />
            <Switch
              label="When your partner shares something"
              hint="A note, an appreciation, or a reply from your partner."
              checked={form.partner}
              error={errors.partner}
              onChange={(on) => change({ partner: on })}
            />
            <Switch
              label="Email"
              hint={
                loaded.emailAvailable
                  ? 'A short email that only says something new is waiting for you in Mend — never who or what.'
                  : "Email isn't available on this Mend server, so everything stays in the app."
              }
              checked={loaded.emailAvailable && form.email}
              disabled={!loaded.emailAvailable}
              error={errors.email}
              onChange={(on) => change({ email: on })}
            />
            <Switch
              label="Quiet hours"
              hint={`Reminders and emails due in these hours wait until they end. On your clock (${tz.replace(/_/g, ' ')}).`}
              checked={form.quietOn}
              onChange={(on) => change({ quietOn: on })}
            />
          </div>
          {form.quietOn ? (
            <fieldset className="choices stack">
              <legend className="field-label">Quiet hours, on your clock</legend>
              <div className="time-pair">
                <TextField label="From" type="time" name="quietStart" value={form.start} onChange={(e) => change({ start: e.target.value })} error={errors.start} required />
                <TextField label="Until" type="time" name="quietEnd" value={form.end} onChange={(e) => change({ end: e.target.value })} error={errors.end} required />
              </div>
              <p className="muted small">
                {form.start && form.end && form.start !== form.end
                  ? `Quiet from ${form.start} to ${form.end}${form.end < form.start ? ' the next morning' : ''}.`
                  : ''}
              </p>
            </fieldset>
          ) : null}
          <div className="actions">
            <Button type="submit" busy={busy} busyLabel="Saving…">
              Save notification settings
            </Button>
          </div>
          <LiveStatus>{status}</LiveStatus>
        </form>
      )}
    </section>
  );
}

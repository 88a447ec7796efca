import { useState, type FormEvent } from 'react';
import { useSession } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { Fold } from '../../components/Fold.js';
import { PasswordField, SelectField } from '../../components/Field.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { LIMITS } from '../../../shared/limits.js';
import { LOCK_MINUTES, passcodeProblem, type LockMinutes, type LockSettings } from '../../lib/app-lock.js';
import { wasPasscodeSetAside } from '../../lib/app-lock-storage.js';
import { errorMessage } from '../../lib/errors.js';

function minutesLabel(m: LockMinutes): string {
  return m === 1 ? 'After 1 minute' : m === 60 ? 'After 1 hour' : `After ${m} minutes`;
}

/** The idle time and "lock when I switch away", shared by turning on and changing later. */
function LockChoices({ value, onChange }: { value: LockSettings; onChange(next: LockSettings): void }) {
  return (
    <>
      <SelectField
        label="Lock when I haven't used Mend"
        name="lockMinutes"
        value={String(value.minutes)}
        onChange={(e) => onChange({ ...value, minutes: LOCK_MINUTES.find((m) => String(m) === e.target.value) ?? value.minutes })}
      >
        {LOCK_MINUTES.map((m) => (
          <option key={m} value={m}>
            {minutesLabel(m)}
          </option>
        ))}
      </SelectField>
      <label className="choice">
        <input type="checkbox" name="lockOnHide" checked={value.onHide} onChange={(e) => onChange({ ...value, onHide: e.target.checked })} />
        <span>Also lock when I switch to another tab or app</span>
      </label>
    </>
  );
}

/**
 * Settings → "Lock Mend on this device" (SESS-09): a passcode the keys on this device are kept
 * behind, an idle time, and locking when the tab is hidden. Turning it off needs the passcode.
 */
export function AppLockCard() {
  const { lock } = useSession();
  return (
    <Card title="Lock Mend on this device" testId="app-lock-card">
      <p className="muted">
        With a passcode, Mend locks itself when you step away: your keys leave this device’s memory, and nothing stored here opens without the
        passcode. What you were writing is kept, and unlocking brings you back to where you were.
      </p>
      {lock.on ? <LockOn /> : <LockOff />}
    </Card>
  );
}

function LockOff() {
  const { lock } = useSession();
  const [passcode, setPasscode] = useState('');
  const [confirm, setConfirm] = useState('');
  const [choices, setChoices] = useState<LockSettings>(lock.settings);
  const [errors, setErrors] = useState<{ passcode?: string; confirm?: string }>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [setAside] = useState(wasPasscodeSetAside);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const problem = passcodeProblem(passcode);
    const mismatch = !problem && passcode !== confirm ? 'The two passcodes don’t match.' : undefined;
    setErrors({ passcode: problem ?? undefined, confirm: mismatch });
    if (problem || mismatch) {
      setGeneral('Please check the highlighted fields.');
      return;
    }
    setGeneral(null);
    setBusy(true);
    try {
      await lock.turnOn(passcode, choices);
    } catch (err) {
      setGeneral(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {setAside ? (
        <p className="notice" role="status">
          Your last passcode was set aside when you used your password. Choose a new one to lock Mend again.
        </p>
      ) : null}
      <ErrorAlert message={general} />
      <PasswordField
        label="Passcode"
        name="newPasscode"
        autoComplete="off"
        hint="At least 6 digits, or a phrase of at least 8 characters. It works on this device only."
        maxLength={LIMITS.passwordMax}
        value={passcode}
        onChange={(e) => setPasscode(e.target.value)}
        error={errors.passcode}
        required
      />
      <PasswordField
        label="Passcode again"
        name="confirmPasscode"
        autoComplete="off"
        maxLength={LIMITS.passwordMax}
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        error={errors.confirm}
        required
      />
      <LockChoices value={choices} onChange={setChoices} />
      <div className="actions">
        <Button type="submit" busy={busy} busyLabel="Turning on the lock…">
          Turn on the lock
        </Button>
      </div>
      <LiveStatus>{busy ? 'Locking your keys behind the passcode… this takes a moment.' : ''}</LiveStatus>
    </form>
  );
}

function LockOn() {
  const { lock } = useSession();
  const [status, setStatus] = useState('');
  const [passcode, setPasscode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const turnOff = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!passcode) {
      setError('Please enter your passcode.');
      return;
    }
    setError(null);
    setGeneral(null);
    setBusy(true);
    try {
      const ok = await lock.turnOff(passcode);
      if (!ok) {
        setError("That passcode isn't right. Please try again.");
        setBusy(false);
      }
    } catch (err) {
      setGeneral(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <p className="notice" role="status" data-testid="app-lock-on">
        The lock is on for this device.
      </p>
      <LockChoices
        value={lock.settings}
        onChange={(next) => {
          lock.saveSettings(next);
          setStatus(`Saved: Mend locks ${minutesLabel(next.minutes).toLowerCase()} away${next.onHide ? ', and when you switch away' : ''}.`);
        }}
      />
      <div className="actions">
        <Button variant="secondary" onClick={() => void lock.lockNow()}>
          Lock now
        </Button>
      </div>
      <LiveStatus>{status}</LiveStatus>
      <Fold summary="Turn the lock off" testId="app-lock-off">
        <form className="form" onSubmit={(e) => void turnOff(e)} noValidate>
          <ErrorAlert message={general} />
          <PasswordField
            label="Your passcode"
            name="currentPasscode"
            autoComplete="off"
            maxLength={LIMITS.passwordMax}
            value={passcode}
            onChange={(e) => setPasscode(e.target.value)}
            error={error}
            required
          />
          <div className="actions">
            <Button type="submit" variant="secondary" busy={busy} busyLabel="Turning off…">
              Turn off the lock
            </Button>
          </div>
        </form>
      </Fold>
    </div>
  );
}

import { useMemo, useState, type FormEvent } from 'react';
import { useClient } from '../../app/client.js';
import { useMe, useSession } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { SelectField, TextField } from '../../components/Field.js';
import { Fold } from '../../components/Fold.js';
import { PageTitle } from '../../components/Heading.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { LIMITS } from '../../../shared/limits.js';
import { errorCode, errorMessage, fieldErrors } from '../../lib/errors.js';
import { timeZoneList } from '../../lib/time.js';
import { usePasswordPair } from './password.js';
import { CurrentPasswordField } from './CurrentPasswordField.js';
import { DeleteAccountCard } from './DeleteAccountCard.js';
import { ConfirmWords } from './ConfirmWords.js';
import { DevicesCard } from './DevicesCard.js';
import { RecoveryKeyCard } from './RecoveryKeyCard.js';
import { RecoveryWords } from './RecoveryWords.js';
import { ExportCard } from './ExportCard.js';
import { ThisDeviceCard } from './ThisDeviceCard.js';
import { AppLockCard } from './AppLockCard.js';
import { NotificationSettingsCard } from '../notifications/NotificationSettingsCard.js';

export function SettingsPage() {
  const { signOut } = useSession();
  const [leaving, setLeaving] = useState(false);
  // A new recovery key is shown once, then checked, as at sign-up; then back to Settings.
  const [newWords, setNewWords] = useState<{ words: string[]; step: 'words' | 'confirm' } | null>(null);
  const [keySaved, setKeySaved] = useState(false);
  if (newWords?.step === 'words') return <RecoveryWords words={newWords.words} onDone={() => setNewWords({ ...newWords, step: 'confirm' })} />;
  if (newWords?.step === 'confirm') {
    return (
      <ConfirmWords
        words={newWords.words}
        onBack={() => setNewWords({ ...newWords, step: 'words' })}
        onConfirmed={() => {
          setNewWords(null);
          setKeySaved(true);
        }}
      />
    );
  }
  return (
    <div className="stack-lg">
      <PageTitle>Settings</PageTitle>
      <ProfileCard />
      {/* Each group waits folded under its name, so the page fits a phone; a link to a part opens it. */}
      <Fold className="fold-wide" summary="Notifications and quiet hours" testId="settings-notifications">
        <NotificationSettingsCard />
      </Fold>
      <Fold className="fold-wide" summary="Devices you’re signed in on" testId="settings-devices">
        <DevicesCard />
        <ThisDeviceCard />
      </Fold>
      <Fold className="fold-wide" summary="Lock Mend on this device" testId="settings-lock">
        <AppLockCard />
      </Fold>
      <Fold className="fold-wide" summary="Password and recovery key" open={keySaved} testId="settings-keys">
        <PasswordCard />
        <RecoveryKeyCard
          saved={keySaved}
          onNewWords={(words) => {
            setKeySaved(false);
            setNewWords({ words, step: 'words' });
          }}
        />
      </Fold>
      <Fold className="fold-wide" summary="Download your writing" testId="settings-export">
        <ExportCard />
      </Fold>
      <Card title="Sign out">
        <p>Signing out removes your keys from this device. You'll need your password to come back.</p>
        <div className="actions">
          <Button
            variant="secondary"
            busy={leaving}
            busyLabel="Signing out…"
            onClick={() => {
              setLeaving(true);
              void signOut();
            }}
          >
            Sign out
          </Button>
        </div>
      </Card>
      <Fold className="fold-wide" summary="Deleting your account" testId="settings-delete">
        <DeleteAccountCard />
      </Fold>
    </div>
  );
}

function ProfileCard() {
  const client = useClient();
  const me = useMe();
  const session = useSession();
  const [displayName, setDisplayName] = useState(me.user.displayName);
  const [timeZone, setTimeZone] = useState(me.user.timeZone);
  const zones = useMemo(() => timeZoneList([me.user.timeZone]), [me.user.timeZone]);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!displayName.trim()) {
      setErrors({ displayName: 'Please enter the name your partner knows you by.' });
      return;
    }
    setErrors({});
    setGeneral(null);
    setStatus('');
    setBusy(true);
    try {
      session.setMe(await client.updateProfile({ displayName: displayName.trim(), timeZone }));
      setStatus('Saved.');
    } catch (err) {
      const fields = fieldErrors(err);
      setErrors({ displayName: fields.displayName, timeZone: fields.timeZone });
      setGeneral(Object.keys(fields).length ? 'Please check the highlighted fields.' : errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="Your profile">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorAlert message={general} />
        <TextField label="Email" type="email" value={me.user.email} readOnly hint="Your email can't be changed here." />
        <TextField
          label="Your name"
          hint="The name your partner knows you by."
          name="displayName"
          autoComplete="nickname"
          maxLength={LIMITS.displayNameMax}
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={errors.displayName}
          required
        />
        <SelectField label="Time zone" name="timeZone" value={timeZone} onChange={(e) => setTimeZone(e.target.value)} error={errors.timeZone}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z.replace(/_/g, ' ')}
            </option>
          ))}
        </SelectField>
        <div className="actions">
          <Button type="submit" busy={busy} busyLabel="Saving…">
            Save
          </Button>
        </div>
        <LiveStatus>{status}</LiveStatus>
      </form>
    </Card>
  );
}

function PasswordCard() {
  const client = useClient();
  const me = useMe();
  const [current, setCurrent] = useState('');
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // After a change: how many other devices the server signed out (null before any change).
  const [endedOthers, setEndedOthers] = useState<number | null>(null);
  const pw = usePasswordPair({ password: 'New password', confirm: 'Confirm password' });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const pwOk = await pw.validate({ email: me.user.email, displayName: me.user.displayName });
    const curErr = current ? null : 'Please enter your current password.';
    setCurrentError(curErr);
    if (!pwOk || curErr) {
      setGeneral('Please check the highlighted fields.');
      return;
    }
    if (current === pw.password) {
      setCurrentError(null);
      setGeneral('The new password is the same as the current one.');
      return;
    }
    setGeneral(null);
    setBusy(true);
    try {
      const { endedSessions } = await client.changePassword(current, pw.password);
      setEndedOthers(endedSessions);
      setCurrent('');
      pw.reset();
    } catch (err) {
      const code = errorCode(err);
      const fields = fieldErrors(err);
      if (code === 'reauth_failed' || code === 'wrong_password') {
        setCurrentError("That current password isn't right. Check it and try again.");
      } else if (fields.newPassword || fields.password) {
        pw.setPasswordError(fields.newPassword ?? fields.password ?? '');
        setGeneral('Please check the highlighted fields.');
      } else {
        setGeneral(errorMessage(err));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="Change your password">
      <p className="muted">Changing it signs you out on every other device, so only someone with the new password can open Mend there.</p>
      {endedOthers !== null ? (
        <div className="notice stack" role="status">
          <p>Your password is changed. Your recovery key still works.</p>
          <p>
            {endedOthers === 0
              ? "You weren't signed in anywhere else."
              : endedOthers === 1
                ? 'You were signed out of 1 other device.'
                : `You were signed out of ${endedOthers} other devices.`}
          </p>
        </div>
      ) : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorAlert message={general} />
        <CurrentPasswordField label="Current password" hint={null} value={current} onChange={setCurrent} error={currentError} />
        {pw.fields}
        <div className="actions">
          <Button type="submit" busy={busy} busyLabel="Changing your password…">
            Change password
          </Button>
        </div>
        <LiveStatus>{busy ? 'Re-encrypting your keys… this takes a moment.' : ''}</LiveStatus>
      </form>
    </Card>
  );
}


import { useState, type FormEvent } from 'react';
import { useClient } from '../../app/client.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorCode, errorMessage } from '../../lib/errors.js';
import { CurrentPasswordField } from './CurrentPasswordField.js';

const WRONG = "That password isn't right. Check it and try again.";

/**
 * "Make a new recovery key": after the password, the server swaps the key at once (the old
 * words stop working) and the page shows the new words once (`onNewWords`).
 */
export function RecoveryKeyCard({ onNewWords, saved }: { onNewWords: (words: string[]) => void; saved: boolean }) {
  const client = useClient();
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!password) {
      setPasswordError('Please enter your password.');
      return;
    }
    setPasswordError(null);
    setGeneral(null);
    setBusy(true);
    try {
      const words = await client.newRecoveryKey(password);
      setPassword('');
      onNewWords(words.split(' '));
    } catch (err) {
      const code = errorCode(err);
      if (code === 'wrong_password' || code === 'reauth_failed') setPasswordError(WRONG);
      else setGeneral(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="Your recovery key">
      <p>
        Your recovery key is the 24 words you saved when you joined. If you've lost them, or someone else may have seen them,
        make a new key. The old words stop working at once.
      </p>
      {saved ? (
        <p className="notice" role="status">
          Your new recovery key is saved. The old words no longer work.
        </p>
      ) : null}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorAlert message={general} />
        <CurrentPasswordField value={password} onChange={setPassword} error={passwordError} />
        <div className="actions">
          <Button type="submit" variant="secondary" busy={busy} busyLabel="Making a new key…">
            Make a new recovery key
          </Button>
        </div>
        <LiveStatus>{busy ? 'Checking your password…' : ''}</LiveStatus>
      </form>
    </Card>
  );
}

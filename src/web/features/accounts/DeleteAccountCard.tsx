import { useState, type FormEvent } from 'react';
import { useClient } from '../../app/client.js';
import { useMe, useSession } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorCode, errorMessage } from '../../lib/errors.js';
import { CurrentPasswordField } from './CurrentPasswordField.js';

const WRONG = "That password isn't right. Check it and try again.";

/** Deleting one's account for good: what it means, then the password to confirm it is really them. */
export function DeleteAccountCard() {
  const client = useClient();
  const me = useMe();
  const session = useSession();
  const partner = me.couple?.partner?.displayName ?? null;
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    if (busy) return;
    setOpen(false);
    setPassword('');
    setPasswordError(null);
    setGeneral(null);
  };

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (busy) return;
    if (!password) {
      setPasswordError('Please enter your password.');
      return;
    }
    setPasswordError(null);
    setGeneral(null);
    setBusy(true);
    try {
      session.deleting(true);
      await client.deleteAccount(password);
      await session.accountDeleted();
    } catch (err) {
      session.deleting(false);
      const code = errorCode(err);
      if (code === 'wrong_password' || code === 'reauth_failed') setPasswordError(WRONG);
      else setGeneral(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <Card title="Delete your account">
      <p>This deletes everything you wrote in Mend, from every device and from our servers, for good. It can't be undone.</p>
      {partner ? <p>Your couple space with {partner} ends at once. {partner} keeps what they wrote; anything you shared with them is deleted too.</p> : null}
      <div className="actions">
        <Button variant="danger" onClick={() => setOpen(true)}>
          Delete my account…
        </Button>
      </div>
      <Dialog
        open={open}
        onClose={close}
        title="Delete your account for good?"
        actions={
          <>
            <Button variant="danger" type="submit" form="delete-account-form" busy={busy} busyLabel="Deleting…">
              Delete my account
            </Button>
            <Button variant="secondary" onClick={close} disabled={busy}>
              Keep my account
            </Button>
          </>
        }
      >
        <form id="delete-account-form" className="form" onSubmit={(e) => void submit(e)} noValidate>
          <p>Everything you wrote — reflections, letters, apologies, answers, promises, notes, check-ins — is deleted, with your keys and drafts.</p>
          {partner ? <p>{partner} will see that your couple space has ended. Mend sends no email about it.</p> : <p>Mend sends no email about it.</p>}
          <CurrentPasswordField value={password} onChange={setPassword} error={passwordError} />
          <ErrorAlert message={general} />
          <LiveStatus>{busy ? 'Checking your password…' : ''}</LiveStatus>
        </form>
      </Dialog>
    </Card>
  );
}

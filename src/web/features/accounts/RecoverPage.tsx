import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useClient } from '../../app/client.js';
import { SignedOutOnly, useHoldSignedOutRedirect } from '../../app/layouts.js';
import { useSession } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { TextAreaField } from '../../components/Field.js';
import { PageTitle } from '../../components/Heading.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorCode, errorMessage, fieldErrors } from '../../lib/errors.js';
import { parseRecoveryWords } from '../../lib/word-check.js';
import { usePasswordPair } from './password.js';
import { EmailField } from './EmailField.js';

const WORD_COUNT = 24;

export function RecoverPage() {
  return (
    <SignedOutOnly allowLocked>
      <RecoverForm />
    </SignedOutOnly>
  );
}

function RecoverForm() {
  const client = useClient();
  const session = useSession();
  const holdRedirect = useHoldSignedOutRedirect();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [wordsText, setWordsText] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pw = usePasswordPair({ password: 'New password', confirm: 'Confirm password' });
  const words = parseRecoveryWords(wordsText);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const next: Record<string, string | undefined> = {};
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) next.email = 'Please enter the email of your account.';
    if (words.length !== WORD_COUNT) {
      next.recoveryWords = `Your recovery key has ${WORD_COUNT} words. We can see ${words.length}.`;
    }
    const pwOk = await pw.validate({ email: email.trim() });
    setErrors(next);
    if (next.email || next.recoveryWords || !pwOk) {
      setGeneral('Please check the highlighted fields.');
      return;
    }
    setGeneral(null);
    setBusy(true);
    try {
      const me = await client.recover({ email: email.trim(), recoveryWords: words.join(' '), newPassword: pw.password });
      holdRedirect();
      await session.adopt(me);
      void navigate('/today', {
        replace: true,
        state: { notice: 'Your new password is set. Every other device was signed out.' },
      });
    } catch (err) {
      setBusy(false);
      const fields = fieldErrors(err);
      const code = errorCode(err);
      setErrors({
        email: fields.email,
        recoveryWords: fields.recoveryWords ?? (code === 'bad_recovery_key' || code === 'recovery_failed' ? errorMessage(err) : undefined),
      });
      if (fields.newPassword) pw.setPasswordError(fields.newPassword);
      setGeneral(errorMessage(err));
    }
  };

  return (
    <div className="stack-lg">
      <PageTitle lead="If you've forgotten your password, your 24-word recovery key lets you set a new one and keep everything you wrote.">
        Use your recovery key
      </PageTitle>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorAlert message={general} />
        <EmailField value={email} onChange={setEmail} error={errors.email} autoComplete="username" />
        <TextAreaField
          label="Recovery key"
          hint="The 24 words, in order, separated by spaces or new lines. Numbers from the downloaded file are fine."
          name="recoveryWords"
          autoComplete="off"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          rows={5}
          value={wordsText}
          onChange={(e) => setWordsText(e.target.value)}
          error={errors.recoveryWords}
          required
        />
        {pw.fields}
        <p className="notice">When you set a new password, every other device signed in to your account is signed out.</p>
        <div className="actions">
          <Button type="submit" busy={busy} busyLabel="Checking your key…">
            Set new password
          </Button>
        </div>
        <LiveStatus>{busy ? 'Checking your recovery key… this takes a moment.' : ''}</LiveStatus>
      </form>
      <p>
        Remembered it? <Link to="/signin">Sign in</Link>
      </p>
      <p className="muted small">
        Without your password or your recovery key, what you wrote can't be opened again — by anyone, including us. You can
        still make a new account.
      </p>
    </div>
  );
}

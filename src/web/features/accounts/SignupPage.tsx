import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { useClient } from '../../app/client.js';
import type { MendClient } from '../../../shared/client/index.js';
import { useSession } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { SelectField, TextField } from '../../components/Field.js';
import { PageTitle } from '../../components/Heading.js';
import { ErrorAlert, LiveStatus, Loading } from '../../components/Status.js';
import { LIMITS } from '../../../shared/limits.js';
import { errorMessage, fieldErrors } from '../../lib/errors.js';
import { pendingInvite } from '../../lib/pending-invite.js';
import { detectTimeZone, timeZoneList } from '../../lib/time.js';
import { joinPendingInvite } from './after-signin.js';
import { ConfirmWords } from './ConfirmWords.js';
import { usePasswordPair } from './password.js';
import { RecoveryWords } from './RecoveryWords.js';
import { EmailField } from './EmailField.js';

type Step = 'form' | 'words' | 'confirm';

function toWords(w: string | readonly string[]): string[] {
  return typeof w === 'string' ? w.trim().split(/\s+/) : [...w];
}

export function SignupPage() {
  const client = useClient();
  const session = useSession();
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>('form');
  const [words, setWords] = useState<string[]>([]);
  const [joinNotice, setJoinNotice] = useState<string | null>(null);
  const inFlow = useRef(false);

  // While the words are on screen, ask before the tab closes: they can't be shown again.
  useEffect(() => {
    if (step === 'form') return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [step]);

  if (session.status === 'loading') return <Loading />;
  if (step === 'form' && !inFlow.current && (session.status === 'ready' || session.status === 'locked')) {
    return <Navigate to="/today" replace />;
  }

  if (step === 'words') return <RecoveryWords words={words} onDone={() => setStep('confirm')} />;
  if (step === 'confirm') {
    return (
      <ConfirmWords
        words={words}
        onBack={() => setStep('words')}
        onConfirmed={() => {
          void navigate('/today', { replace: true, state: joinNotice ? { notice: joinNotice } : undefined });
        }}
      />
    );
  }

  return (
    <SignupForm
      onStart={() => {
        inFlow.current = true;
      }}
      onFailed={() => {
        inFlow.current = false;
      }}
      onSignedUp={async (result) => {
        setWords(toWords(result.recoveryWords));
        setStep('words');
        await session.adopt(result.me);
        const joined = await joinPendingInvite(client);
        if (joined.me) session.setMe(joined.me);
        setJoinNotice(joined.notice);
      }}
    />
  );
}

interface SignupFormProps {
  onStart(): void;
  onFailed(): void;
  onSignedUp(result: Awaited<ReturnType<MendClient['signup']>>): Promise<void>;
}

function SignupForm({ onStart, onFailed, onSignedUp }: SignupFormProps) {
  const client = useClient();
  const detected = useMemo(() => detectTimeZone(), []);
  const zones = useMemo(() => timeZoneList([detected]), [detected]);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [timeZone, setTimeZone] = useState(detected);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pw = usePasswordPair();
  const invited = pendingInvite() !== null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const next: Record<string, string | undefined> = {};
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) next.email = 'Please enter a valid email address.';
    if (!displayName.trim()) next.displayName = 'Please enter the name your partner knows you by.';
    if (!timeZone) next.timeZone = 'Please choose your time zone.';
    const pwOk = await pw.validate({ email: email.trim(), displayName: displayName.trim() });
    setErrors(next);
    if (Object.values(next).some(Boolean) || !pwOk) {
      setGeneral('Please check the highlighted fields.');
      return;
    }
    setGeneral(null);
    setBusy(true);
    onStart();
    try {
      const result = await client.signup({
        email: email.trim(),
        password: pw.password,
        displayName: displayName.trim(),
        timeZone,
      });
      await onSignedUp(result);
    } catch (err) {
      onFailed();
      setBusy(false);
      const fields = fieldErrors(err);
      setErrors({ email: fields.email, displayName: fields.displayName, timeZone: fields.timeZone });
      if (fields.password) pw.setPasswordError(fields.password);
      setGeneral(Object.keys(fields).length ? 'Please check the highlighted fields.' : errorMessage(err));
    }
  };

  return (
    <div className="stack-lg">
      <PageTitle lead={invited ? 'Make an account, then you will join your partner.' : undefined}>Create your account</PageTitle>

      <section className="card" aria-labelledby="privacy-notice">
        <h2 id="privacy-notice">Your privacy, before anything else</h2>
        <ul>
          <li>What you write in Mend is end-to-end encrypted. Only you and the people you choose can read it — not Mend's servers.</li>
          <li>We ask only for your email, your name and your time zone. Nothing about your relationship, now or later, unless you choose to write it.</li>
          <li>
            After this step you'll get a <strong>recovery key</strong>: 24 words. If you forget your password, it's the only way
            back in. If both are lost, what you wrote is lost too.
          </li>
        </ul>
        <p className="small muted">
          A shared couples app isn't advised where there is violence or control. <Link to="/safety#is-it-safe">Is Mend safe for me?</Link>
        </p>
      </section>

      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-describedby="privacy-notice">
        <ErrorAlert message={general} />
        <EmailField value={email} onChange={setEmail} error={errors.email} autoComplete="email" />
        <TextField
          label="Your name"
          hint="The name your partner knows you by."
          name="displayName"
          autoComplete="nickname"
          value={displayName}
          maxLength={LIMITS.displayNameMax}
          onChange={(e) => setDisplayName(e.target.value)}
          error={errors.displayName}
          required
        />
        <SelectField
          label="Time zone"
          hint="So reminders arrive at sensible times. We guessed it from this device."
          name="timeZone"
          value={timeZone}
          onChange={(e) => setTimeZone(e.target.value)}
          error={errors.timeZone}
        >
          {zones.map((z) => (
            <option key={z} value={z}>
              {z.replace(/_/g, ' ')}
            </option>
          ))}
        </SelectField>
        {pw.fields}
        <div className="actions">
          <Button type="submit" busy={busy} busyLabel="Making your keys…">
            Create your account
          </Button>
        </div>
        <LiveStatus>{busy ? 'Making your keys… this takes a moment.' : ''}</LiveStatus>
        <p>
          Already have an account? <Link to="/signin">Sign in</Link>
        </p>
      </form>
    </div>
  );
}

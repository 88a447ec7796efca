import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { buildExport, exportHtml, NOT_EXPORTED_KINDS, type ExportableItem } from '../../../core/export/index.js';
import { EXPORT_HTML_OPTIONS } from './export-words.js';
import { sealArchive } from '../../../shared/crypto/index.js';
import { ITEM_KINDS, type ItemKind } from '../../../shared/kinds.js';
import { LIMITS } from '../../../shared/limits.js';
import { useClient } from '../../app/client.js';
import { useMe } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { PasswordField } from '../../components/Field.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorCode, errorMessage } from '../../lib/errors.js';
import { saveFile } from '../../lib/save-file.js';
import { useItems } from '../../lib/use-items.js';
import { CurrentPasswordField } from './CurrentPasswordField.js';
import { usePracticeContext } from '../../lib/practice-context.js';
import './accounts.css';

/** Passphrases for an archive: long enough to resist guessing offline, which is all an attacker could do. */
const PASSPHRASE_MIN = 12;

type Form = 'readable' | 'encrypted';

/** A file name that says nothing about Mend or what is inside, for a shared downloads folder. */
const fileName = (now: Date, ext: string) => `export-${now.toISOString().slice(0, 10)}.${ext}`;

/** "Download your writing": the person's own data, made here in the browser after their password. */
export function ExportCard() {
  const client = useClient();
  const me = useMe();
  const { partner } = usePracticeContext();
  const items = useItems(partner);
  const uid = useId();
  const [includePartner, setIncludePartner] = useState(false);
  const [form, setForm] = useState<Form>('readable');
  const [password, setPassword] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; passphrase?: string; confirm?: string }>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const next: typeof errors = {};
    if (!password) next.password = 'Please enter your password.';
    if (form === 'encrypted') {
      if (passphrase.length < PASSPHRASE_MIN) next.passphrase = `Please use at least ${PASSPHRASE_MIN} characters; a few unrelated words work well.`;
      else if (passphrase === password) next.passphrase = 'Please choose a passphrase that is not your Mend password.';
      if (!next.passphrase && confirm !== passphrase) next.confirm = "The two passphrases don't match.";
    }
    setErrors(next);
    setGeneral(null);
    setStatus('');
    if (Object.keys(next).length) return;
    setBusy(true);
    try {
      setStatus('Checking your password…');
      await client.checkPassword(password);
      setStatus('Gathering your writing…');
      // Every kind at once (the browser queues what it can't send yet), but Mend's own bookkeeping.
      const kinds = (Object.keys(ITEM_KINDS) as ItemKind[]).filter((kind) => !NOT_EXPORTED_KINDS.includes(kind));
      const all: ExportableItem[] = (await Promise.all(kinds.map((kind) => items.list(kind)))).flat();
      const devices = (await client.sessions()).map((d) => ({ device: d.device, signedInAt: d.createdAt, lastSeenAt: d.lastSeenAt }));
      const now = new Date();
      const doc = buildExport({
        devices,
        account: { displayName: me.user.displayName, email: me.user.email, timeZone: me.user.timeZone },
        partnerName: partner?.displayName ?? null,
        items: all,
        includePartner: includePartner && partner !== null,
        exportedAt: now,
      });
      const json = JSON.stringify(doc, null, 2);
      const count = doc.items.length === 1 ? '1 piece of writing' : `${doc.items.length} pieces of writing`;
      if (form === 'encrypted') {
        setStatus('Encrypting… this takes a moment.');
        saveFile(await sealArchive(passphrase, json), fileName(now, 'encrypted.json'), 'application/json');
        setStatus(`Downloaded ${fileName(now, 'encrypted.json')}: ${count}, encrypted with your passphrase.`);
      } else {
        saveFile(exportHtml(doc, EXPORT_HTML_OPTIONS), fileName(now, 'html'), 'text/html;charset=utf-8');
        saveFile(json, fileName(now, 'json'), 'application/json');
        setStatus(`Downloaded ${fileName(now, 'html')} to read and ${fileName(now, 'json')} for other apps: ${count}.`);
      }
      setPassword('');
      setPassphrase('');
      setConfirm('');
    } catch (err) {
      setStatus('');
      if (errorCode(err) === 'wrong_password') setErrors({ password: "That password isn't right. Check it and try again." });
      else setGeneral(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="Download your writing" testId="export-card">
      <p>
        A copy of everything you wrote in Mend, made here in your browser: a page you can read, and a data file other apps can use. Mend's
        servers only ever send it encrypted.
      </p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorAlert message={general} />
        {partner ? (
          <label className="choice">
            <input type="checkbox" checked={includePartner} onChange={(e) => setIncludePartner(e.target.checked)} />
            <span>Include what {partner.displayName} shared with you, marked as theirs</span>
          </label>
        ) : null}
        <fieldset className="choices">
          <legend>How to save it</legend>
          <div className="choice-list">
            <label className="choice">
              <input type="radio" name={`${uid}-form`} checked={form === 'readable'} onChange={() => setForm('readable')} />
              <span>A readable page and a data file</span>
            </label>
            <label className="choice">
              <input type="radio" name={`${uid}-form`} checked={form === 'encrypted'} onChange={() => setForm('encrypted')} />
              <span>One encrypted file, opened with a passphrase you choose</span>
            </label>
          </div>
          <p className="field-hint">
            {form === 'readable'
              ? 'These files are not encrypted. On a shared or family device, anyone who opens your downloads can read them.'
              : "Keep the passphrase safe: without it, nobody can open the file — not even you, and not Mend. Open it later on the “Open an export” page, even without an account."}
          </p>
        </fieldset>
        {form === 'encrypted' ? (
          <>
            <PasswordField
              label="Passphrase for the file"
              name="export-passphrase"
              autoComplete="new-password"
              maxLength={LIMITS.passwordMax}
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              error={errors.passphrase}
              hint="Not your Mend password. A few unrelated words work well."
            />
            <PasswordField
              label="Confirm the passphrase"
              name="export-passphrase-confirm"
              autoComplete="new-password"
              maxLength={LIMITS.passwordMax}
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
              error={errors.confirm}
            />
          </>
        ) : null}
        <CurrentPasswordField label="Your Mend password" value={password} onChange={setPassword} error={errors.password} />
        <div className="actions">
          <Button type="submit" variant="secondary" busy={busy} busyLabel="Preparing…">
            Download
          </Button>
        </div>
        <LiveStatus>{status}</LiveStatus>
      </form>
      <p>
        <Link to="/open-export">Open an export, or bring one into this account</Link>
      </p>
    </Card>
  );
}

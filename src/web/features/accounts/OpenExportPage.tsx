import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { exportHtml, parseExport, type ExportDocument } from '../../../core/export/index.js';
import { openArchive } from '../../../shared/crypto/index.js';
import { LIMITS } from '../../../shared/limits.js';
import { useSession } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { PasswordField, TextField } from '../../components/Field.js';
import { PageTitle } from '../../components/Heading.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorCode } from '../../lib/errors.js';
import { saveFile } from '../../lib/save-file.js';
import { EXPORT_HTML_OPTIONS } from './export-words.js';
import { ExportReader } from './ExportReader.js';
import { ImportCard } from './ImportCard.js';
import { formatDate } from '../../lib/format.js';
import './accounts.css';

// An archive is a little JSON around the ciphertext; a file far bigger than any export is refused unread.
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const NOT_AN_EXPORT = "This isn't an export from Mend. Please choose the data file (.json) or the encrypted file (.encrypted.json).";

/**
 * Opens an export here in the browser — the data file, or the encrypted file with its
 * passphrase — with or without an account (someone who deleted theirs can still read what
 * they saved). Signed in, one's own writing can be brought into the account.
 */
export function OpenExportPage() {
  const { status } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<{ file?: string; passphrase?: string }>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [opened, setOpened] = useState<ExportDocument | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const next: typeof errors = {};
    if (!file) next.file = 'Please choose the file.';
    else if (file.size > MAX_FILE_BYTES) next.file = NOT_AN_EXPORT;
    setErrors(next);
    setGeneral(null);
    if (Object.keys(next).length || !file) return;
    setBusy(true);
    try {
      const text = await file.text();
      // A data file saved without encryption opens as it is.
      const plain = parseExport(text);
      if (plain) {
        setOpened(plain);
        return;
      }
      if (!passphrase) {
        setErrors({ passphrase: 'Please enter the passphrase you chose for this file.' });
        return;
      }
      const doc = parseExport(await openArchive(text, passphrase));
      if (!doc) setErrors({ file: NOT_AN_EXPORT });
      else {
        setOpened(doc);
        setPassphrase('');
      }
    } catch (err) {
      const code = errorCode(err);
      if (code === 'wrong_password') setErrors({ passphrase: "That passphrase doesn't open this file. Check it and try again." });
      else if (code === 'bad_envelope' || code === 'bad_kdf' || code === 'weak_kdf' || code === 'unsupported_version') setErrors({ file: NOT_AN_EXPORT });
      else setGeneral("The file couldn't be opened here. Please try again.");
    } finally {
      setBusy(false);
    }
  };

  const day = (doc: ExportDocument) => doc.exportedAt.slice(0, 10);

  return (
    <div className="stack-lg">
      <PageTitle>Open an export</PageTitle>
      {opened ? (
        <section className="card stack" aria-labelledby="opened-heading" data-testid="opened-export">
          <h2 id="opened-heading">It's open</h2>
          <p>
            {opened.items.length === 1 ? '1 piece of writing' : `${opened.items.length} pieces of writing`} by {opened.account.displayName},
            saved on {formatDate(opened.exportedAt, opened.account.timeZone)}. It is shown below.
          </p>
          <p>You can also save a readable copy, or the data file. Neither is encrypted: keep them somewhere only you can reach.</p>
          <div className="actions">
            <Button onClick={() => saveFile(exportHtml(opened, EXPORT_HTML_OPTIONS), `export-${day(opened)}.html`, 'text/html;charset=utf-8')}>Save the readable page</Button>
            <Button variant="secondary" onClick={() => saveFile(JSON.stringify(opened, null, 2), `export-${day(opened)}.json`, 'application/json')}>
              Save the data file
            </Button>
          </div>
          <p>
            <Button variant="secondary" onClick={() => setOpened(null)}>
              Open another file
            </Button>
          </p>
        </section>
      ) : null}
      {opened ? <ExportReader doc={opened} /> : null}
      {opened && status === 'ready' ? <ImportCard doc={opened} /> : null}
      {opened ? null : (
        <form className="card form" onSubmit={(e) => void submit(e)} noValidate>
          <p>
            Choose the file you saved from Mend. For an encrypted one, type the passphrase you chose for it. It opens here, in this browser;
            nothing is sent anywhere.
          </p>
          <ErrorAlert message={general} />
          <TextField
            label="The file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            error={errors.file}
          />
          <PasswordField
            label="Passphrase (for an encrypted file)"
            name="export-passphrase"
            autoComplete="off"
            maxLength={LIMITS.passwordMax}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            error={errors.passphrase}
          />
          <div className="actions">
            <Button type="submit" busy={busy} busyLabel="Opening…">
              Open
            </Button>
          </div>
          <LiveStatus>{busy ? 'Opening… this takes a moment.' : ''}</LiveStatus>
        </form>
      )}
      <p>{status === 'ready' ? <Link to="/settings">Back to Settings</Link> : <Link to="/">Go to the start</Link>}</p>
    </div>
  );
}

import { useState } from 'react';
import { importableItems, remapState, type ExportDocument } from '../../../core/export/index.js';
import { ApiRequestError } from '../../../shared/client/index.js';
import { parseContent, parseState } from '../../../shared/kinds.js';
import { useMe } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { useItems } from '../../lib/use-items.js';

/**
 * Brings an opened export's own writing into the signed-in account, as private writing
 * (nothing is shared). What points at something that did not come with it — a partner's
 * item, a couple's prompt of the day — stays behind, and the count says so.
 */
export function ImportCard({ doc }: { doc: ExportDocument }) {
  const me = useMe();
  const items = useItems(me.couple?.partner ?? null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ added: number; left: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const own = importableItems(doc);

  const bring = async () => {
    setBusy(true);
    setError(null);
    const newIds = new Map<string, string>();
    let added = 0;
    let left = 0;
    try {
      for (const it of own) {
        const mapped = remapState(it.state, newIds);
        // Read by the kind's schemas, as any opened item is: what does not read stays behind.
        const content = parseContent(it.kind, it.content);
        const state = mapped ? parseState(it.kind, mapped.state) : null;
        if (!content || !state) {
          left++;
          continue;
        }
        try {
          const created = await items.create(it.kind, content, state);
          newIds.set(it.id, created.id);
          added++;
        } catch (err) {
          // A rule this account can't meet (a time gone by, a couple it isn't in): leave that one.
          if (err instanceof ApiRequestError && err.status >= 400 && err.status < 500 && err.status !== 401 && err.status !== 429) left++;
          else throw err;
        }
      }
      setDone({ added, left });
    } catch (err) {
      setError(`${errorMessage(err)} ${added ? `${added} came in before it stopped; bringing the file in again would add those twice.` : ''}`.trim());
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby="import-heading" data-testid="import-card">
      <h2 id="import-heading">Bring it into your account</h2>
      {done ? (
        <p role="status">
          {done.added === 1 ? '1 piece of writing came in' : `${done.added} pieces of writing came in`}, private to you.
          {done.left ? ` ${done.left} stayed behind: ${done.left === 1 ? 'it points' : 'they point'} at something that isn't in this account.` : ''}
        </p>
      ) : (
        <>
          <p>
            {own.length === 1 ? '1 piece of your own writing' : `${own.length} pieces of your own writing`} can come into this account ({me.user.displayName}),
            private to you until you choose to share {own.length === 1 ? 'it' : 'them'}. A partner's writing never comes in.
          </p>
          <ErrorAlert message={error} />
          <div className="actions">
            <Button variant="secondary" busy={busy} busyLabel="Bringing it in…" onClick={() => void bring()} disabled={own.length === 0}>
              Bring it into my account
            </Button>
          </div>
          <LiveStatus>{busy ? 'Encrypting each piece for your account…' : ''}</LiveStatus>
        </>
      )}
    </section>
  );
}

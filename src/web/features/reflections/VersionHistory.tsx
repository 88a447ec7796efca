import { parseContent } from '../../../shared/kinds.js';
import { useState } from 'react';
import type { ItemsClient, OpenItem, OpenVersion } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { Loading } from '../../components/Status.js';
import { localDateTime } from '../../lib/time.js';
import { categoryLabel } from './sections.js';
import { usePracticeContext } from '../../lib/practice-context.js';
import './reflections.css';

/** Earlier versions of one's own section, fetched when opened (author only). */
export function VersionHistory({ items, item }: { items: ItemsClient; item: OpenItem }) {
  const { timeZone } = usePracticeContext();
  const [loaded, setLoaded] = useState<{ version: number; list: OpenVersion[] } | null>(null);
  const [error, setError] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = async () => {
    setBusy(true);
    setError(false);
    try {
      const list = await items.versions(item);
      setLoaded({ version: item.version, list });
    } catch {
      setError(true);
    } finally {
      setBusy(false);
    }
  };

  const fresh = loaded && loaded.version === item.version ? loaded.list : null;

  return (
    <details
      className="history"
      onToggle={(e) => {
        if (e.currentTarget.open && !fresh && !busy) void load();
      }}
    >
      <summary>Earlier versions</summary>
      <div className="history-body">
        {busy ? <Loading label="Opening earlier versions…" /> : null}
        {error ? (
          <div className="stack">
            <p role="alert">Couldn't open earlier versions just now. Try again?</p>
            <Button variant="secondary" small onClick={() => void load()}>
              Try again
            </Button>
          </div>
        ) : null}
        {fresh && fresh.length === 0 ? <p className="muted small">No earlier versions yet. Each time you save, the one before is kept here, just for you.</p> : null}
        {fresh && fresh.length > 0 ? (
          <>
            <p className="muted small">Only you can see these.</p>
            <ol className="plain-list history-list">
              {fresh.map((v) => {
                const c = parseContent('reflection', v.content);
                return (
                  <li key={v.version}>
                    <p className="row-title small">
                      <time dateTime={v.createdAt}>{localDateTime(v.createdAt, timeZone)}</time>
                    </p>
                    {c ? (
                      <>
                        {c.category ? <p className="muted small">Closest to: {categoryLabel(c.category)}</p> : null}
                        {c.text ? <div className="reflection-text">{c.text}</div> : <p className="muted small">(empty)</p>}
                      </>
                    ) : (
                      <p className="muted small">This version couldn't be opened.</p>
                    )}
                  </li>
                );
              })}
            </ol>
          </>
        ) : null}
      </div>
    </details>
  );
}

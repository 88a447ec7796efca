import { parseContent } from '../../../shared/kinds.js';
import { useId, useState } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { ErrorAlert } from '../../components/Status.js';
import { errorCode, errorMessage } from '../../lib/errors.js';
import { DRAFT_KEYS, MAX_VALUES, VALUES, VALUES_MAX_CHARS, type ValuesContent } from './content.js';
import { DRAFT_STATUS_TEXT, useDraftStatus } from '../../lib/draft-status.js';
import { type Drafts } from '../../lib/use-drafts.js';

const same = (a: ValuesContent, b: ValuesContent | null) =>
  b ? a.text === b.text && a.values.length === b.values.length && a.values.every((v) => b.values.includes(v)) : !a.text.trim() && a.values.length === 0;

interface ValuesSectionProps {
  item: OpenItem | null;
  items: ItemsClient;
  drafts: Drafts;
  partnerName: string;
  onItem(item: OpenItem): void;
}

/** Two minutes before apologizing (Schumann 2014): what matters to you, and why. Never shared. */
export function ValuesSection({ item, items, drafts, partnerName, onItem }: ValuesSectionProps) {
  const uid = useId();
  const key = DRAFT_KEYS.values;
  const saved = item ? parseContent('values_reflection', item.content) : null;
  const [initial] = useState(() => {
    const d = parseContent('values_reflection', drafts.restored?.get(key));
    return d && !same(d, saved) ? d : null;
  });
  const [values, setValues] = useState<string[]>(initial?.values ?? saved?.values ?? []);
  const [text, setText] = useState(initial?.text ?? saved?.text ?? '');
  const status = useDraftStatus(drafts, key, initial ? 'restored' : saved ? 'saved' : 'none');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current: ValuesContent = { values, text };
  const dirty = !same(current, saved);
  status.setActive(dirty);

  const edit = (next: ValuesContent) => {
    setValues(next.values);
    setText(next.text);
    setError(null);
    if (same(next, saved)) {
      void drafts.sync.discard(key);
      status.setShown(saved ? 'saved' : 'none');
    } else drafts.sync.change(key, next);
  };

  const toggle = (v: string) => {
    const on = values.includes(v);
    if (!on && values.length >= MAX_VALUES) return;
    edit({ values: on ? values.filter((x) => x !== v) : [...values, v], text });
  };

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      let next: OpenItem;
      try {
        next = item ? await items.update(item, current) : await items.create('values_reflection', current, {});
      } catch (e) {
        if (errorCode(e) !== 'version_conflict' || !item) throw e;
        next = await items.update(await items.get(item.id), current);
      }
      onItem(next);
      status.setShown('saved');
      void drafts.sync.discard(key);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const full = values.length >= MAX_VALUES;

  return (
    <div className="card values" data-testid="values-reflection">
      <div className="reflection-head">
        <h3>What matters to you</h3>
        <span className="badge">Only you can read this</span>
      </div>
      <p className="why">
        <span className="why-label">Why this helps:</span> A couple of minutes with your own values first makes it easier to apologize
        fully, without getting defensive.
      </p>
      <fieldset className="choices">
        <legend>Pick one or two values that matter to you</legend>
        <div className="choice-list">
          {VALUES.map((v) => {
            const on = values.includes(v);
            return (
              <label key={v} className="choice">
                <input type="checkbox" checked={on} disabled={!on && full} onChange={() => toggle(v)} />
                <span>{v}</span>
              </label>
            );
          })}
        </div>
        {full ? <p className="muted small">Two is plenty. Untick one to choose another.</p> : null}
      </fieldset>
      <div className="field">
        <label className="field-label" htmlFor={`${uid}-t`}>
          A few lines on why {values.length === 1 ? 'it matters' : 'they matter'} to you
        </label>
        <p className="field-hint" id={`${uid}-hint`}>
          A time you lived by {values.length ? (values.length === 1 ? values[0]?.toLowerCase() : 'them') : 'it'}, or why it is part of who you
          want to be.
        </p>
        <textarea
          id={`${uid}-t`}
          className="textarea"
          value={text}
          rows={3}
          maxLength={VALUES_MAX_CHARS}
          aria-describedby={`${uid}-hint ${uid}-s`}
          onChange={(e) => edit({ values, text: e.target.value })}
        />
        <p className="draft-status" id={`${uid}-s`} role="status" aria-live="polite">
          {DRAFT_STATUS_TEXT[status.shown]}
        </p>
      </div>
      <p className="muted small">This stays with you. Mend never shares it — not with {partnerName}, not with anyone.</p>
      <ErrorAlert message={error} />
      <div className="actions">
        <Button onClick={() => void save()} busy={busy} busyLabel="Saving…" disabled={!dirty || busy}>
          Save for me
        </Button>
      </div>
    </div>
  );
}

import { parseContent } from '../../../shared/kinds.js';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ApologyAnalysis, ComponentId } from '../../../core/apology/index.js';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { localDateTime } from '../../lib/time.js';
import { KeysChangedNote } from '../../components/KeysChangedNote.js';
import { APOLOGY_MAX_CHARS, DRAFT_KEYS, flagName, PART_ORDER, partName, quoteOf, segmentText, type ApologyContent, type MarkSpan } from './content.js';
import { SendDialog } from '../../components/ShareDialogs.js';
import { DRAFT_STATUS_TEXT, useDraftStatus } from '../../lib/draft-status.js';
import { type Drafts } from '../../lib/use-drafts.js';
import { usePracticeContext } from '../../lib/practice-context.js';

const ANALYZE_DELAY_MS = 120;

interface ComposerDraft {
  text: string;
  refersTo: string | null;
}

function asComposerDraft(body: unknown): ComposerDraft | null {
  const a = parseContent('apology', body);
  return a ? { text: a.text, refersTo: a.refersTo ?? null } : null;
}

interface ComposerProps {
  items: ItemsClient;
  drafts: Drafts;
  /** One's own apologies sent before (newest first), to refer to. */
  earlier: OpenItem[];
  onSent(item: OpenItem): void;
}

/** The apology composer, with the private live coach beside it. */
export function Composer({ items, drafts, earlier, onSent }: ComposerProps) {
  const { partner, keys, timeZone } = usePracticeContext();
  const uid = useId();
  const key = DRAFT_KEYS.compose;
  const [initial] = useState(() => asComposerDraft(drafts.restored?.get(key)));
  const [text, setText] = useState(initial?.text ?? '');
  const [refersTo, setRefersTo] = useState<string | null>(initial?.refersTo ?? null);
  const status = useDraftStatus(drafts, key, initial?.text.trim() ? 'restored' : 'none');
  const [dialog, setDialog] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const unsent = useRef<OpenItem | null>(null);
  status.setActive(text.trim() !== '');

  // The coach reads the draft as the person types (a light pause; it takes a few milliseconds,
  // less once only the sentence being typed is new). Its code and weights load with the
  // composer, not with the first page.
  const [coach, setCoach] = useState<((draft: string) => ApologyAnalysis) | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../../core/apology/index.js').then((m) => {
      if (live) setCoach(() => m.createApologyCoach());
    });
    return () => {
      live = false;
    };
  }, []);
  const [analysis, setAnalysis] = useState<ApologyAnalysis | null>(null);
  const [analyzed, setAnalyzed] = useState(initial?.text ?? '');
  useEffect(() => {
    if (!coach) return;
    // The first reading (a restored draft) comes at once; later ones after a light pause.
    if (analysis === null) {
      setAnalysis(coach(text));
      setAnalyzed(text);
      return;
    }
    if (text === analyzed) return;
    const t = setTimeout(() => {
      setAnalysis(coach(text));
      setAnalyzed(text);
    }, ANALYZE_DELAY_MS);
    return () => clearTimeout(t);
  }, [text, analyzed, coach, analysis]);

  const name = partner?.displayName ?? 'your partner';
  const sentEarlier = earlier.filter((a) => partner && a.sharedWith?.includes(partner.id));
  const validRef = refersTo && sentEarlier.some((a) => a.id === refersTo) ? refersTo : null;

  const edit = (nextText: string, nextRef: string | null) => {
    setText(nextText);
    setRefersTo(nextRef);
    setNote('');
    if (nextText.trim()) drafts.sync.change(key, { text: nextText, ...(nextRef ? { refersTo: nextRef } : {}) } satisfies ApologyContent);
    else {
      void drafts.sync.discard(key);
      status.setShown('none');
    }
  };

  const send = async () => {
    if (!partner) return;
    setBusy(true);
    setError(null);
    const content: ApologyContent = validRef ? { text: text.trim(), refersTo: validRef } : { text: text.trim() };
    try {
      const prev = unsent.current ? parseContent('apology', unsent.current.content) : null;
      const reuse = unsent.current && prev?.text === content.text && prev.refersTo === content.refersTo ? unsent.current : null;
      if (unsent.current && !reuse) await items.remove(unsent.current).catch(() => undefined);
      const created = reuse ?? (await items.create('apology', content, {}));
      unsent.current = created;
      const shared = await items.share(created, partner);
      unsent.current = null;
      onSent(shared);
      void drafts.sync.discard(key);
      setText('');
      setRefersTo(null);
      if (coach) setAnalysis(coach(''));
      setAnalyzed('');
      setDialog(false);
      status.setShown('none');
      setNote(`Sent to ${name}. It's below, under “Apologies you sent”.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const refDate = (id: string) => {
    const a = sentEarlier.find((x) => x.id === id);
    return a ? localDateTime(a.createdAt, timeZone) : '';
  };

  return (
    <div className="composer-layout">
      <div className="card composer" data-testid="apology-composer">
        <label className="field-label composer-label" htmlFor={`${uid}-t`}>
          Your apology
        </label>
        <p className="field-hint" id={`${uid}-hint`}>
          In your own words, to {name}. A draft is kept as you type; nothing is sent until you choose.
        </p>
        <textarea
          id={`${uid}-t`}
          className="textarea composer-input"
          value={text}
          rows={10}
          maxLength={APOLOGY_MAX_CHARS}
          aria-describedby={`${uid}-hint ${uid}-s`}
          onChange={(e) => edit(e.target.value, refersTo)}
        />
        <p className="draft-status" id={`${uid}-s`} role="status" aria-live="polite">
          {DRAFT_STATUS_TEXT[status.shown]}
        </p>
        {sentEarlier.length > 0 ? (
          <div className="field">
            <label className="field-label" htmlFor={`${uid}-ref`}>
              Does this follow an earlier apology? <span className="muted">(optional)</span>
            </label>
            <select id={`${uid}-ref`} className="select" value={validRef ?? ''} onChange={(e) => edit(text, e.target.value || null)}>
              <option value="">No — it stands on its own</option>
              {sentEarlier.map((a) => (
                <option key={a.id} value={a.id}>
                  This follows my apology of {localDateTime(a.createdAt, timeZone)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {partner ? (
          keys === 'changed' ? (
            <KeysChangedNote name={name} />
          ) : (
            <div className="actions">
              <Button
                onClick={() => {
                  setError(null);
                  setDialog(true);
                }}
                disabled={!text.trim() || keys !== 'ok'}
              >
                Send to {name}…
              </Button>
            </div>
          )
        ) : (
          <p className="notice">
            When your partner joins, you can send it. Your draft keeps until then. <Link to="/couple">Invite your partner</Link>
          </p>
        )}
        <LiveStatus>{note}</LiveStatus>
      </div>

      {analysis && <Coach analysis={analysis} text={analyzed} name={name} />}

      {partner ? (
        <SendDialog
          open={dialog}
          title={`Send your apology to ${name}?`}
          name={name}
          who={`${name} will read your apology — not the coaching. Nobody else reads it, not Mend.`}
          preview={text.trim()}
          note={
            <>
              {validRef ? <p className="muted small">It will say it follows your apology of {refDate(validRef)}.</p> : null}
              <p className="muted small">Once sent, it stays with {name}. You can always write again later.</p>
            </>
          }
          confirm="Send"
          busyLabel="Sending…"
          busy={busy}
          error={error}
          onConfirm={() => void send()}
          onClose={() => setDialog(false)}
        />
      ) : null}
    </div>
  );
}

/** The coach: private, for the writer only. Parts present, phrases that may land badly, a note. No score. */
function Coach({ analysis, text, name }: { analysis: ApologyAnalysis; text: string; name: string }) {
  const uid = useId();
  const [shown, setShown] = useState<ComponentId | null>(null);
  const present = PART_ORDER.filter((id) => analysis.components.some((c) => c.id === id));
  const missing = PART_ORDER.filter((id) => id !== 'forgiveness_request' && !present.includes(id));
  const shownPart = shown && present.includes(shown) ? shown : null;

  const spans = useMemo(() => {
    const out: MarkSpan[] = analysis.flags.map((f) => ({ start: f.start, end: f.end, tag: 'flag' }));
    const part = shownPart ? analysis.components.find((c) => c.id === shownPart) : undefined;
    for (const s of part?.spans ?? []) out.push({ start: s.start, end: s.end, tag: 'part' });
    return out;
  }, [analysis, shownPart]);
  const segments = useMemo(() => segmentText(text, spans), [text, spans]);
  const hasText = text.trim() !== '';

  return (
    <details className="card coach" data-testid="coach" open>
      <summary>
        <h3 className="coach-title">Coaching, just for you</h3>
      </summary>
      <div className="coach-body">
        <p className="notice coach-private">Only you see this coaching. {name} will see only your words.</p>

        {!hasText ? (
          <div className="stack">
            <p>As you write, this notes which parts of a full apology are there, and any phrases that tend to undo one.</p>
            <p className="why">
              <span className="why-label">An order that often helps:</span> what <em>I</em> did → how it affected you, in your words (from
              their letter, if there is one) → taking responsibility, with no “but” → what you'll do to repair it and change → your regret.
              Asking forgiveness is optional, and never demanded.
            </p>
          </div>
        ) : (
          <>
            <p className="coach-summary">{analysis.summary}</p>

            <section aria-labelledby={`${uid}-parts`} className="stack">
              <h4 id={`${uid}-parts`}>What's there</h4>
              {present.length ? (
                <ul className="plain-list coach-parts">
                  {present.map((id) => (
                    <li key={id} data-testid={`coach-part-${id}`} className="coach-part">
                      <span className="coach-part-name">
                        <span className="coach-tick" aria-hidden="true">
                          ✓
                        </span>{' '}
                        {partName(id, name)}
                      </span>
                      <Button variant="quiet" small aria-pressed={shownPart === id} onClick={() => setShown(shownPart === id ? null : id)}>
                        {shownPart === id ? 'Hide' : 'Show where'}
                        <span className="visually-hidden"> — {partName(id, name)}</span>
                      </Button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">Nothing yet that reads as part of an apology. Keep going — there's no hurry.</p>
              )}
              {missing.length ? (
                <p className="muted small">
                  Parts you might add: {missing.map((id) => partName(id, name)).join(' · ')}.
                </p>
              ) : null}
            </section>

            {analysis.flags.length > 0 || shownPart ? (
              <section aria-labelledby={`${uid}-prev`} className="stack">
                <h4 id={`${uid}-prev`}>{analysis.flags.length ? 'Words that may land differently' : 'Where it is'}</h4>
                <p className="muted small">
                  {shownPart ? `Underlined: ${partName(shownPart, name)}. ` : ''}
                  {analysis.flags.length ? 'Marked: phrases to look at again.' : ''}
                </p>
                <div className="reflection-text coach-preview" data-testid="coach-preview">
                  {segments.map((s, i) =>
                    s.tags.length ? (
                      <mark key={i} className={s.tags.map((t) => (t === 'flag' ? 'mark-flag' : 'mark-part')).join(' ')}>
                        {s.text}
                      </mark>
                    ) : (
                      <span key={i}>{s.text}</span>
                    ),
                  )}
                </div>
                {analysis.flags.length ? (
                  <ul className="plain-list coach-flags">
                    {analysis.flags.map((f, i) => (
                      <li key={`${f.id}-${f.start}-${i}`} data-testid={`coach-flag-${f.id}`} className="coach-flag">
                        <p className="row-title">{flagName(f.id)}</p>
                        <p>
                          <mark className="mark-flag">“{quoteOf(text, f.start, f.end)}”</mark>
                        </p>
                        <p>{f.message}</p>
                        <p className="coach-suggestion">
                          <span className="why-label">Kinder:</span> {f.suggestion}
                        </p>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </section>
            ) : null}

            <p className="why">
              <span className="why-label">An order that often helps:</span> what <em>I</em> did → how it affected you → taking
              responsibility, with no “but” → repair and change → regret. Asking forgiveness is optional.
            </p>
            <p className="muted small">The coach only helps with words. Sincerity shows over time, in what you do.</p>
          </>
        )}
      </div>
    </details>
  );
}

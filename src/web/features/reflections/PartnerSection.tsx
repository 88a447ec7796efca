import { useId, useRef, useState } from 'react';
import type { PartnerView } from '../../../shared/api/index.js';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { localDateTime } from '../../lib/time.js';
import { KeysChangedNote } from './ShareDialogs.js';
import { ACK_NOTE_MAX, ACK_PHRASES, asAck, asReflection, categoryLabel, type AckContent, type SectionInfo } from './sections.js';
import type { PartnerKeys } from './usePartnerKeys.js';

interface PartnerSectionProps {
  info: SectionInfo;
  item: OpenItem;
  partner: PartnerView;
  /** Acknowledgments this person already sent for it. */
  sent: OpenItem[];
  items: ItemsClient;
  keys: PartnerKeys;
  timeZone?: string;
  onSent(): void;
}

/** One section the partner chose to share: their words as text, and an optional kind answer. */
export function PartnerSection({ info, item, partner, sent, items, keys, timeZone, onSent }: PartnerSectionProps) {
  const uid = useId();
  const name = partner.displayName;
  const content = item.verified ? asReflection(item.content) : null;

  return (
    <section className="card reflection reflection-partner" data-testid={`partner-reflection-${info.section}`}>
      <div className="reflection-head">
        <h3 id={`${uid}-h`}>{info.title}</h3>
        <span className="muted small">
          <time dateTime={item.updatedAt}>{localDateTime(item.updatedAt, timeZone)}</time>
        </span>
      </div>
      {content ? (
        <>
          {content.category ? <p className="muted small">Closest to: {categoryLabel(content.category)}</p> : null}
          {content.text.trim() ? <div className="reflection-text">{content.text}</div> : <p className="muted">{name} saved this section without words yet.</p>}
          <AckArea item={item} partner={partner} sent={sent} items={items} keys={keys} timeZone={timeZone} onSent={onSent} />
        </>
      ) : (
        <p className="warning" role="note">
          We couldn't verify this came from {name}, so it isn't shown. If it keeps happening, compare your safety codes on the
          couple page.
        </p>
      )}
    </section>
  );
}

function AckArea({ item, partner, sent, items, keys, timeZone, onSent }: Omit<PartnerSectionProps, 'info'>) {
  const uid = useId();
  const name = partner.displayName;
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [another, setAnother] = useState(false);
  // Created but not yet shared (the share failed): retry the share, don't make a second one.
  const unsent = useRef<OpenItem | null>(null);

  const send = async (phrase: string) => {
    setBusy(phrase);
    setError(null);
    setStatus('');
    const trimmed = note.trim().slice(0, ACK_NOTE_MAX);
    const content: AckContent = trimmed ? { text: phrase, note: trimmed } : { text: phrase };
    try {
      const ack = unsent.current ?? (await items.create<AckContent>('acknowledgment', content, { parentId: item.id }));
      unsent.current = ack;
      await items.share(ack, partner);
      unsent.current = null;
      setNote('');
      setAnother(false);
      setStatus(`Sent to ${name}.`);
      onSent();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const mine = sent.map((a) => ({ a, c: asAck(a.content) })).filter((x) => x.c !== null);
  const showForm = mine.length === 0 || another;

  return (
    <div className="ack">
      {mine.length > 0 ? (
        <ul className="plain-list ack-list" aria-label="What you sent back">
          {mine.map(({ a, c }) => (
            <li key={a.id}>
              <p>
                <strong>You:</strong> {c?.text}
              </p>
              {c?.note ? <p className="ack-note">{c.note}</p> : null}
              <p className="muted small">
                <time dateTime={a.createdAt}>{localDateTime(a.createdAt, timeZone)}</time>
              </p>
            </li>
          ))}
        </ul>
      ) : null}

      {showForm ? (
        <div className="ack-form" role="group" aria-labelledby={`${uid}-ack`}>
          <p className="ack-title" id={`${uid}-ack`}>
            If you'd like, let {name} know you read this.
          </p>
          <p className="muted small">You don't have to reply.</p>
          {keys === 'changed' ? (
            <KeysChangedNote name={name} />
          ) : (
            <>
              <div className="field">
                <label className="field-label" htmlFor={`${uid}-note`}>
                  Add a short note <span className="muted">(optional)</span>
                </label>
                <textarea
                  id={`${uid}-note`}
                  className="textarea ack-note-input"
                  value={note}
                  maxLength={ACK_NOTE_MAX}
                  rows={2}
                  aria-describedby={`${uid}-count`}
                  onChange={(e) => setNote(e.target.value)}
                />
                <p className="field-hint" id={`${uid}-count`}>
                  {note.length} of {ACK_NOTE_MAX} characters. Sent along with what you choose below.
                </p>
              </div>
              <div className="actions actions-tight">
                {ACK_PHRASES.map((phrase) => (
                  <Button
                    key={phrase}
                    variant="secondary"
                    small
                    onClick={() => void send(phrase)}
                    busy={busy === phrase}
                    busyLabel="Sending…"
                    disabled={keys !== 'ok' || (busy !== null && busy !== phrase)}
                  >
                    {phrase}
                  </Button>
                ))}
              </div>
            </>
          )}
          <ErrorAlert message={error} />
        </div>
      ) : (
        <Button variant="quiet" small onClick={() => setAnother(true)}>
          Send something else
        </Button>
      )}
      <LiveStatus>{status}</LiveStatus>
    </div>
  );
}

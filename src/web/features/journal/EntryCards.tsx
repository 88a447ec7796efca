import { parseContent } from '../../../shared/kinds.js';
import { useState, type ReactNode } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { ReplyArea } from '../../components/ReplyForm.js';
import { ReplyList } from '../../components/ReplyList.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import type { Drafts } from '../../lib/use-drafts.js';
import { SendDialog } from '../../components/ShareDialogs.js';
import { VersionHistory } from '../reflections/VersionHistory.js';
import { asEntryDraft, DRAFT_KEYS, REACTIONS } from './content.js';
import { entryDay, relativeDay } from './days.js';
import { EntryEditor } from './EntryForm.js';
import { usePairedPartner, usePracticeContext } from '../../lib/practice-context.js';

/** The head of an entry: its title (or its day), and the day under a title. */
function EntryHead({ entry, today, badge }: { entry: OpenItem; today: string; badge?: ReactNode }) {
  const c = parseContent('journal_entry', entry.content);
  const day = entryDay(entry);
  const when = <time dateTime={day}>{relativeDay(day, today)}</time>;
  return (
    <>
      <div className="reflection-head">
        <h3 className="thread-date">{c?.title ? c.title : when}</h3>
        {badge}
      </div>
      {c?.title ? <p className="muted small">{when}</p> : null}
    </>
  );
}

/** The words of an entry that didn't open are never shown as anyone's. */
function EntryText({ entry }: { entry: OpenItem }) {
  const c = parseContent('journal_entry', entry.content);
  return <div className="reflection-text">{c ? c.text : "This entry couldn't be opened on this device."}</div>;
}

interface OwnProps {
  entry: OpenItem;
  items: ItemsClient;
  drafts: Drafts;
  today: string;
  /** What the partner said back (while it was shared). */
  replies: OpenItem[];
  onItem(item: OpenItem): void;
  onRemoved(id: string): void;
}

/** One of my entries: private or shared, with Edit, Share / Stop sharing and Delete. */
export function OwnEntry({ entry, items, drafts, today, replies, onItem, onRemoved }: OwnProps) {
  const { partner } = usePracticeContext();
  const name = partner?.displayName ?? '';
  const editKey = DRAFT_KEYS.edit(entry.id);
  const restored = asEntryDraft(drafts.restored?.get(editKey));
  // A draft of an edit left open survives a reload: the editor opens again with it.
  const [editing, setEditing] = useState(restored !== null);
  const [dialog, setDialog] = useState<'share' | 'stop' | 'delete' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const shared = !!partner && (entry.sharedWith ?? []).includes(partner.id);
  const content = parseContent('journal_entry', entry.content);
  const label = content?.title ? `“${content.title}”` : 'this entry';

  const run = async (what: 'share' | 'stop' | 'delete') => {
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      if (what === 'delete') {
        await items.remove(entry);
        void drafts.sync.discard(editKey);
        setDialog(null);
        onRemoved(entry.id);
        return;
      }
      if (!partner) return;
      if (what === 'share') {
        onItem(await items.share(entry, partner));
        setStatus(`Shared with ${name}.`);
      } else {
        onItem(await items.unshare(entry, partner.id));
        setStatus(`Only you can read ${label} now.`);
      }
      setDialog(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const openDialog = (d: 'share' | 'stop' | 'delete') => {
    setError(null);
    setDialog(d);
  };

  return (
    <li className="card thread-item" data-testid="own-entry">
      <EntryHead
        entry={entry}
        today={today}
        badge={shared ? <span className="badge badge-shared">Shared with {name}</span> : <span className="badge">Only you can read this</span>}
      />
      {editing ? (
        <EntryEditor
          entry={entry}
          items={items}
          drafts={drafts}
          today={today}
          restored={restored}
          onItem={onItem}
          onClose={(saved) => {
            setEditing(false);
            setStatus(saved ? (shared ? `Saved. ${name} reads the new words.` : 'Saved.') : '');
          }}
        />
      ) : (
        <>
          <EntryText entry={entry} />
          <div className="actions actions-tight">
            <Button small variant="secondary" disabled={!content} onClick={() => setEditing(true)}>
              Edit
            </Button>
            {partner && !shared ? (
              <Button small variant="secondary" disabled={!content} onClick={() => openDialog('share')}>
                Share with {name}…
              </Button>
            ) : null}
            {partner && shared ? (
              <Button small variant="secondary" onClick={() => openDialog('stop')}>
                Stop sharing
              </Button>
            ) : null}
            <Button small variant="quiet" onClick={() => openDialog('delete')}>
              Delete
            </Button>
          </div>
        </>
      )}
      {shared ? <p className="muted small">{name} can read this. Changes you save reach them too.</p> : null}
      <ReplyList replies={replies} who={name} label={`What ${name} said back`} />
      {entry.version > 1 ? <VersionHistory items={items} item={entry} /> : null}
      <LiveStatus>{status}</LiveStatus>
      {!dialog ? <ErrorAlert message={error} /> : null}

      {partner ? (
        <SendDialog
          open={dialog === 'share'}
          title={`Share ${label} with ${name}?`}
          name={name}
          who={`${name} will be able to read this entry, and any changes you save later. Nobody else — not Mend.`}
          preview={content ? (content.text.length > 600 ? `${content.text.slice(0, 600).trimEnd()}…` : content.text) : ''}
          confirm="Share"
          busyLabel="Sharing…"
          busy={busy}
          error={error}
          note={<p className="muted small">You can stop sharing at any time.</p>}
          onConfirm={() => void run('share')}
          onClose={() => setDialog(null)}
        />
      ) : null}
      <Dialog
        open={dialog === 'stop'}
        onClose={() => setDialog(null)}
        title={`Stop sharing ${label} with ${name}?`}
        actions={
          <>
            <Button variant="danger" busy={busy} busyLabel="Stopping…" onClick={() => void run('stop')}>
              Stop sharing
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setDialog(null)}>
              Keep sharing
            </Button>
          </>
        }
      >
        <p>From now on, {name} won't be able to open this entry. It goes back to being only yours.</p>
        <p>What {name} has already read can't be unread.</p>
        <ErrorAlert message={error} />
      </Dialog>
      <Dialog
        open={dialog === 'delete'}
        onClose={() => setDialog(null)}
        title={`Delete ${label}?`}
        actions={
          <>
            <Button variant="danger" busy={busy} busyLabel="Deleting…" onClick={() => void run('delete')}>
              Delete
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setDialog(null)}>
              Keep it
            </Button>
          </>
        }
      >
        <p>It will be gone for good, with its earlier versions{shared ? `, and ${name} won't be able to open it any more` : ''}.</p>
        <ErrorAlert message={error} />
      </Dialog>
    </li>
  );
}

interface PartnerProps {
  entry: OpenItem;
  items: ItemsClient;
  today: string;
  /** What I said back already. */
  mine: OpenItem[];
  onSent(): void;
}

/** An entry the partner chose to share, and a quiet way to answer. */
export function PartnerEntry({ entry, items, today, mine, onSent }: PartnerProps) {
  const partner = usePairedPartner();
  const name = partner.displayName;
  const opened = entry.verified && parseContent('journal_entry', entry.content) !== null;
  return (
    <li className="card thread-item" data-testid="partner-entry">
      {opened ? (
        <>
          <EntryHead entry={entry} today={today} />
          <EntryText entry={entry} />
          <ReplyArea
            parent={entry}
            items={items}
            sent={mine}
            phrases={REACTIONS}
            title="If you'd like to answer"
            hint={`You don't need to. ${name} shared it for you to read.`}
            noteLabel="A few words of your own"
            replaceIfChanged
            onSent={onSent}
          />
        </>
      ) : (
        <p className="warning" role="note">
          We couldn't verify this came from {name}, so it isn't shown as theirs. If it keeps happening, compare your safety codes on the couple page.
        </p>
      )}
    </li>
  );
}

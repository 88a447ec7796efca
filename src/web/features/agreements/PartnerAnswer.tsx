import { useId, useState } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import {
  proposedTermsSchema,
  termsDiffer,
  TEXT_MAX,
  TITLE_MAX,
  type AgreementAnswer,
  type AgreementContent,
  type Standing,
} from '../../../core/agreements/index.js';
import { Button } from '../../components/Button.js';
import { TextAreaField, TextField } from '../../components/Field.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { useStatusLine } from '../../lib/use-status-line.js';
import { errorMessage } from '../../lib/errors.js';
import type { Drafts } from '../../lib/use-drafts.js';
import { answerContent, answerHasWords, asAnswerDraft, DRAFT_KEYS, type AnswerDraft } from './model.js';
import { useFormDraft } from '../../lib/use-form-draft.js';
import { usePairedPartner, usePracticeContext } from '../../lib/practice-context.js';

interface Props {
  item: OpenItem;
  items: ItemsClient;
  drafts: Drafts;
  content: AgreementContent;
  standing: Standing;
  onItem(item: OpenItem): void;
}

/**
 * The partner's answer to an agreement they were asked to accept: accept it, ask to change it
 * (with a few words and, if they like, wording of their own for the proposer to take up), or
 * decline it. When its review day has come, accepting the same version again renews nothing.
 */
export function PartnerActions({ item, items, drafts, content, standing, onItem }: Props) {
  const { keys } = usePracticeContext();
  const partner = usePairedPartner();
  const uid = useId();
  const draftKey = DRAFT_KEYS.answer(item.id);
  const blank: AnswerDraft = { mode: 'revise', words: '', wording: false, title: content.title, text: content.text };
  const restored = asAnswerDraft(drafts.restored?.get(draftKey), content);
  const { value: d, change, clear, statusText } = useFormDraft(drafts, draftKey, blank, restored, answerHasWords);
  const [open, setOpen] = useState(restored !== null);
  const [busy, setBusy] = useState<AgreementAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  // "… will see that you accepted" holds only until the agreement changes again.
  const [status, setStatus] = useStatusLine(`${item.version}:${standing.state}`);
  const name = partner.displayName;

  const send = async (answer: AgreementAnswer) => {
    const problems: Record<string, string> = {};
    if (answer === 'revise') {
      if (d.wording) {
        const checked = proposedTermsSchema.safeParse({ title: d.title, text: d.text, kind: content.kind });
        if (!checked.success) for (const issue of checked.error.issues) problems[String(issue.path[0])] ??= issue.message;
      }
      const changed = d.wording && termsDiffer(content, { title: d.title, text: d.text, kind: content.kind });
      if (!d.words.trim() && !changed) problems.words = `A few words on what you'd change, so ${name} knows.`;
    }
    setFields(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(answer);
    setError(null);
    try {
      const r = await items.create('agreement_response', answerContent(answer, item.version, d, content), { parentId: item.id });
      try {
        onItem(await items.share(r, partner));
      } catch (e) {
        // Never leave an answer that the proposer can't see: take it back; the words stay in the draft.
        await items.remove(r).catch(() => undefined);
        throw e;
      }
      clear(blank);
      setOpen(false);
      setStatus(answer === 'accept' ? `${name} will see that you accepted.` : answer === 'decline' ? `${name} will see that you declined.` : `Sent to ${name}.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  if (standing.state === 'paused') return null;
  const due = standing.state === 'due';
  // Accepting is offered whenever there is something to say yes to; a due version renews nothing.
  const canAccept = standing.state === 'waiting' || standing.state === 'revise' || standing.state === 'declined';
  const canDecline = standing.state === 'waiting' || standing.state === 'revise' || due;
  const title =
    standing.state === 'accepted' ? 'It can always be looked at again' : standing.state === 'declined' ? 'If you change your mind' : due ? 'Looking at it again' : 'Your answer';
  const lead =
    standing.state === 'waiting' || standing.state === 'revise'
      ? 'Only accept what you can both live with. Asking for a change is part of agreeing, and saying no is all right too.'
      : due
        ? `${name} wrote it, so ${name} can propose it again with a new review day — you'll be asked then. You can also ask for a change, or decline.`
        : null;
  const busyAny = busy !== null;
  const disabled = keys !== 'ok' || busyAny;

  return (
    <div className="ack-form stack" role="group" aria-labelledby={`${uid}-t`}>
      <p className="ack-title" id={`${uid}-t`}>
        {title}
      </p>
      {lead ? <p className="muted small">{lead}</p> : null}
      {keys === 'changed' ? null : open && d.mode === 'revise' ? (
        <div className="stack" data-testid="answer-revise">
          <TextAreaField
            label="What you'd change"
            rows={3}
            maxLength={TEXT_MAX}
            value={d.words}
            error={fields.words}
            onChange={(e) => change({ words: e.target.value })}
            hint={statusText || `${name} reads this with your request.`}
          />
          <label className="choice">
            <input type="checkbox" checked={d.wording} onChange={(e) => change({ wording: e.target.checked })} />
            <span>Suggest new wording too</span>
          </label>
          {d.wording ? (
            <>
              <p className="muted small">
                {name} wrote this agreement, so only {name} can change it. Your wording goes to {name}, who can take it up as a new version — and
                then you'll be asked to accept it.
              </p>
              <TextField label="A short name" value={d.title} maxLength={TITLE_MAX} error={fields.title} onChange={(e) => change({ title: e.target.value })} />
              <TextAreaField label="Your wording" rows={4} maxLength={TEXT_MAX} value={d.text} error={fields.text} onChange={(e) => change({ text: e.target.value })} />
            </>
          ) : null}
          <div className="actions actions-tight">
            <Button small busy={busy === 'revise'} busyLabel="Sending…" disabled={disabled} onClick={() => void send('revise')}>
              Send to {name}
            </Button>
            <Button small variant="secondary" disabled={busyAny} onClick={() => setOpen(false)}>
              Not now
            </Button>
          </div>
        </div>
      ) : open && d.mode === 'decline' ? (
        <div className="stack" data-testid="answer-decline">
          <TextAreaField
            label="Anything you'd like to say (optional)"
            rows={3}
            maxLength={TEXT_MAX}
            value={d.words}
            onChange={(e) => change({ words: e.target.value })}
            hint={statusText || `Saying no is all right. ${name} will see that you declined, and these words if you write any.`}
          />
          <div className="actions actions-tight">
            <Button small busy={busy === 'decline'} busyLabel="Sending…" disabled={disabled} onClick={() => void send('decline')}>
              Decline this version
            </Button>
            <Button small variant="secondary" disabled={busyAny} onClick={() => setOpen(false)}>
              Not now
            </Button>
          </div>
        </div>
      ) : (
        <div className="actions actions-tight">
          {canAccept ? (
            <Button small busy={busy === 'accept'} busyLabel="Sending…" disabled={disabled} onClick={() => void send('accept')}>
              I accept this
            </Button>
          ) : null}
          <Button
            small
            variant="secondary"
            disabled={busyAny}
            onClick={() => {
              change({ mode: 'revise' });
              setOpen(true);
            }}
          >
            Ask to revise
          </Button>
          {canDecline ? (
            <Button
              small
              variant="quiet"
              disabled={busyAny}
              onClick={() => {
                change({ mode: 'decline' });
                setOpen(true);
              }}
            >
              Decline
            </Button>
          ) : null}
        </div>
      )}
      <ErrorAlert message={error} />
      <LiveStatus>{status}</LiveStatus>
    </div>
  );
}

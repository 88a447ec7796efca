import { parseContent } from '../../../shared/kinds.js';
import { useId, useState } from 'react';
import type { ItemsClient, OpenItem, OpenVersion } from '../../../shared/client/index.js';
import {
  AGREEMENT_KIND_WORDS,
  AGREEMENT_KINDS,
  agreementContentSchema,
  agreementStanding,
  nextTermsFrom,
  reviewBounds,
  reviewDue,
  reviewProblem,
  REVIEW_PICKS,
  TEXT_MAX,
  TITLE_MAX,
  type AgreementContent,
  type AgreementKind,
  type Standing,
} from '../../../core/agreements/index.js';
import { addDays } from '../../../shared/schedules/local-time.js';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { TextAreaField, TextField } from '../../components/Field.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { useStatusLine } from '../../lib/use-status-line.js';
import { errorMessage } from '../../lib/errors.js';
import { localDateTime } from '../../lib/time.js';
import type { Drafts } from '../../lib/use-drafts.js';
import { DRAFT_KEYS, KIND_LABELS, longDate, responseRecords, stateRef } from './model.js';
import { PartnerActions } from './PartnerAnswer.js';
import { useFormDraft } from '../../lib/use-form-draft.js';
import { usePracticeContext } from '../../lib/practice-context.js';

/** The words of a proposal or a revision, as its draft is kept. */
export interface AgreementDraft {
  title: string;
  text: string;
  kind: AgreementKind;
  reviewOn: string;
  changeNote: string;
}

const EMPTY: AgreementDraft = { title: '', text: '', kind: 'boundary', reviewOn: '', changeNote: '' };
const hasWords = (d: AgreementDraft) => !!(d.title.trim() || d.text.trim() || d.changeNote.trim());

/** A restored draft checked for shape. */
export function asAgreementDraft(body: unknown): AgreementDraft | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  const str = (k: string) => (typeof b[k] === 'string' ? (b[k] as string) : '');
  const kind = (AGREEMENT_KINDS as readonly string[]).includes(str('kind')) ? (str('kind') as AgreementKind) : 'boundary';
  const d = { title: str('title').slice(0, TITLE_MAX), text: str('text').slice(0, TEXT_MAX), kind, reviewOn: str('reviewOn'), changeNote: str('changeNote').slice(0, TEXT_MAX) };
  return hasWords(d) ? d : null;
}

const KIND_CHOICES: readonly { value: AgreementKind; label: string; hint: string }[] = AGREEMENT_KINDS.map((k) => ({ value: k, label: AGREEMENT_KIND_WORDS[k].choice, hint: AGREEMENT_KIND_WORDS[k].hint }));

interface FormProps {
  drafts: Drafts;
  draftKey: string;
  initial: AgreementDraft;
  today: string;
  /** A revision: asks what changed, and says the partner will be asked again. */
  revising: boolean;
  submitLabel: string;
  busyLabel: string;
  onSubmit(d: AgreementDraft): Promise<void>;
  onCancel?(): void;
}

/** Writing an agreement, or a new version of one: its name, kind, words and when to look again. */
export function AgreementForm({ drafts, draftKey, initial, today, revising, submitLabel, busyLabel, onSubmit, onCancel }: FormProps) {
  const uid = useId();
  const restored = asAgreementDraft(drafts.restored?.get(draftKey));
  const { value: d, change, clear, statusText } = useFormDraft(drafts, draftKey, initial, restored, hasWords);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const openness = d.kind === 'transparency';
  const bounds = reviewBounds(d.kind, today);

  const submit = async () => {
    const checked = agreementContentSchema.safeParse({ title: d.title, text: d.text, kind: d.kind, status: 'proposed', termsFrom: 1, ...(d.reviewOn ? { reviewOn: d.reviewOn } : {}) });
    const problems: Record<string, string> = {};
    if (!checked.success) for (const issue of checked.error.issues) problems[String(issue.path[0])] ??= issue.message;
    // The review day counts from this version's day: a new version starts a new window.
    const review = reviewProblem(d.kind, d.reviewOn, today);
    if (review) problems.reviewOn = review;
    setFields(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(d);
      clear(EMPTY);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack" data-testid={revising ? 'agreement-revise' : 'agreement-form'}>
      <TextField label="A short name" value={d.title} maxLength={TITLE_MAX} onChange={(e) => change({ title: e.target.value })} error={fields.title} hint="Like “Phones at dinner” or “Saying when I’ll be late”." />
      <fieldset className="choices">
        <legend>What kind of agreement</legend>
        <div className="choice-list">
          {KIND_CHOICES.map((k) => (
            <label key={k.value} className="choice">
              <input type="radio" name={`${uid}-kind`} checked={d.kind === k.value} onChange={() => change({ kind: k.value })} />
              <span>{k.label}</span>
            </label>
          ))}
        </div>
        <p className="field-hint">{KIND_CHOICES.find((k) => k.value === d.kind)?.hint}</p>
      </fieldset>
      {openness ? (
        <p className="notice" data-testid="transparency-note">
          Openness here is offered, and self-reported: you tell each other yourselves. Mend never tracks anyone, and an agreement is never a
          reason to ask for a password, a phone or someone’s messages.
        </p>
      ) : null}
      <TextAreaField
        label="What we agree"
        rows={4}
        value={d.text}
        maxLength={TEXT_MAX}
        onChange={(e) => change({ text: e.target.value })}
        error={fields.text}
        hint="Specific and doable. Written from both sides it works best: what each of you will do."
      />
      {revising ? (
        <TextAreaField
          label="What changed, and why (optional)"
          rows={2}
          value={d.changeNote}
          maxLength={TEXT_MAX}
          onChange={(e) => change({ changeNote: e.target.value })}
          hint="Your partner reads this beside the new version."
        />
      ) : null}
      <div className="stack agreement-review" role="group" aria-labelledby={`${uid}-review`}>
        <p className="field-label" id={`${uid}-review`}>
          When to look at this again
        </p>
        <p className="field-hint">
          {openness
            ? 'Openness is agreed for a while — 30 to 90 days — then looked at together. It never renews by itself.'
            : 'Agreements work best when you revisit them. A boundary can have a day, or none.'}
        </p>
        <div className="actions actions-tight">
          {REVIEW_PICKS.map((p) => {
            const day = addDays(today, p.days);
            return (
              <Button key={p.days} small variant="secondary" aria-pressed={d.reviewOn === day} onClick={() => change({ reviewOn: day })}>
                {p.label}
              </Button>
            );
          })}
          {openness ? null : (
            <Button small variant="secondary" aria-pressed={d.reviewOn === ''} onClick={() => change({ reviewOn: '' })}>
              No set day
            </Button>
          )}
        </div>
        <TextField
          label="Day"
          type="date"
          value={d.reviewOn}
          min={bounds.min}
          max={bounds.max ?? undefined}
          onChange={(e) => change({ reviewOn: e.target.value })}
          error={fields.reviewOn}
        />
      </div>
      <p className="draft-status" role="status" aria-live="polite">
        {statusText}
      </p>
      <div className="actions">
        <Button busy={busy} busyLabel={busyLabel} onClick={() => void submit()}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => {
              clear(EMPTY);
              onCancel();
            }}
          >
            Keep it as it was
          </Button>
        ) : null}
      </div>
      <ErrorAlert message={error} />
    </div>
  );
}

/** The content an agreement draft makes: a first version, or a revision of `prev` at `item.version`. */
export function contentFrom(d: AgreementDraft, prev: { content: AgreementContent; version: number } | null): AgreementContent {
  const terms = { title: d.title.trim(), text: d.text.trim(), kind: d.kind, ...(d.reviewOn ? { reviewOn: d.reviewOn } : {}) };
  const termsFrom = prev === null ? 1 : nextTermsFrom(prev, terms);
  return {
    ...terms,
    status: prev === null ? 'proposed' : prev.content.status === 'paused' ? 'paused' : 'active',
    termsFrom,
    ...(prev !== null && d.changeNote.trim() ? { changeNote: d.changeNote.trim() } : {}),
  };
}

function StandingLine({ standing, mine, name }: { standing: Standing; mine: boolean; name: string }) {
  const text = (() => {
    switch (standing.state) {
      case 'accepted':
        return 'You both accepted this version.';
      case 'waiting':
        if (mine) return standing.acceptedBefore ? `Changed since ${name} accepted it, so it waits for ${name}'s yes again. There's no hurry.` : `Waiting for ${name}'s answer. There's no hurry.`;
        return standing.acceptedBefore ? `${name} changed this since you accepted it. Have a look when you're ready.` : `${name} proposed this. Have a look when you're ready.`;
      case 'revise':
        return mine ? `${name} asked to revise this.` : `You asked ${name} to revise this.`;
      case 'declined':
        return mine
          ? `${name} declined this version. That's all right — you can revise it and propose it again (${name} will be asked afresh), or retire it.`
          : `You declined this version. If ${name} proposes a new one, you'll be asked again.`;
      case 'due':
        return standing.accepted
          ? 'It was accepted until its review day. It isn’t renewed by itself: it counts again once you both say yes to a new version.'
          : 'Its review day has come. It counts once you both say yes to a version with a new day.';
      case 'paused':
        return 'Paused for now.';
      case 'retired':
        return 'Retired. It stays here as a record.';
    }
  })();
  return <p className={standing.state === 'accepted' ? 'agreement-standing agreement-accepted' : 'agreement-standing'}>{text}</p>;
}

const BADGES: Record<Standing['state'], string> = {
  accepted: 'Accepted by both',
  waiting: 'Waiting for an answer',
  revise: 'Asked to revise',
  declined: 'Declined',
  due: 'Due for review',
  paused: 'Paused',
  retired: 'Retired',
};

interface CardProps {
  item: OpenItem;
  /** The partner's answers to it (or, when it is the partner's, mine). */
  responses: OpenItem[];
  items: ItemsClient;
  drafts: Drafts;
  today: string;
  onItem(item: OpenItem): void;
}

/** One agreement: its words, where it stands, when to look again, and what each of you can do. */
export function AgreementCard(props: CardProps) {
  const { item, responses, today } = props;
  const { partner } = usePracticeContext();
  const uid = useId();
  const c = item.verified ? parseContent('agreement', item.content) : null;
  const name = partner?.displayName ?? 'your partner';
  if (!c) {
    return (
      <li className="card">
        <p className="muted small">We couldn't open or verify this agreement on this device, so it isn't shown.</p>
      </li>
    );
  }
  // The answers that count are the other person's: mine answer theirs, theirs answer mine.
  const answers = responseRecords(responses.filter((r) => r.mine !== item.mine && stateRef(r, 'parentId') === item.id));
  const standing = agreementStanding(c, answers, today);
  const due = reviewDue(c, today);
  const answerWords = standing.state === 'revise' || standing.state === 'declined' ? standing.words : null;
  const proposed = standing.state === 'revise' ? standing.terms : null;

  return (
    <li className="card stack agreement" data-testid="agreement" aria-labelledby={`${uid}-h`}>
      <div className="reflection-head">
        <h3 id={`${uid}-h`}>{c.title}</h3>
        <span className={standing.state === 'accepted' ? 'badge badge-shared' : 'badge'}>{BADGES[standing.state]}</span>
      </div>
      <p className="muted small">
        {KIND_LABELS[c.kind]} · {item.mine ? 'you proposed it' : `${name} proposed it`} · version {item.version}
      </p>
      <div className="reflection-text">{c.text}</div>
      {c.changeNote && item.version > 1 ? (
        <p className="ack-note">
          <strong>What changed:</strong> {c.changeNote}
        </p>
      ) : null}
      <StandingLine standing={standing} mine={item.mine} name={name} />
      {answerWords ? <p className="ack-note">“{answerWords}”</p> : null}
      {proposed ? (
        <div className="ack-note stack" data-testid="proposed-terms">
          <p>
            <strong>{item.mine ? `${name}’s suggested wording` : 'Your suggested wording'}:</strong> {proposed.title}
          </p>
          <div className="reflection-text">{proposed.text}</div>
          <p className="muted small">
            {item.mine
              ? `You wrote this agreement, so the change is yours to make: start from ${name}’s wording, and ${name} will be asked to accept the new version.`
              : `${name} wrote this agreement, so ${name} can take it up as a new version — then you'll be asked to accept it.`}
          </p>
        </div>
      ) : null}
      {c.reviewOn && c.status !== 'retired' ? (
        due ? (
          <p className="notice" data-testid="review-due">
            Time to look at this again. You chose {longDate(c.reviewOn)} to check it still fits — keep it with a new day, change it, or let it go,
            together.
          </p>
        ) : (
          <p className="muted small">Look at it again on {longDate(c.reviewOn)}.</p>
        )
      ) : null}
      {item.mine ? (
        <OwnActions {...props} content={c} standing={standing} />
      ) : partner && standing.state !== 'retired' ? (
        <PartnerActions item={item} items={props.items} drafts={props.drafts} onItem={props.onItem} content={c} standing={standing} />
      ) : null}
    </li>
  );
}

/** The proposer's own actions: revise (a new version), pause or resume, retire; earlier versions. */
function OwnActions({ item, items, drafts, today, onItem, content, standing }: CardProps & { content: AgreementContent; standing: Standing }) {
  const { partner, keys } = usePracticeContext();
  const draftKey = DRAFT_KEYS.revise(item.id);
  // What the revision starts from: my words, the partner's suggested wording, or mine again with a new review day.
  const [editing, setEditing] = useState<'mine' | 'theirs' | 'again' | null>(drafts.restored?.has(draftKey) ? 'mine' : null);
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const name = partner?.displayName ?? '';
  const shared = !!partner && (item.sharedWith ?? []).includes(partner.id);
  // "… will be asked to accept" holds only until the answer comes (or the agreement changes).
  const [status, setStatus] = useStatusLine(`${item.version}:${standing.state}:${shared}`);

  const write = async (what: string, next: AgreementContent, done: string) => {
    setBusy(what);
    setError(null);
    try {
      onItem(await items.update(item, next));
      setStatus(done);
      setConfirm(false);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const share = async () => {
    if (!partner) return;
    setBusy('share');
    setError(null);
    try {
      onItem(await items.share(item, partner));
      setStatus(`Shared with ${name}.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  if (content.status === 'retired') return <Versions item={item} items={items} />;
  const proposed = standing.state === 'revise' ? standing.terms : null;
  const futureReview = content.reviewOn && content.reviewOn > today ? content.reviewOn : '';
  const initial: AgreementDraft =
    editing === 'theirs' && proposed
      ? { title: proposed.title, text: proposed.text, kind: proposed.kind, reviewOn: proposed.reviewOn && proposed.reviewOn > today ? proposed.reviewOn : futureReview, changeNote: `Using ${name}’s suggested wording.` }
      : editing === 'again'
        ? { title: content.title, text: content.text, kind: content.kind, reviewOn: '', changeNote: 'We looked at this again; I’d like to keep it as it is.' }
        : { title: content.title, text: content.text, kind: content.kind, reviewOn: futureReview, changeNote: '' };
  return (
    <>
      {editing ? (
        <AgreementForm
          drafts={drafts}
          draftKey={draftKey}
          initial={initial}
          today={today}
          revising
          submitLabel="Save the new version"
          busyLabel="Saving…"
          onSubmit={async (d) => {
            const next = contentFrom(d, { content, version: item.version });
            onItem(await items.update(item, next));
            setEditing(null);
            setStatus(next.termsFrom > content.termsFrom && partner ? `Saved. ${name} will be asked to accept the new version.` : 'Saved.');
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div className="actions actions-tight">
          {partner && !shared ? (
            <Button small busy={busy === 'share'} busyLabel="Sharing…" disabled={keys !== 'ok' || busy !== null} onClick={() => void share()}>
              Share with {name}
            </Button>
          ) : null}
          {proposed ? (
            <Button small disabled={busy !== null} onClick={() => setEditing('theirs')}>
              Start from {name}’s wording
            </Button>
          ) : null}
          {standing.state === 'due' ? (
            <Button small disabled={busy !== null} onClick={() => setEditing('again')}>
              Keep it, with a new review day
            </Button>
          ) : null}
          <Button small variant="secondary" disabled={busy !== null} onClick={() => setEditing('mine')}>
            Revise
          </Button>
          {content.status === 'paused' ? (
            <Button small variant="secondary" busy={busy === 'resume'} busyLabel="Resuming…" disabled={busy !== null} onClick={() => void write('resume', { ...content, status: 'active' }, 'Resumed.')}>
              Resume
            </Button>
          ) : (
            <Button small variant="secondary" busy={busy === 'pause'} busyLabel="Pausing…" disabled={busy !== null} onClick={() => void write('pause', { ...content, status: 'paused' }, 'Paused. You can resume it any time.')}>
              Pause
            </Button>
          )}
          <Button small variant="quiet" disabled={busy !== null} onClick={() => setConfirm(true)}>
            Retire…
          </Button>
        </div>
      )}
      <Versions item={item} items={items} />
      <Dialog
        open={confirm}
        onClose={() => setConfirm(false)}
        title="Retire this agreement?"
        actions={
          <>
            <Button busy={busy === 'retire'} busyLabel="Retiring…" onClick={() => void write('retire', { ...content, status: 'retired' }, 'Retired.')}>
              Retire it
            </Button>
            <Button variant="secondary" disabled={busy !== null} onClick={() => setConfirm(false)}>
              Keep it
            </Button>
          </>
        }
      >
        <p>It stays here as a record{partner ? ` for you and ${name}` : ''}, marked retired. You can always propose something new.</p>
        <ErrorAlert message={error} />
      </Dialog>
      {!confirm ? <ErrorAlert message={error} /> : null}
      <LiveStatus>{status}</LiveStatus>
    </>
  );
}

/** Earlier versions, for the one who wrote them (fetched when opened). */
function Versions({ item, items }: { item: OpenItem; items: ItemsClient }) {
  const { timeZone } = usePracticeContext();
  const [list, setList] = useState<OpenVersion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (item.version < 2) return null;
  const load = () => {
    if (list) return;
    items.versions(item).then(
      (v) => setList(v.filter((x) => x.version < item.version)),
      (e: unknown) => setError(errorMessage(e)),
    );
  };
  const rows = (list ?? []).map((v) => ({ v, c: parseContent('agreement', v.content) })).filter((r) => r.c !== null);
  return (
    <details className="history" onToggle={(e) => (e.currentTarget.open ? load() : undefined)}>
      <summary>Earlier versions</summary>
      <div className="history-body stack">
        {list === null && !error ? <p className="muted small">Opening…</p> : null}
        <ErrorAlert message={error} />
        {list !== null && rows.length === 0 ? <p className="muted small">Only pauses and review days changed before; the words are the same.</p> : null}
        <ol className="plain-list stack">
          {rows.map(({ v, c }) => (
            <li key={v.version}>
              <p className="row-title">
                Version {v.version} · <time dateTime={v.createdAt}>{localDateTime(v.createdAt, timeZone)}</time>
              </p>
              <p className="muted small">{c!.title}</p>
              <div className="reflection-text">{c!.text}</div>
            </li>
          ))}
        </ol>
      </div>
    </details>
  );
}

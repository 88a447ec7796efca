import { parseContent } from '../../../shared/kinds.js';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { apologyAnswerWaiting, nextSteps, promiseDueToday, questionWaiting, STANCE_LABELS, STANCES, todayIn, type Stance, type StanceContent } from '../../../core/today/index.js';
import type { OpenItem } from '../../../shared/client/index.js';
import { commitmentMarkStateSchema, commitmentStateSchema } from '../../../shared/commitments/state.js';
import { useMe } from '../../app/session.js';
import { Fold } from '../../components/Fold.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { useKinds } from '../../lib/use-kinds.js';
import { useItems } from '../../lib/use-items.js';
import { usePromptWaiting } from './usePromptWaiting.js';
import { usePracticeContext } from '../../lib/practice-context.js';

// What the next steps look at: the person's own writing, and what the partner shared with them.
const KINDS = ['stance', 'reflection', 'apology', 'commitment', 'commitment_mark', 'checkin', 'agreement', 'question', 'response', 'acknowledgment'] as const;

/** The latest of my stance items, if any (one is kept and updated; older ones are ignored). */
function myStance(list: readonly OpenItem[]): { item: OpenItem; stance: Stance } | null {
  const mine = list.filter((i) => i.mine && i.verified).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  for (const item of mine) {
    const c = parseContent('stance', item.content);
    if (c) return { item, stance: c.stance };
  }
  return null;
}

/** My promises as "due today" reads them: plan and status from the plaintext state, and the days I marked. */
function myPromises(commitments: readonly OpenItem[], marks: readonly OpenItem[]) {
  const marked = marks.flatMap((m) => {
    const s = m.mine ? commitmentMarkStateSchema.safeParse(m.state) : null;
    return s?.success ? [s.data] : [];
  });
  return commitments.flatMap((c) => {
    const plan = c.mine ? commitmentStateSchema.safeParse(c.state) : null;
    if (!plan?.success) return [];
    return [{ status: plan.data.status, segments: plan.data.segments, marked: marked.filter((m) => m.parentId === c.id).map((m) => m.occurrence) }];
  });
}

/**
 * "Where do you stand right now?" — private to the person (a stance item the server refuses to
 * share) — and a few next small steps that fit it and what they have done so far.
 */
export function NextSteps() {
  const uid = useId();
  const me = useMe();
  const { partner } = usePracticeContext();
  const items = useItems(partner);
  const { data, error, replace } = useKinds(items, KINDS, partner?.id ?? null);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const now = new Date();
  const tz = me.user.timeZone;
  const today = todayIn(now, tz);
  const promptWaiting = usePromptWaiting(items, partner !== null, today);
  if (!data) return error ? <ErrorAlert message={errorMessage(error)} /> : null;
  if (promptWaiting === null) return null;

  const current = myStance(data.stance);
  const myApologies = data.apology.filter((i) => i.mine);
  const steps = nextSteps(current?.stance ?? null, {
    hasPartner: partner !== null,
    wroteReflection: data.reflection.some((i) => i.mine),
    wroteApology: data.apology.some((i) => i.mine),
    madePromise: data.commitment.some((i) => i.mine),
    checkedInToday: data.checkin.some((i) => i.mine && todayIn(new Date(i.createdAt), tz) === today),
    hasAgreement: data.agreement.length > 0,
    questionsFromPartner:
      !!partner &&
      questionWaiting(
        data.question.filter((i) => i.authorId === partner.id),
        data.response.filter((r) => r.mine).map((r) => ({ parentId: r.state?.parentId ?? null, sharedWith: r.sharedWith })),
        partner.id,
      ),
    promptWaiting,
    promiseDueToday: promiseDueToday(myPromises(data.commitment, data.commitment_mark), now, tz),
    apologyAnswered:
      !!partner &&
      apologyAnswerWaiting(
        myApologies,
        data.acknowledgment.filter((a) => a.authorId === partner.id).map((a) => ({ parentId: a.state?.parentId ?? null, createdAt: a.createdAt })),
      ),
  });

  const choose = async (stance: Stance) => {
    if (busy || stance === current?.stance) return;
    setBusy(true);
    setSaveError(null);
    try {
      const content: StanceContent = { stance };
      replace(current ? await items.update(current.item, content) : await items.create('stance', content, {}));
      setStatus('Saved. Only you can see this.');
    } catch (e) {
      setSaveError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby={`${uid}-steps`} data-testid="next-steps">
      <h2 id={`${uid}-steps`}>{steps.length === 1 ? 'One small step' : 'A next small step'}</h2>
      <ul className="plain-list stack">
        {steps.map((s) => (
          <li key={s.id} data-testid={`step-${s.id}`}>
            <p>
              <Link to={s.href}>{s.text}</Link>
            </p>
            <p className="muted small">{s.why}</p>
          </li>
        ))}
      </ul>
      <p className="muted small">No schedule to keep up with — take one when it feels right.</p>
      {/* Where the person stands shapes the steps above; it is set once in a while, so it waits folded. */}
      <Fold summary={current ? `Where you stand: ${STANCE_LABELS[current.stance]}` : 'Where do you stand right now?'} testId="stance-card">
        <fieldset className="choices" disabled={busy} aria-describedby={`${uid}-stance-why`}>
          <legend>Where do you stand right now?</legend>
          <p className="muted small" id={`${uid}-stance-why`}>
            Only you see this{partner ? ` — ${partner.displayName} never does` : ''}. It helps Mend suggest steps that fit you. Change it whenever you
            like; hurt often runs both ways.
          </p>
          <div className="choice-list">
            {STANCES.map((s) => (
              <label key={s} className="choice">
                <input type="radio" name={`${uid}-stance`} checked={current?.stance === s} onChange={() => void choose(s)} />
                <span>{STANCE_LABELS[s]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <ErrorAlert message={saveError} />
        <LiveStatus>{status}</LiveStatus>
      </Fold>
    </section>
  );
}

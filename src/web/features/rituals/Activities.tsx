import { useId, useState } from 'react';
import { ACTIVITIES, ACTIVITY_CATEGORY_INFO, type ActivityCategory } from '../../../core/activities/index.js';
import { localToday } from '../../../core/scheduled/index.js';
import { activityReflectionSchema, asActivityReflection, asActivityStep, REFLECTION_MAX, RITUAL_TITLE_MAX, type ActivityPlanContent, type ActivityStep } from '../../../core/rituals/index.js';
import { firstOccurrence, localDateSchema, localTimeSchema } from '../../../core/schedules/index.js';
import type { OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { Fold } from '../../components/Fold.js';
import { EmptyState } from '../../components/EmptyState.js';
import { SelectField, TextField } from '../../components/Field.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { usePracticeContext, usePracticeNow } from '../../lib/practice-context.js';
import { useStatusLine } from '../../lib/use-status-line.js';
import { DRAFT_STATUS_TEXT, useDraftStatus } from '../../lib/draft-status.js';
import { parentOf, sharedWith } from '../scheduled/model.js';
import type { PracticeCardProps } from '../scheduled/ScheduledCard.js';
import { createActivityPlan, reflectOnActivity, removeActivityPlan, shareActivityPlan, stepOnActivity, updateActivityPlan } from './actions.js';
import { categoryTitle, DRAFT_KEYS, plannedLabel, plansInOrder, type PlanView } from './model.js';
import { CountedTextArea } from '../../components/CountedTextArea.js';

interface ActivitiesProps extends PracticeCardProps {
  plans: PlanView[];
  /** Reflections on plans from the partner who didn't make them (`response` items). */
  responses: readonly OpenItem[];
  onRemoved(id: string): void;
}

const EFFORT: Record<string, string> = { low: 'Easy', medium: 'Some effort', high: 'A bigger plan' };
const COST: Record<string, string> = { free: 'free', low: 'costs a little', medium: 'costs something', high: 'costs more' };

/** Activities: what you picked and planned (both of yours), then ideas by category to pick from. */
export function Activities({ plans, responses, items, drafts, onItem, onRemoved }: ActivitiesProps) {
  const uid = useId();
  const { partner } = usePracticeContext();
  const [category, setCategory] = useState<ActivityCategory>('at_home');
  const [own, setOwn] = useState(() => {
    const r = drafts.restored?.get(DRAFT_KEYS.ownIdea);
    return typeof r === 'string' ? r : '';
  });
  const [ownError, setOwnError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // "Added …" speaks of the plan just picked: it goes once that plan moves on (planned, done, removed).
  const [added, setAdded] = useState<string | null>(null);
  const addedPlan = added ? plans.find((p) => p.item.id === added) : undefined;
  const [status, setStatus] = useStatusLine(added ? `${added}:${addedPlan ? `${addedPlan.item.version}:${addedPlan.content.status}` : 'gone'}` : '');
  const name = partner?.displayName ?? '';
  const { planned, ideas, done } = plansInOrder(plans);
  const info = ACTIVITY_CATEGORY_INFO.find((c) => c.id === category);

  const pick = async (key: string, content: ActivityPlanContent, title: string) => {
    setBusy(key);
    setError(null);
    try {
      const item = await createActivityPlan(items, content);
      onItem(item);
      setAdded(item.id);
      setStatus(`Added “${title}” to your plans${partner ? ` — just for you until you share it with ${name}` : ''}.`);
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setBusy(null);
    }
  };

  const addOwn = async () => {
    const title = own.trim();
    if (!title || title.length > RITUAL_TITLE_MAX) {
      setOwnError(title ? `Keep it to ${RITUAL_TITLE_MAX} characters.` : 'Name the activity in a few words.');
      document.getElementById(`${uid}-own`)?.focus();
      return;
    }
    setOwnError(null);
    if (await pick('own', { title, status: 'idea' }, title)) {
      setOwn('');
      await drafts.sync.discard(DRAFT_KEYS.ownIdea);
    }
  };

  const list = (title: string, views: PlanView[]) =>
    views.length > 0 ? (
      <div className="stack">
        <h3>{title}</h3>
        <ul className="plain-list stack">
          {views.map((v) => (
            <PlanCard key={v.item.id} plan={v} replies={responses.filter((r) => parentOf(r) === v.item.id)} items={items} drafts={drafts} onItem={onItem} onRemoved={onRemoved} />
          ))}
        </ul>
      </div>
    ) : null;

  return (
    <div className="stack-lg">
      {plans.length === 0 ? (
        <EmptyState title="No activities yet" level={3}>
          <p>A first step: open the ideas below and pick one that sounds good to both of you.</p>
        </EmptyState>
      ) : (
        <>
          {list('Planned', planned)}
          {list('Picked, not planned yet', ideas)}
          {list('Done', done)}
        </>
      )}

      <Fold summary="Ideas to pick from" testId="ideas-fold">
        <div className="card stack">
          <h3 id={`${uid}-ideas`}>Ideas to pick from</h3>
          <SelectField label="Category" value={category} onChange={(e) => setCategory(e.target.value as ActivityCategory)}>
            {ACTIVITY_CATEGORY_INFO.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </SelectField>
          {info ? <p className="muted">{info.description}</p> : null}
          <ul className="plain-list idea-list" aria-labelledby={`${uid}-ideas`} data-testid="ideas">
            {ACTIVITIES.filter((a) => a.category === category).map((a) => {
              const picked = plans.some((p) => p.content.activityId === a.id && p.content.status !== 'done');
              return (
                <li key={a.id} className="idea">
                  <p className="row-title">{a.title}</p>
                  <p>{a.description}</p>
                  <p className="muted small">
                    {EFFORT[a.effort]}, {COST[a.cost]}
                  </p>
                  <Button
                    small
                    variant="secondary"
                    disabled={picked || busy !== null}
                    busy={busy === a.id}
                    busyLabel="Adding…"
                    onClick={() => void pick(a.id, { activityId: a.id, status: 'idea' }, a.title)}
                  >
                    {picked ? 'In your plans' : 'Pick this'}
                    <span className="visually-hidden">: {a.title}</span>
                  </Button>
                </li>
              );
            })}
          </ul>
          <div className="field">
            <label className="field-label" htmlFor={`${uid}-own`}>
              Or an idea of your own
            </label>
            <input
              id={`${uid}-own`}
              className="input"
              value={own}
              autoComplete="off"
              aria-invalid={ownError ? true : undefined}
              aria-describedby={ownError ? `${uid}-own-e` : undefined}
              onChange={(e) => {
                setOwn(e.target.value);
                setOwnError(null);
                if (e.target.value.trim()) drafts.sync.change(DRAFT_KEYS.ownIdea, e.target.value);
                else void drafts.sync.discard(DRAFT_KEYS.ownIdea);
              }}
            />
            {ownError ? (
              <p className="field-error" id={`${uid}-own-e`}>
                {ownError}
              </p>
            ) : null}
          </div>
          <div className="actions actions-tight">
            <Button small variant="secondary" busy={busy === 'own'} busyLabel="Adding…" onClick={() => void addOwn()}>
              Add it
            </Button>
          </div>
        </div>
      </Fold>
      <ErrorAlert message={error} />
      <LiveStatus>{status}</LiveStatus>
    </div>
  );
}

interface PlanCardProps extends PracticeCardProps {
  plan: PlanView;
  replies: OpenItem[];
  onRemoved(id: string): void;
}

/**
 * One picked activity: plan a time, change it, say "we did it" with a reflection. It starts
 * private; once shared, the partner can take the same steps (as their own items, shown here
 * with the plan), and each sees the other's live.
 */
function PlanCard({ plan, replies, items, drafts, onItem, onRemoved }: PlanCardProps) {
  const { item, content, idea, title, doneBy, timeBy } = plan;
  const { partner, keys, timeZone } = usePracticeContext();
  const now = usePracticeNow();
  const name = partner?.displayName ?? '';
  const mine = item.mine;
  const shared = !!partner && sharedWith(item, partner.id);
  const reflectKey = DRAFT_KEYS.reflect(item.id);
  const restored = drafts.restored?.get(reflectKey);
  const [mode, setMode] = useState<'view' | 'plan' | 'done'>(typeof restored === 'string' ? 'done' : 'view');
  const [date, setDate] = useState(content.plannedFor?.at.slice(0, 10) ?? localToday(now, timeZone));
  const [time, setTime] = useState(content.plannedFor?.at.slice(11, 16) ?? '19:00');
  const [when, setWhen] = useState<{ date?: string; time?: string }>({});
  const [text, setText] = useState(typeof restored === 'string' ? restored : mine ? (content.reflection ?? '') : '');
  const draft = useDraftStatus(drafts, reflectKey, typeof restored === 'string' ? 'restored' : 'none');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // "Planned for …", "Marked done." hold until the plan changes again (here or on the partner's side).
  const [status, setStatus] = useStatusLine(`${item.version}:${content.status}:${content.plannedFor?.at ?? ''}:${replies.length}:${shared}`);
  const zone = content.plannedFor?.timeZone ?? timeZone;

  const run = async (what: string, act: () => Promise<OpenItem>, done: string) => {
    setBusy(what);
    setError(null);
    try {
      onItem(await act());
      setMode('view');
      setStatus(done);
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setBusy(null);
    }
  };
  // Mine: a new version of the plan. The partner's: a step of their own, shared back.
  const save = (what: string, next: ActivityPlanContent, done: string) => run(what, () => updateActivityPlan(items, item, next), done);
  const step = (what: string, next: ActivityStep, done: string) => (partner ? run(what, () => stepOnActivity(items, item, next, partner), done) : Promise.resolve(false));

  const planIt = async () => {
    const errs: { date?: string; time?: string } = {};
    const d = localDateSchema.safeParse(date);
    const t = localTimeSchema.safeParse(time);
    if (!d.success) errs.date = d.error.issues[0]?.message ?? 'Choose a date.';
    if (!t.success) errs.time = t.error.issues[0]?.message ?? 'Choose a time.';
    if (d.success && t.success) {
      const at = firstOccurrence({ type: 'once', at: `${date}T${time}`, timeZone })?.utc;
      if (!at || at.getTime() <= Date.now()) errs[date === localToday(new Date(), timeZone) ? 'time' : 'date'] = 'Please choose a time in the future.';
    }
    setWhen(errs);
    if (errs.date || errs.time) return;
    const plannedFor = { at: `${date}T${time}`, timeZone };
    const label = plannedLabel(plannedFor.at);
    if (mine) await save('plan', { ...content, status: 'planned', plannedFor }, `Planned for ${label}.`);
    else await step('plan', { step: 'time', plannedFor }, `Planned for ${label}. ${name} will see the new time.`);
  };

  const forget = async () => {
    draft.setActive(false);
    draft.setShown('none');
    await drafts.sync.discard(reflectKey);
  };

  const markDone = async () => {
    const reflection = text.trim();
    if (reflection.length > REFLECTION_MAX) {
      setError(`Keep the reflection to ${REFLECTION_MAX} characters.`);
      return;
    }
    if (!mine && content.status !== 'done') {
      // "We did it" from the partner, with an optional line about how it was.
      if (await step('done', { step: 'done', ...(reflection ? { text: reflection } : {}) }, `Marked done. ${name} will see it.`)) {
        await forget();
        setText('');
      }
      return;
    }
    if (!mine) {
      // Done already: my reflection is a reply to the plan, shared back.
      const checked = activityReflectionSchema.safeParse({ text: reflection });
      if (!checked.success || !partner) {
        setError(checked.error?.issues[0]?.message ?? 'Write a line about how it was.');
        return;
      }
      if (await run('done', () => reflectOnActivity(items, item, checked.data, partner), `Sent to ${name}.`)) {
        await forget();
        setText('');
      }
      return;
    }
    const { reflection: _old, ...rest } = content;
    if (await save('done', { ...rest, status: 'done', ...(reflection ? { reflection } : {}) }, content.status === 'done' ? 'Saved.' : 'Marked done.')) await forget();
  };

  // Mine, or shared with me: the steps before "done" are open to both of us.
  const canStep = content.status !== 'done' && (mine || !!partner);
  const whoDone = doneBy === 'other' ? (mine ? `${name} said you did it.` : 'You said you did it.') : null;
  const whoTimed = content.status === 'planned' && timeBy === 'other' ? (mine ? ` · ${name} set this time` : ' · you set this time') : '';

  return (
    <li className="card activity" data-testid="activity-plan">
      <div className="reflection-head">
        <h4 className="activity-title">{title}</h4>
        {partner ? <span className={!mine || shared ? 'badge badge-shared' : 'badge'}>{!mine ? `From ${name}` : shared ? `Shared with ${name}` : 'Just for you, for now'}</span> : null}
      </div>
      <p className="muted small">
        {idea ? categoryTitle(idea.category) : 'Your own idea'}
        {content.status === 'planned' && content.plannedFor ? ` · ${plannedLabel(content.plannedFor.at)}${zone !== timeZone ? ` (${zone})` : ''}${whoTimed}` : ''}
        {content.status === 'done' ? ' · Done' : ''}
      </p>
      {idea && content.status !== 'done' ? <p>{idea.description}</p> : null}
      {whoDone ? <p className="muted small">{whoDone}</p> : null}
      {content.reflection ? (
        <p className="ack-note">
          <strong>{mine ? 'You' : name}:</strong> {content.reflection}
        </p>
      ) : null}

      {replies.map((r) => {
        const said = r.verified ? (asActivityReflection(r.content)?.text ?? doneText(r.content)) : undefined;
        return said ? (
          <p key={r.id} className="ack-note">
            <strong>{r.mine ? 'You' : name}:</strong> {said}
          </p>
        ) : null;
      })}
      {!mine && mode === 'view' && content.status === 'done' && partner ? (
        <div className="actions actions-tight">
          <Button small variant="secondary" onClick={() => setMode('done')}>
            Add your reflection
          </Button>
        </div>
      ) : null}

      {mode === 'view' && (mine || canStep) ? (
        <div className="actions actions-tight">
          {canStep ? (
            <Button small variant="secondary" onClick={() => setMode('plan')}>
              {content.status === 'planned' ? 'Change the time' : 'Plan a time'}
            </Button>
          ) : null}
          {canStep || mine ? (
            <Button small variant={content.status === 'planned' ? 'primary' : 'secondary'} onClick={() => setMode('done')}>
              {content.status === 'done' ? (content.reflection ? 'Change the reflection' : 'Add a reflection') : 'We did it'}
            </Button>
          ) : null}
          {mine && partner && !shared && keys === 'ok' ? (
            <Button
              small
              variant="secondary"
              busy={busy === 'share'}
              busyLabel="Sharing…"
              disabled={busy !== null}
              onClick={() => void run('share', () => shareActivityPlan(items, item, partner), `Shared with ${name}. ${name} can plan a time or say you did it, too.`)}
            >
              Share with {name}
            </Button>
          ) : null}
          {mine && content.status === 'idea' ? (
            <Button
              small
              variant="quiet"
              busy={busy === 'remove'}
              busyLabel="Removing…"
              onClick={() =>
                void (async () => {
                  setBusy('remove');
                  try {
                    await removeActivityPlan(items, item);
                    onRemoved(item.id);
                  } catch (e) {
                    setError(errorMessage(e));
                    setBusy(null);
                  }
                })()
              }
            >
              Not for us
            </Button>
          ) : null}
        </div>
      ) : null}

      {mode === 'plan' ? (
        <div className="stack">
          <div className="promise-when">
            <TextField type="date" label="On" value={date} error={when.date} onChange={(e) => setDate(e.target.value)} />
            <TextField type="time" label="At" hintBelow hint={`Your time (${timeZone})`} value={time} error={when.time} onChange={(e) => setTime(e.target.value)} />
          </div>
          <div className="actions actions-tight">
            <Button small busy={busy === 'plan'} busyLabel="Saving…" onClick={() => void planIt()}>
              Save the plan
            </Button>
            <Button small variant="secondary" onClick={() => setMode('view')}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}

      {mode === 'done' ? (
        <CountedTextArea
          label={
            <>
              How was it? {!mine && content.status === 'done' ? null : <span className="muted">(optional)</span>}
            </>
          }
          rows={3}
          max={REFLECTION_MAX}
          value={text}
          {...(partner && (shared || !mine) ? { note: `${name} will read it.` } : {})}
          onChange={(next) => {
            setText(next);
            draft.setActive(true);
            drafts.sync.change(reflectKey, next);
          }}
        >
          <div className="actions actions-tight">
            <Button small busy={busy === 'done'} busyLabel="Saving…" onClick={() => void markDone()}>
              {content.status !== 'done' ? 'Mark it done' : !mine ? `Send to ${name}` : 'Save the reflection'}
            </Button>
            <Button small variant="secondary" disabled={busy === 'done'} onClick={() => setMode('view')}>
              Cancel
            </Button>
          </div>
          <p className="draft-status" role="status" aria-live="polite">
            {DRAFT_STATUS_TEXT[draft.shown]}
          </p>
        </CountedTextArea>
      ) : null}
      <ErrorAlert message={error} />
      <LiveStatus>{status}</LiveStatus>
    </li>
  );
}

/** The line the partner wrote with their "we did it", if any. */
function doneText(content: unknown): string | undefined {
  const step = asActivityStep(content);
  return step?.step === 'done' && step.text ? step.text : undefined;
}

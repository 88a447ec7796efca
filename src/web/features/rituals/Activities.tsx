import { useId, useState } from 'react';
import { ACTIVITIES, ACTIVITY_CATEGORY_INFO, type ActivityCategory } from '../../../core/activities/index.js';
import { localToday } from '../../../core/commitments/index.js';
import { activityReflectionSchema, asActivityReflection, REFLECTION_MAX, RITUAL_TITLE_MAX, type ActivityPlanContent } from '../../../core/rituals/index.js';
import { firstOccurrence, localDateSchema, localTimeSchema } from '../../../core/schedules/index.js';
import type { PartnerView } from '../../../shared/api/index.js';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Button } from '../../components/Button.js';
import { Fold } from '../../components/Fold.js';
import { EmptyState } from '../../components/EmptyState.js';
import { SelectField, TextField } from '../../components/Field.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { useStatusLine } from '../../lib/use-status-line.js';
import { DRAFT_STATUS_TEXT, useDraftStatus, type Drafts } from '../apologies/useApology.js';
import { parentOf } from '../commitments/model.js';
import { createActivityPlan, reflectOnActivity, removeActivityPlan, updateActivityPlan } from './actions.js';
import { categoryTitle, DRAFT_KEYS, plannedLabel, plansInOrder, type PlanView } from './model.js';
import { CountedTextArea } from '../../components/CountedTextArea.js';

interface ActivitiesProps {
  plans: PlanView[];
  /** Reflections on plans from the partner who didn't make them (`response` items). */
  responses: readonly OpenItem[];
  partner: PartnerView | null;
  items: ItemsClient;
  drafts: Drafts;
  timeZone: string;
  now: Date;
  onItem(item: OpenItem): void;
  onRemoved(id: string): void;
}

const EFFORT: Record<string, string> = { low: 'Easy', medium: 'Some effort', high: 'A bigger plan' };
const COST: Record<string, string> = { free: 'free', low: 'costs a little', medium: 'costs something', high: 'costs more' };

/** Activities: what you picked and planned (both of yours), then ideas by category to pick from. */
export function Activities({ plans, responses, partner, items, drafts, timeZone, now, onItem, onRemoved }: ActivitiesProps) {
  const uid = useId();
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
      const { item, shareFailed } = await createActivityPlan(items, content, partner);
      onItem(item);
      setAdded(item.id);
      setStatus(shareFailed ? `Added “${title}”, but not yet shared with ${name}: ${errorMessage(shareFailed)}` : `Added “${title}” to your plans${partner ? `, shared with ${name}` : ''}.`);
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
            <PlanCard key={v.item.id} plan={v} replies={responses.filter((r) => parentOf(r) === v.item.id)} partner={partner} items={items} drafts={drafts} timeZone={timeZone} now={now} onItem={onItem} onRemoved={onRemoved} />
          ))}
        </ul>
      </div>
    ) : null;

  return (
    <div className="stack-lg">
      {plans.length === 0 ? (
        <EmptyState title="No activities yet" level={3}>
          <p>Time together doing something new helps you feel like a team again.</p>
          <p>A first step: choose a category below and pick one idea that sounds good to both of you.</p>
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

interface PlanCardProps {
  plan: PlanView;
  replies: OpenItem[];
  partner: PartnerView | null;
  items: ItemsClient;
  drafts: Drafts;
  timeZone: string;
  now: Date;
  onItem(item: OpenItem): void;
  onRemoved(id: string): void;
}

/** One picked activity: plan a time, mark it done with a reflection; the partner sees each step. */
function PlanCard({ plan, replies, partner, items, drafts, timeZone, now, onItem, onRemoved }: PlanCardProps) {
  const { item, content, idea, title } = plan;
  const name = partner?.displayName ?? '';
  const reflectKey = DRAFT_KEYS.reflect(item.id);
  const restored = drafts.restored?.get(reflectKey);
  const [mode, setMode] = useState<'view' | 'plan' | 'done'>(typeof restored === 'string' ? 'done' : 'view');
  const [date, setDate] = useState(content.plannedFor?.at.slice(0, 10) ?? localToday(now, timeZone));
  const [time, setTime] = useState(content.plannedFor?.at.slice(11, 16) ?? '19:00');
  const [when, setWhen] = useState<{ date?: string; time?: string }>({});
  const [text, setText] = useState(typeof restored === 'string' ? restored : item.mine ? (content.reflection ?? '') : '');
  const draft = useDraftStatus(drafts, reflectKey, typeof restored === 'string' ? 'restored' : 'none');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // "Planned for …", "Marked done." hold until the plan changes again (here or on the partner's side).
  const [status, setStatus] = useStatusLine(`${item.version}:${content.status}:${replies.length}`);
  const zone = content.plannedFor?.timeZone ?? timeZone;

  const save = async (what: string, next: ActivityPlanContent, done: string) => {
    setBusy(what);
    setError(null);
    try {
      onItem(await updateActivityPlan(items, item, next, partner));
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
    await save('plan', { ...content, status: 'planned', plannedFor: { at: `${date}T${time}`, timeZone } }, `Planned for ${plannedLabel(`${date}T${time}`)}.`);
  };

  const markDone = async () => {
    const reflection = text.trim();
    if (reflection.length > REFLECTION_MAX) {
      setError(`Keep the reflection to ${REFLECTION_MAX} characters.`);
      return;
    }
    if (!item.mine) {
      // The partner's plan: my reflection is a reply to it, shared back.
      const checked = activityReflectionSchema.safeParse({ text: reflection });
      if (!checked.success || !partner) {
        setError(checked.error?.issues[0]?.message ?? 'Write a line about how it was.');
        return;
      }
      setBusy('done');
      setError(null);
      try {
        onItem(await reflectOnActivity(items, item, checked.data, partner));
        draft.setActive(false);
        draft.setShown('none');
        await drafts.sync.discard(reflectKey);
        setText('');
        setMode('view');
        setStatus(`Sent to ${name}.`);
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        setBusy(null);
      }
      return;
    }
    const { reflection: _old, ...rest } = content;
    if (await save('done', { ...rest, status: 'done', ...(reflection ? { reflection } : {}) }, content.status === 'done' ? 'Saved.' : 'Marked done.')) {
      draft.setActive(false);
      draft.setShown('none');
      await drafts.sync.discard(reflectKey);
    }
  };

  return (
    <li className="card activity" data-testid="activity-plan">
      <div className="reflection-head">
        <h4 className="activity-title">{title}</h4>
        {partner ? <span className="badge badge-shared">{item.mine ? `Shared with ${name}` : `From ${name}`}</span> : null}
      </div>
      <p className="muted small">
        {idea ? categoryTitle(idea.category) : 'Your own idea'}
        {content.status === 'planned' && content.plannedFor ? ` · ${plannedLabel(content.plannedFor.at)}${zone !== timeZone ? ` (${zone})` : ''}` : ''}
        {content.status === 'done' ? ' · Done' : ''}
      </p>
      {idea && content.status !== 'done' ? <p>{idea.description}</p> : null}
      {content.reflection ? (
        <p className="ack-note">
          <strong>{item.mine ? 'You' : name}:</strong> {content.reflection}
        </p>
      ) : null}

      {replies.map((r) => {
        const c = r.verified ? asActivityReflection(r.content) : null;
        return c ? (
          <p key={r.id} className="ack-note">
            <strong>{r.mine ? 'You' : name}:</strong> {c.text}
          </p>
        ) : null;
      })}
      {!item.mine && mode === 'view' && content.status === 'done' && partner ? (
        <div className="actions actions-tight">
          <Button small variant="secondary" onClick={() => setMode('done')}>
            Add your reflection
          </Button>
        </div>
      ) : null}

      {item.mine && mode === 'view' ? (
        <div className="actions actions-tight">
          {content.status !== 'done' ? (
            <Button small variant="secondary" onClick={() => setMode('plan')}>
              {content.status === 'planned' ? 'Change the time' : 'Plan a time'}
            </Button>
          ) : null}
          <Button small variant={content.status === 'planned' ? 'primary' : 'secondary'} onClick={() => setMode('done')}>
            {content.status === 'done' ? (content.reflection ? 'Change the reflection' : 'Add a reflection') : 'We did it'}
          </Button>
          {content.status === 'idea' ? (
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
              How was it? <span className="muted">(optional)</span>
            </>
          }
          rows={3}
          max={REFLECTION_MAX}
          value={text}
          {...(partner ? { note: `${name} will read it.` } : {})}
          onChange={(next) => {
            setText(next);
            draft.setActive(true);
            drafts.sync.change(reflectKey, next);
          }}
        >
          <div className="actions actions-tight">
            <Button small busy={busy === 'done'} busyLabel="Saving…" onClick={() => void markDone()}>
              {!item.mine ? `Send to ${name}` : content.status === 'done' ? 'Save the reflection' : 'Mark it done'}
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

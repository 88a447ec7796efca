import { useState } from 'react';
import type { OpenItem } from '../../../shared/client/index.js';
import { occurrencesToMark, type MarkableOccurrence } from '../../../core/scheduled/index.js';
import { REFLECTION_MAX, ritualLogContentSchema, type RitualContent } from '../../../core/rituals/index.js';
import { formatDate } from '../../lib/format.js';
import { Button } from '../../components/Button.js';
import { ReplyList } from '../../components/ReplyList.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { DRAFT_STATUS_TEXT, useDraftStatus } from '../../lib/draft-status.js';
import { usePracticeContext, usePracticeNow } from '../../lib/practice-context.js';
import { occurrenceLabel, parentOf, sharedWith } from '../scheduled/model.js';
import { usePlanActions } from '../scheduled/plan-card.js';
import { ScheduledCard, usePlanCard, type PlanCard, type PracticeCardProps } from '../scheduled/ScheduledCard.js';
import { confirmLog, saveLog, shareRitual } from './actions.js';
import { RITUALS } from './practice.js';
import { CONFIRM_TEXT, DRAFT_KEYS, loggedOccurrences, logsByOccurrence, type LogView, type RitualView } from './model.js';
import { CountedTextArea } from '../../components/CountedTextArea.js';

interface RitualCardProps extends PracticeCardProps {
  ritual: RitualView;
  logs: LogView[];
  /** Every acknowledgment this person reads (confirmations among them). */
  acks: readonly OpenItem[];
}

/** One ritual: when it happens, the recent times with who said "we did it", and a quiet history. */
export function RitualCard(props: RitualCardProps) {
  const { ritual, logs, acks, items, drafts, onItem } = props;
  const { partner, keys, timeZone } = usePracticeContext();
  const now = usePracticeNow();
  const { item, plan, content } = ritual;
  const card: PlanCard<RitualContent> = usePlanCard({ ...props, practice: RITUALS, item, plan, content, what: content.title, note: content.note });
  const { busy, run } = card;
  const name = partner?.displayName ?? '';
  const mine = item.mine;
  const shared = mine ? sharedWith(item, partner?.id) : true;
  const times = occurrencesToMark(plan.segments, [], now, timeZone);
  const byOccurrence = logsByOccurrence(logs);
  const history = loggedOccurrences(logs).slice(0, 12);
  const zoneNote = card.last.timeZone === timeZone ? ' (your time)' : ` (${card.last.timeZone})`;

  return (
    <ScheduledCard
      card={card}
      title={content.title}
      note={content.note}
      sharing={partner ? <span className={shared ? 'badge badge-shared' : 'badge'}>{!mine ? `From ${name}` : shared ? `Shared with ${name}` : 'Just for you, for now'}</span> : null}
      zoneNote={zoneNote}
      times={times}
      row={(o) => (
        <TimeRow
          key={o.key}
          ritual={item}
          occurrence={o}
          label={occurrenceLabel(o, card.today)}
          logs={byOccurrence.get(o.key) ?? []}
          acks={acks}
          items={items}
          drafts={drafts}
          onItem={onItem}
        />
      )}
      noTimes={plan.status === 'active' ? 'When the time comes, either of you can say “we did it” here.' : 'Nothing in the last two weeks.'}
      history={
        history.length === 0 ? (
          <p className="muted small">Nothing logged yet. Every time you do it, it can be noted here — there's no count to keep up.</p>
        ) : (
          <ul className="plain-list ritual-history">
            {history.map((d) => {
              const reflections = (byOccurrence.get(d) ?? []).filter((l) => l.content.reflection);
              return (
                <li key={d}>
                  <p className="row-title">{formatDate(d)}</p>
                  {reflections.map((l) => (
                    <p key={l.item.id} className="ack-note">
                      <strong>{l.item.mine ? 'You' : name}:</strong> {l.content.reflection}
                    </p>
                  ))}
                </li>
              );
            })}
          </ul>
        )
      }
      fold={{ show: mine && plan.status !== 'ended', summary: plan.status === 'paused' ? 'Resume or end' : 'Change or end' }}
      ending={
        <>
          <p>No more reminders for either of you. The times you shared stay here{shared && partner ? `, for ${name} too` : ''}.</p>
          <p>Rituals change as life does; you can always start a new one.</p>
        </>
      }
    >
      {mine && partner && !shared && keys === 'ok' ? (
        <div className="actions actions-tight">
          <Button
            small
            variant="secondary"
            busy={busy === 'share'}
            busyLabel="Sharing…"
            onClick={() =>
              void run(
                'share',
                async () => {
                  for (const i of await shareRitual(items, item, logs.map((l) => l.item), partner)) onItem(i);
                },
                `Shared with ${name}.`,
              )
            }
          >
            Share with {name}
          </Button>
        </div>
      ) : null}
    </ScheduledCard>
  );
}

interface TimeRowProps extends PracticeCardProps {
  ritual: OpenItem;
  occurrence: MarkableOccurrence;
  label: string;
  logs: LogView[];
  acks: readonly OpenItem[];
}

/** One time of a ritual: "we did it" with an optional reflection, the partner's, and "Yes, we did". */
function TimeRow({ ritual, occurrence: o, label, logs, acks, items, drafts, onItem }: TimeRowProps) {
  const { partner, keys } = usePracticeContext();
  const name = partner?.displayName ?? '';
  const draftKey = DRAFT_KEYS.log(ritual.id, o.key);
  const restored = drafts.restored?.get(draftKey);
  const mineLog = logs.find((l) => l.item.mine);
  const theirs = logs.filter((l) => !l.item.mine && partner && l.item.authorId === partner.id);
  const [open, setOpen] = useState(typeof restored === 'string');
  const [text, setText] = useState(typeof restored === 'string' ? restored : (mineLog?.content.reflection ?? ''));
  const draft = useDraftStatus(drafts, draftKey, typeof restored === 'string' ? 'restored' : 'none');
  const { busy, error, setError, note: status, run } = usePlanActions('ritual');
  const confirmationsOf = (log: OpenItem, fromMe: boolean) => acks.filter((a) => parentOf(a) === log.id && (fromMe ? a.mine : !a.mine));
  // Only what either partner can read counts; "both" when both said so.
  const headline = mineLog && theirs.length > 0 ? 'You both said you did it' : mineLog ? 'You said you did it' : theirs.length > 0 ? `${name} said you did it` : o.upcoming ? 'Later today' : 'Not logged';
  const canShare = !partner || keys === 'ok';

  const save = async () => {
    const checked = ritualLogContentSchema.safeParse(text.trim() ? { reflection: text } : {});
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'Please shorten the reflection.');
      return;
    }
    await run(
      'save',
      async () => {
        onItem(await saveLog(items, ritual, o.key, checked.data, mineLog?.item, keys === 'ok' ? partner : null));
        draft.setActive(false);
        draft.setShown('none');
        await drafts.sync.discard(draftKey);
        setOpen(false);
      },
      partner ? `Saved. ${name} will see it.` : 'Saved.',
    );
  };

  const confirm = async (log: OpenItem) => {
    if (!partner) return;
    await run('confirm', async () => onItem(await confirmLog(items, log, partner)), `${name} will see that you confirmed.`);
  };

  return (
    <li className="promise-time" data-testid={`ritual-time-${o.key}`}>
      <div className="promise-time-head">
        <p className="row-title">{label}</p>
        <p className={logs.length > 0 ? 'badge badge-shared' : 'muted small'}>{headline}</p>
      </div>
      {[...(mineLog ? [mineLog] : []), ...theirs].map((l) => (
        <div key={l.item.id} className="stack-sm">
          {l.content.reflection ? (
            <p className="ack-note">
              <strong>{l.item.mine ? 'You' : name}:</strong> {l.content.reflection}
            </p>
          ) : null}
          {/* A confirmation from the other partner, when only one of you logged it. */}
          <ReplyList replies={confirmationsOf(l.item, !l.item.mine)} who={l.item.mine ? name : 'You'} label={l.item.mine ? `What ${name} said` : 'What you said'} />
        </div>
      ))}

      {!open ? (
        <div className="actions actions-tight">
          {!mineLog ? (
            theirs.length > 0 ? (
              <>
                {theirs.some((l) => confirmationsOf(l.item, true).length > 0) ? null : (
                  <Button small busy={busy === 'confirm'} busyLabel="Sending…" disabled={keys !== 'ok'} onClick={() => void confirm(theirs[0]!.item)}>
                    {CONFIRM_TEXT}
                  </Button>
                )}
                <Button small variant="quiet" onClick={() => setOpen(true)}>
                  Add your own reflection
                </Button>
              </>
            ) : (
              <Button small variant="secondary" disabled={!canShare} onClick={() => setOpen(true)}>
                We did it
              </Button>
            )
          ) : (
            <Button small variant="quiet" onClick={() => setOpen(true)}>
              {mineLog.content.reflection ? 'Change your reflection' : 'Add a reflection'}
            </Button>
          )}
        </div>
      ) : (
        <CountedTextArea
          label={
            <>
              A shared reflection <span className="muted">(optional)</span>
            </>
          }
          max={REFLECTION_MAX}
          value={text}
          note={`${partner ? `${name} will read it. ` : ''}How was it, in a line or two?`}
          onChange={(next) => {
            setText(next);
            draft.setActive(true);
            drafts.sync.change(draftKey, next);
          }}
        >
          <div className="actions actions-tight">
            <Button small busy={busy === 'save'} busyLabel="Saving…" onClick={() => void save()}>
              {mineLog ? 'Save the reflection' : 'Save: we did it'}
            </Button>
            <Button small variant="secondary" disabled={busy === 'save'} onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
          <p className="draft-status" role="status" aria-live="polite">
            {DRAFT_STATUS_TEXT[draft.shown]}
          </p>
        </CountedTextArea>
      )}
      <ErrorAlert message={error} />
      <LiveStatus>{status}</LiveStatus>
    </li>
  );
}

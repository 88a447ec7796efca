import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { bundledInstrument } from '../../../core/questionnaires/index.js';
import type { OpenItem } from '../../../shared/client/index.js';
import { useMe } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { PageTitle } from '../../components/Heading.js';
import { PageLoading } from '../../components/PageLoading.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { useKinds } from '../../lib/use-kinds.js';
import { KeysChangedNote } from '../../components/KeysChangedNote.js';
import { usePartnerKeys } from '../../lib/use-partner-keys.js';
import { useItems } from '../../lib/use-items.js';
import { sharedWith } from './model.js';
import { InstrumentNote, ResultsChart, ScoresTable, takenDate } from './ResultParts.js';
import { ownResults, sittingsOf, summaries, summaryOf } from './results.js';
import './healing.css';
import { usePracticeContext } from '../../lib/practice-context.js';

const KINDS = ['questionnaire_result', 'questionnaire_summary'] as const;

/** One result: its scores, what they are and aren't, the line over months, and sharing the scores (never the answers). */
export function ResultPage() {
  const { resultId } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const me = useMe();
  const { partner } = usePracticeContext();
  const items = useItems(partner);
  const { data, error, reload, replace, drop } = useKinds(items, KINDS, partner?.id ?? null);
  const keys = usePartnerKeys(me.user.id, partner);
  const [dialog, setDialog] = useState<'share' | 'stop' | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const tz = me.user.timeZone;

  if (!data) return <PageLoading head={<PageTitle>Your result</PageTitle>} error={error} reload={reload} loadingLabel="Opening your result…" />;

  const results = ownResults(data.questionnaire_result);
  const result = results.find((r) => r.item.id === resultId);
  const instrument = result ? bundledInstrument(result.content.instrumentId) : undefined;
  if (!result || !instrument || instrument.version !== result.content.version) {
    return (
      <div className="stack-lg">
        <PageTitle>Result not found</PageTitle>
        <p>
          This result isn't here — it may have been made on another account. <Link to="/practices/healing#checks-heading">See the monthly checks</Link>
        </p>
      </div>
    );
  }
  const name = partner?.displayName ?? '';
  const copies = summaries(data.questionnaire_summary, { mine: true }).filter((s) => s.content.summaryOf === result.item.id);
  const sharedCopy = partner ? copies.find((c) => sharedWith(c.item, partner.id)) : undefined;
  const sittings = sittingsOf(instrument, results);
  const taken = takenDate(result.content.takenOn, tz);

  const run = async (work: () => Promise<void>, message: string) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
      setDialog(null);
      setDone(message);
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const share = () =>
    run(async () => {
      if (!partner) return;
      // A separate copy holding only the scores: the partner never gets a key to the answers.
      const copy = await items.create('questionnaire_summary', summaryOf(result.content, result.item.id), {});
      try {
        replace(await items.share(copy, partner));
      } catch (e) {
        await items.remove(copy).catch(() => undefined);
        throw e;
      }
    }, `Shared with ${name}: the scores only.`);

  const stop = () =>
    run(async () => {
      if (!partner || !sharedCopy) return;
      await items.unshare(sharedCopy.item, partner.id);
      await items.remove(sharedCopy.item).catch(() => undefined);
      drop(sharedCopy.item.id);
    }, `${name} no longer sees this result.`);

  const preview: OpenItem | undefined = sharedCopy?.item;
  return (
    <div className="stack-lg">
      <PageTitle lead={`Taken on ${taken}. Only you can see your answers.`}>{instrument.title}: your result</PageTitle>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}

      <section className="card stack" aria-labelledby="scores-heading" data-testid="result">
        <h2 id="scores-heading">Your scores</h2>
        <ScoresTable instrument={instrument} scores={result.content.scores} caption={`Your scores on ${taken}`} />
        <p className="muted small">
          You answered {result.content.scores.answered} of {instrument.items.length}.{' '}
          {instrument.scoring.method === 'mean'
            ? `Each score is the average of its statements, on the same ${instrument.scale.min}-to-${instrument.scale.max} scale you answered on.`
            : 'Each score adds up its statements; a skipped one counts as your own average.'}
        </p>
        <InstrumentNote instrument={instrument} />
      </section>

      <section className="card stack" aria-labelledby="months-heading">
        <h2 id="months-heading">Over the months</h2>
        <ResultsChart instrument={instrument} sittings={sittings} caption={`${instrument.title}, each time you took it`} />
      </section>

      {partner ? (
        <section className="stack" aria-labelledby="share-result-heading">
          <h2 id="share-result-heading">Share with {name}</h2>
          <p>It's entirely your choice. {name} would see the scores and what they mean — never your answers.</p>
          {keys === 'changed' ? <KeysChangedNote name={name} /> : null}
          <div className="actions actions-tight">
            {sharedCopy ? (
              <>
                <span className="badge badge-shared">Shared with {name}</span>
                <Button small variant="quiet" onClick={() => setDialog('stop')}>
                  Stop sharing…
                </Button>
              </>
            ) : (
              <Button variant="secondary" disabled={keys !== 'ok'} onClick={() => setDialog('share')}>
                Share the scores with {name}…
              </Button>
            )}
          </div>
          {!dialog ? <ErrorAlert message={problem} /> : null}
          <LiveStatus>{done}</LiveStatus>
        </section>
      ) : null}

      <p>
        <Link to="/practices/healing#checks-heading">Back to check-ins and time to heal</Link>
      </p>

      <Dialog
        open={dialog === 'share'}
        onClose={() => setDialog(null)}
        title={`Share these scores with ${name}?`}
        actions={
          <>
            <Button busy={busy} busyLabel="Sharing…" disabled={keys !== 'ok'} onClick={() => void share()}>
              Share with {name}
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setDialog(null)}>
              Not now
            </Button>
          </>
        }
      >
        <p>This is what {name} will see — the scores, with what they are and aren't. Not your answers.</p>
        <ScoresTable instrument={instrument} scores={result.content.scores} caption={`${me.user.displayName}'s scores`} who={me.user.displayName} />
        <p className="muted small">You can stop sharing at any time.</p>
        <ErrorAlert message={problem} />
      </Dialog>
      <Dialog
        open={dialog === 'stop' && preview !== undefined}
        onClose={() => setDialog(null)}
        title={`Stop sharing this result with ${name}?`}
        actions={
          <>
            <Button variant="danger" busy={busy} busyLabel="Stopping…" onClick={() => void stop()}>
              Stop sharing
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setDialog(null)}>
              Keep sharing
            </Button>
          </>
        }
      >
        <p>{name} won't see these scores any more. What was read cannot be unread.</p>
        <ErrorAlert message={problem} />
      </Dialog>
    </div>
  );
}

import { bundledInstrument } from '../../../core/questionnaires/index.js';
import { InstrumentNote, ScoresTable, takenDate } from './ResultParts.js';
import type { ResultSummary } from './results.js';
import { usePracticeContext } from '../../lib/practice-context.js';

/** A questionnaire result the partner shared: the scores alone, with the instrument's own words on what they are and aren't. */
export function PartnerResult({ summary, name }: { summary: ResultSummary; name: string }) {
  const { timeZone } = usePracticeContext();
  const instrument = bundledInstrument(summary.instrumentId);
  if (!instrument || instrument.version !== summary.version) {
    return <p className="muted small">{name} shared a result from a questionnaire this device doesn't know.</p>;
  }
  return (
    <div className="stack" data-testid="partner-result">
      <h3>
        {name}'s {instrument.title.toLowerCase()}, {takenDate(summary.takenOn, timeZone)}
      </h3>
      <ScoresTable instrument={instrument} scores={summary.scores} caption={`${name}'s scores`} who={name} />
      <details className="history">
        <summary>What these scores are — and aren't</summary>
        <div className="history-body">
          <InstrumentNote instrument={instrument} />
        </div>
      </details>
    </div>
  );
}

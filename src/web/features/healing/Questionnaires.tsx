import { Link } from 'react-router';
import { bundledInstruments, type Instrument } from '../../../core/questionnaires/index.js';
import { DRAFT_KEYS } from './model.js';
import { instrumentStatus, type ResultView } from './results.js';
import { takenDate } from './ResultParts.js';
import { usePracticeContext } from '../../lib/practice-context.js';

const FOR_WHOM: Record<Instrument['audience'], string> = {
  each: 'For each of you, on your own.',
  hurt_partner: 'For the partner who was hurt — take it only if it fits.',
  partner_who_broke_trust: 'For the partner who broke trust — take it only if it fits.',
};

/** The instruments, each with when it was last taken and whether it's offered again yet (the engine's cadence). */
export function Questionnaires({ results, drafts, now }: { results: readonly ResultView[]; drafts: ReadonlyMap<string, unknown>; now: Date }) {
  const { timeZone } = usePracticeContext();
  return (
    <ul className="plain-list stack" data-testid="questionnaires">
      {bundledInstruments().map((inst) => {
        const s = instrumentStatus(inst, results, now);
        const partway = drafts.has(DRAFT_KEYS.questionnaire(inst.id));
        const status = !s.last
          ? 'Not taken yet.'
          : `Taken on ${takenDate(s.last.content.takenOn, timeZone)}. ${s.due ? 'Ready again when you are.' : `Offered again from ${takenDate((s.nextDue ?? now).toISOString(), 'UTC')}.`}`;
        return (
          <li key={inst.id} className="card stack heal-instrument" data-testid={`instrument-${inst.id}`}>
            <div className="reflection-head">
              <h3>{inst.title}</h3>
              {s.due && s.last ? <span className="badge badge-shared">Ready when you are</span> : null}
            </div>
            <p>{inst.whyWeAsk}</p>
            <p className="muted small">
              {FOR_WHOM[inst.audience]} {inst.items.length} short statements, about {Math.max(2, Math.round(inst.items.length / 4))} minutes.
            </p>
            <p className="small" data-testid="instrument-status">
              {partway ? 'You started this one — your answers so far are kept. ' : ''}
              {status}
            </p>
            <div className="actions actions-tight">
              <Link className={`btn ${s.due || partway ? 'btn-primary' : 'btn-secondary'} btn-small`} to={`/practices/healing/check/${encodeURIComponent(inst.id)}`}>
                {partway ? `Continue “${inst.title}”` : s.last ? `Take “${inst.title}” again` : `Take “${inst.title}”`}
              </Link>
              {s.last ? (
                <Link className="btn btn-quiet btn-small" to={`/practices/healing/results/${s.last.item.id}`}>
                  Your results
                </Link>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

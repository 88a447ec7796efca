import { describe, expect, it } from 'vitest';
import { formatDate } from '../../lib/format.js';
import type { CommitmentState } from '../../../shared/commitments/state.js';
import { dayWords, editTarget, planAfterForm } from './plan-card.js';

const weekly = { type: 'weekly', time: '19:00', timeZone: 'Europe/Warsaw', startDate: '2026-11-02', weekdays: ['MO'] } as const;
const plan: CommitmentState = { segments: [weekly], status: 'active', remindMinutesBefore: 30 };

describe('a plan card', () => {
  it('names the day a change starts in plain words', () => {
    expect(dayWords('2026-11-25', '2026-11-25')).toBe('today');
    expect(dayWords('2026-11-26', '2026-11-25')).toBe('tomorrow');
    expect(dayWords('2026-12-01', '2026-11-25')).toBe(formatDate('2026-12-01'));
  });

  it('applies a change from the effective date, keeping the schedule in force as the starting point', () => {
    // Wednesday 25 Nov, no occurrence today: the change can start today.
    const target = editTarget(plan, 'edit', new Date('2026-11-25T10:00:00Z'), '2026-11-25');
    expect(target).toEqual({ appliesFrom: '2026-11-25', schedule: weekly });
    const changed = planAfterForm(plan, 'edit', { ...weekly, time: '20:00', startDate: target.appliesFrom }, new Date('2026-11-25T10:00:00Z'));
    expect(changed.segments.map((s) => (s.type === 'once' ? s.at : `${s.startDate}→${s.endDate ?? ''} ${s.time}`))).toEqual(['2026-11-02→2026-11-24 19:00', '2026-11-25→ 20:00']);
  });

  it('resumes a paused plan from the schedule it would continue with', () => {
    const paused: CommitmentState = { ...plan, segments: [{ ...weekly, endDate: '2026-11-20' }], status: 'paused' };
    const target = editTarget(paused, 'resume', new Date('2026-11-25T10:00:00Z'), '2026-11-25');
    expect(target.schedule.type).toBe('weekly');
    expect(target.appliesFrom >= '2026-11-25').toBe(true);
    expect(planAfterForm(paused, 'resume', target.schedule, new Date('2026-11-25T10:00:00Z')).status).toBe('active');
  });
});

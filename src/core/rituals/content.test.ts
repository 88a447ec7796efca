import { describe, expect, it } from 'vitest';
import { activityPlanContentSchema, asActivityPlan, asActivityReflection, asRitual, asRitualLog, REFLECTION_MAX, ritualContentSchema } from './index.js';

describe('ritual content', () => {
  it('needs a name within 120 characters, trimmed', () => {
    expect(ritualContentSchema.safeParse({ title: '  ' }).error?.issues[0]?.message).toBe('Name the ritual in a few words.');
    expect(ritualContentSchema.safeParse({ title: 'x'.repeat(121) }).success).toBe(false);
    expect(asRitual({ title: ' Morning coffee ' })).toEqual({ title: 'Morning coffee' });
    expect(asRitual({ title: 'Walk', extra: 1 })).toBeNull();
  });
  it('reads a log with or without a reflection', () => {
    expect(asRitualLog({})).toEqual({});
    expect(asRitualLog({ reflection: 'Slow and good.' })).toEqual({ reflection: 'Slow and good.' });
    expect(asRitualLog({ reflection: 'x'.repeat(REFLECTION_MAX + 1) })).toBeNull();
  });
});

describe('activity plan content', () => {
  it('is an idea from the list or an own title, never both or neither', () => {
    expect(asActivityPlan({ activityId: 'calm-001', status: 'idea' })).toEqual({ activityId: 'calm-001', status: 'idea' });
    expect(asActivityPlan({ title: 'Salsa class', status: 'idea' })).toEqual({ title: 'Salsa class', status: 'idea' });
    expect(asActivityPlan({ status: 'idea' })).toBeNull();
    expect(asActivityPlan({ activityId: 'calm-001', title: 'x', status: 'idea' })).toBeNull();
    expect(asActivityPlan({ activityId: 'not an id', status: 'idea' })).toBeNull();
  });
  it('carries a local time and zone when planned, and a reflection when done', () => {
    const planned = { activityId: 'outdoors-003', status: 'planned', plannedFor: { at: '2026-06-13T15:00', timeZone: 'Europe/Warsaw' } };
    expect(activityPlanContentSchema.safeParse(planned).success).toBe(true);
    expect(activityPlanContentSchema.safeParse({ ...planned, plannedFor: { at: '2026-06-13 15:00', timeZone: 'Europe/Warsaw' } }).success).toBe(false);
    expect(asActivityPlan({ ...planned, status: 'done', reflection: 'We stayed till dusk.' })?.reflection).toBe('We stayed till dusk.');
  });
  it('reads a partner’s reflection: a line, within the limit', () => {
    expect(asActivityReflection({ text: 'Loved it.' })).toEqual({ text: 'Loved it.' });
    expect(asActivityReflection({ text: '  ' })).toBeNull();
    expect(asActivityReflection({ text: 'x'.repeat(REFLECTION_MAX + 1) })).toBeNull();
  });
});

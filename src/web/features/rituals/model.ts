import { getActivity, ACTIVITY_CATEGORY_INFO, type Activity } from '../../../core/activities/index.js';
import type { CalendarActivity, CalendarRitual } from '../../../core/calendar/index.js';
import { asActivityPlan, asActivityStep, asRitual, asRitualLog, type ActivityPlanContent, type ActivityStep, type RitualContent, type RitualLogContent } from '../../../core/rituals/index.js';
import type { OpenItem } from '../../../shared/client/index.js';
import { formatDate, formatTime } from '../../lib/format.js';
import type { CommitmentState } from '../../../shared/commitments/state.js';
import { occurrenceViews, parentOf, planOf, type OccurrenceView } from '../scheduled/model.js';

/*
 * Practice 6's items as the page reads them: rituals (either partner's, with a plan like
 * every scheduled practice's), the "we did it" logs of each time, and activity plans. Pure.
 */

/** Drafts on this page start with this. */
export const DRAFT_PREFIX = 'ritual:';
export const DRAFT_KEYS = {
  create: 'ritual:new',
  edit: (ritualId: string) => `ritual:edit:${ritualId}`,
  log: (ritualId: string, occurrence: string) => `ritual:log:${ritualId}:${occurrence}`,
  reflect: (planId: string) => `ritual:activity:${planId}`,
  ownIdea: 'ritual:activity:new',
} as const;

/** The words a confirmation carries ("Yes, we did"). */
export const CONFIRM_TEXT = 'Yes, we did';

/** A ritual that opened and verified, with its plan. */
export interface RitualView {
  item: OpenItem;
  plan: CommitmentState;
  content: RitualContent;
}

/** Rituals that read well (verified content, a valid plan), newest first. */
export function ritualViews(list: readonly OpenItem[]): RitualView[] {
  const out: RitualView[] = [];
  for (const item of list) {
    const plan = planOf(item);
    const content = item.verified ? asRitual(item.content) : null;
    if (plan && content) out.push({ item, plan, content });
  }
  return out.sort((a, b) => b.item.createdAt.localeCompare(a.item.createdAt));
}

/** One "we did it". */
export type LogView = OccurrenceView<RitualLogContent>;

/** The logs of one ritual that verified, by either partner, oldest first. */
export function logsOf(ritualId: string, logs: readonly OpenItem[]): LogView[] {
  return occurrenceViews(ritualId, logs, asRitualLog, 'createdAt');
}

/** Logs grouped by occurrence: both partners may log the same time; that is shown together. */
export function logsByOccurrence(views: readonly LogView[]): Map<string, LogView[]> {
  const out = new Map<string, LogView[]>();
  for (const v of views) out.set(v.occurrence, [...(out.get(v.occurrence) ?? []), v]);
  return out;
}

/** The occurrences someone logged, newest first (the ritual's quiet history). */
export function loggedOccurrences(views: readonly LogView[]): string[] {
  return [...new Set(views.map((v) => v.occurrence))].sort().reverse();
}

/** An activity plan that opened and verified, read together with the partner's steps on it. */
export interface PlanView {
  item: OpenItem;
  /** Where it stands now: the plan, with the partner's newer time and their "we did it" applied. */
  content: ActivityPlanContent;
  /** The idea it came from, when picked from the list. */
  idea: Activity | undefined;
  title: string;
  /** Who said it was done: the one who made the plan, the other partner, or nobody yet. */
  doneBy: 'maker' | 'other' | null;
  /** Who set the time it stands at now. */
  timeBy: 'maker' | 'other' | null;
}

/** The other partner's steps on one plan (responses to it that read as a step), oldest first. */
function stepsOn(plan: OpenItem, responses: readonly OpenItem[]): { at: string; step: ActivityStep }[] {
  return responses
    .filter((r) => r.authorId !== plan.authorId && r.verified && parentOf(r) === plan.id)
    .flatMap((r) => {
      const step = asActivityStep(r.content);
      return step ? [{ at: r.createdAt, step }] : [];
    })
    .sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * Activity plans that read well, newest first. Only the one who made a plan can change it,
 * so the other partner's "we did it" and new times are their own items (steps); here they are
 * applied: a time set after the plan last changed wins, and "we did it" from either makes it done.
 */
export function planViews(list: readonly OpenItem[], responses: readonly OpenItem[] = []): PlanView[] {
  const out: PlanView[] = [];
  for (const item of list) {
    const own = item.verified ? asActivityPlan(item.content) : null;
    if (!own) continue;
    const idea = own.activityId ? getActivity(own.activityId) : undefined;
    let content = own;
    let timeBy: PlanView['timeBy'] = own.plannedFor ? 'maker' : null;
    let doneBy: PlanView['doneBy'] = own.status === 'done' ? 'maker' : null;
    for (const { at, step } of stepsOn(item, responses)) {
      if (step.step === 'time' && at > item.updatedAt) {
        content = { ...content, plannedFor: step.plannedFor, status: content.status === 'done' ? 'done' : 'planned' };
        timeBy = 'other';
      } else if (step.step === 'done' && content.status !== 'done') {
        content = { ...content, status: 'done' };
        doneBy = 'other';
      }
    }
    // An idea since retired keeps a plain name rather than vanishing.
    out.push({ item, content, idea, title: own.title ?? idea?.title ?? 'An activity', doneBy, timeBy });
  }
  return out.sort((a, b) => b.item.createdAt.localeCompare(a.item.createdAt));
}

/** Planned ones first by their time, then picked ideas, then done ones (newest first within each). */
export function plansInOrder(views: readonly PlanView[]): { planned: PlanView[]; ideas: PlanView[]; done: PlanView[] } {
  const planned = views.filter((v) => v.content.status === 'planned').sort((a, b) => (a.content.plannedFor?.at ?? '').localeCompare(b.content.plannedFor?.at ?? ''));
  return { planned, ideas: views.filter((v) => v.content.status === 'idea'), done: views.filter((v) => v.content.status === 'done') };
}

/** A category's title ("Learn together"). */
export function categoryTitle(id: string): string {
  return ACTIVITY_CATEGORY_INFO.find((c) => c.id === id)?.title ?? '';
}

/** What the calendar file is made from: rituals with their titles, planned activities with a time. */
export function calendarInputs(rituals: readonly RitualView[], plans: readonly PlanView[]): { rituals: CalendarRitual[]; activities: CalendarActivity[] } {
  return {
    rituals: rituals.map((r) => ({ id: r.item.id, title: r.content.title, segments: r.plan.segments, remindMinutesBefore: r.plan.status === 'active' ? r.plan.remindMinutesBefore : null })),
    activities: plans.flatMap((p) =>
      p.content.status === 'planned' && p.content.plannedFor ? [{ id: p.item.id, title: p.title, at: p.content.plannedFor.at, timeZone: p.content.plannedFor.timeZone }] : [],
    ),
  };
}

/** "Saturday 13 Jun at 15:00" for a local date-time. */
export function plannedLabel(at: string): string {
  return `${formatDate(at.slice(0, 10))} at ${formatTime(at.slice(11, 16))}`;
}

import { getActivity, ACTIVITY_CATEGORY_INFO, type Activity } from '../../../core/activities/index.js';
import type { CalendarActivity, CalendarRitual } from '../../../core/calendar/index.js';
import { asActivityPlan, asRitual, asRitualLog, type ActivityPlanContent, type RitualContent, type RitualLogContent } from '../../../core/rituals/index.js';
import type { OpenItem } from '../../../shared/client/index.js';
import { formatDate, formatTime } from '../../lib/format.js';
import type { CommitmentState } from '../../../shared/commitments/state.js';
import { markStateOf, planOf } from '../commitments/model.js';

/*
 * Practice 6's items as the page reads them: rituals (either partner's, with the plan a
 * commitment has), the "we did it" logs of each time, and activity plans. Pure.
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
export interface LogView {
  item: OpenItem;
  occurrence: string;
  content: RitualLogContent;
}

/** The logs of one ritual that verified, by either partner, oldest first. */
export function logsOf(ritualId: string, logs: readonly OpenItem[]): LogView[] {
  const out: LogView[] = [];
  for (const item of logs) {
    const state = markStateOf(item);
    const content = item.verified ? asRitualLog(item.content) : null;
    if (state && content && state.parentId === ritualId) out.push({ item, occurrence: state.occurrence, content });
  }
  return out.sort((a, b) => a.item.createdAt.localeCompare(b.item.createdAt));
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

/** An activity plan that opened and verified. */
export interface PlanView {
  item: OpenItem;
  content: ActivityPlanContent;
  /** The idea it came from, when picked from the list. */
  idea: Activity | undefined;
  title: string;
}

/** Activity plans that read well, newest first. */
export function planViews(list: readonly OpenItem[]): PlanView[] {
  const out: PlanView[] = [];
  for (const item of list) {
    const content = item.verified ? asActivityPlan(item.content) : null;
    if (!content) continue;
    const idea = content.activityId ? getActivity(content.activityId) : undefined;
    // An idea since retired keeps a plain name rather than vanishing.
    out.push({ item, content, idea, title: content.title ?? idea?.title ?? 'An activity' });
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

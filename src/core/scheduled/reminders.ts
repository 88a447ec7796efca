/** The reminder choices offered when making a promise or a ritual (minutes before; null for none). */
export const REMINDER_OPTIONS: readonly { minutes: number | null; label: string }[] = [
  { minutes: null, label: 'No reminder' },
  { minutes: 15, label: '15 minutes before' },
  { minutes: 30, label: '30 minutes before' },
  { minutes: 60, label: '1 hour before' },
  { minutes: 1440, label: '1 day before' },
];

/** The reminder a new promise or ritual starts with. */
export const DEFAULT_REMINDER_MINUTES = 30;

/** Words for a stored reminder ("Reminder 30 minutes before", "No reminder"). */
export function reminderText(minutes: number | null): string {
  if (minutes === null) return 'No reminder';
  const known = REMINDER_OPTIONS.find((o) => o.minutes === minutes);
  if (known) return `Reminder ${known.label}`;
  // A value set elsewhere (the state allows any minute count up to a week): say it plainly.
  if (minutes % 1440 === 0) return `Reminder ${minutes / 1440} days before`;
  if (minutes % 60 === 0) return `Reminder ${minutes / 60} hours before`;
  return `Reminder ${minutes} minutes before`;
}

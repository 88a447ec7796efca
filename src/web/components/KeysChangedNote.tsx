import { KeyChangedBanner } from './KeyChangedBanner.js';

/** Shown instead of sharing when the partner's keys are not the ones pinned: the same banner as on Today, one level down. */
export function KeysChangedNote({ name }: { name: string }) {
  return <KeyChangedBanner name={name} headingLevel="h3" />;
}

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { isValidTimeZone, type PartnerView } from '../../shared/api/index.js';
import { useMe } from '../app/session.js';
import { useNow } from './use-now.js';
import { usePartnerKeys, type PartnerKeys } from './use-partner-keys.js';

/** What every practice reads about the couple: who the partner is, whether their keys can be trusted, and the person's time zone. */
export interface PracticeContextValue {
  /** The partner, when paired (the one way the web app finds them). */
  partner: PartnerView | null;
  /** Whether sharing with the partner may go ahead: their keys are the pinned ones. */
  keys: PartnerKeys;
  /** The signed-in person's time zone (UTC when this browser does not know it): every date and time a practice shows is in it. */
  timeZone: string;
}

const PracticeContext = createContext<PracticeContextValue | null>(null);
// Apart from the rest, so the minute's tick re-renders only what shows the time.
const NowContext = createContext<Date | null>(null);

/** Provides fixed values: for tests and previews, where no session runs. */
export function PracticeContextProvider({ value, now, children }: { value: PracticeContextValue; now?: Date; children: ReactNode }) {
  return (
    <PracticeContext.Provider value={value}>
      <NowContext.Provider value={now ?? null}>{children}</NowContext.Provider>
    </PracticeContext.Provider>
  );
}

/**
 * Provides the practice context for the signed-in shell, once: the partner from the session,
 * one pin check of their keys for every page, the person's time zone and a clock that turns
 * over every minute.
 */
export function PracticeProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const partner = me.couple?.partner ?? null;
  const keys = usePartnerKeys(me.user.id, partner);
  // A zone this browser does not know reads as UTC, never as a guess from this device.
  const timeZone = isValidTimeZone(me.user.timeZone) ? me.user.timeZone : 'UTC';
  const now = useNow();
  const value = useMemo(() => ({ partner, keys, timeZone }), [partner, keys, timeZone]);
  return (
    <PracticeContext.Provider value={value}>
      <NowContext.Provider value={now}>{children}</NowContext.Provider>
    </PracticeContext.Provider>
  );
}

/** The partner, their keys' standing and the time zone, inside the signed-in shell. */
export function usePracticeContext(): PracticeContextValue {
  const value = useContext(PracticeContext);
  if (!value) throw new Error('usePracticeContext is used outside the signed-in shell (PracticeProvider).');
  return value;
}

/** The time, turning over every minute and when the tab comes back (one clock for the whole shell). */
export function usePracticeNow(): Date {
  const now = useContext(NowContext);
  if (!now) throw new Error('usePracticeNow is used without a clock (PracticeProvider, or a fixed `now` in tests).');
  return now;
}

/**
 * The partner, for parts of a page shown only to a paired person (the page checks first):
 * reaching one without a partner is a bug, said at once rather than shown half-empty.
 */
export function usePairedPartner(): PartnerView {
  const { partner } = usePracticeContext();
  if (!partner) throw new Error('usePairedPartner is used where no partner is paired.');
  return partner;
}

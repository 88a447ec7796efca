import { useEffect, useState } from 'react';

/**
 * The time, refreshed every minute and when the tab comes back into view, so "today",
 * "later today" and "not marked" turn over without a reload.
 */
export function useNow(everyMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const tick = () => setNow(new Date());
    const t = setInterval(tick, everyMs);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(t);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [everyMs]);
  return now;
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { TogetherClient } from '../../../shared/client/index.js';
import { useClient } from '../../app/client.js';
import { useMe } from '../../app/session.js';
import { asApiError } from '../../lib/errors.js';

/** The couple-level rules client for this app. */
export function useTogetherClient(): TogetherClient {
  const client = useClient();
  return useMemo(() => new TogetherClient(client), [client]);
}

/**
 * One of the couple-level answers (decision, space): fetched on load and again whenever `me` is
 * fetched again — which the app does on every `couple.changed` live event, the one the server
 * sends when the partner asks for space or the answers change. `missing` is true when this
 * server doesn't offer the endpoint, so the card stays away rather than showing an error.
 */
export function useTogether<T>(fetch: () => Promise<T>) {
  const me = useMe();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const seq = useRef(0);
  const fetchRef = useRef(fetch);
  fetchRef.current = fetch;

  const load = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const d = await fetchRef.current();
      if (mine !== seq.current) return;
      setData(d);
      setError(null);
    } catch (e) {
      if (mine !== seq.current) return;
      if (asApiError(e)?.status === 404) setMissing(true);
      else setError(e);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load, me]);

  return { data, setData, error, missing, reload: load };
}

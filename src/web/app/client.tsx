import { createContext, useContext, useState, type ReactNode } from 'react';
import { MendClient, fetchTransport } from '../../shared/client/index.js';
import { reportReached } from '../lib/connection.js';
import { browserOfflineStore, offlineTransport } from '../lib/offline-cache.js';

const ClientContext = createContext<MendClient | null>(null);

/**
 * Holds the one MendClient of this app (keys live in its memory). Its reads are kept on this
 * device, still encrypted, so that Mend opens with no network (offline-cache.ts).
 */
export function ClientProvider({ children, client }: { children: ReactNode; client?: MendClient }) {
  const [value] = useState(() => client ?? new MendClient(offlineTransport(fetchTransport(), browserOfflineStore(), reportReached)));
  return <ClientContext.Provider value={value}>{children}</ClientContext.Provider>;
}

export function useClient(): MendClient {
  const c = useContext(ClientContext);
  if (!c) throw new Error('useClient outside ClientProvider');
  return c;
}

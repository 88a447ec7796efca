import { createContext, useContext, useState, type ReactNode } from 'react';
import { MendClient, fetchTransport } from '../../shared/client/index.js';

const ClientContext = createContext<MendClient | null>(null);

/** Holds the one MendClient of this app (keys live in its memory). */
export function ClientProvider({ children, client }: { children: ReactNode; client?: MendClient }) {
  const [value] = useState(() => client ?? new MendClient(fetchTransport()));
  return <ClientContext.Provider value={value}>{children}</ClientContext.Provider>;
}

export function useClient(): MendClient {
  const c = useContext(ClientContext);
  if (!c) throw new Error('useClient outside ClientProvider');
  return c;
}

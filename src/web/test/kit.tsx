import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import type { PartnerView } from '../../shared/api/index.js';
import type { ItemsClient, MendClient, OpenItem } from '../../shared/client/index.js';
import { ClientProvider } from '../app/client.js';
import type { ItemKind } from '../../shared/kinds.js';
import type { DraftSync } from '../lib/drafts.js';
import { PracticeContextProvider, type PracticeContextValue } from '../lib/practice-context.js';
import type { DraftListener, Drafts } from '../lib/use-drafts.js';

/** The partner in component tests. */
export const PARTNER: PartnerView = { id: 'partner-1', displayName: 'Sam', encPublicKey: 'enc', signPublicKey: 'sign', joinedAt: '2026-01-01T00:00:00.000Z' };

// Tests hand the fake plain objects; the real client parses content by the kind's schema.
const asContent = (c: unknown) => c as OpenItem['content'];

/** An item as the items client returns it, opened and verified. */
export function openItem(kind: ItemKind, id: string, version: number, content: unknown, more: Partial<OpenItem> = {}): OpenItem {
  return {
    id,
    kind,
    authorId: 'me',
    coupleId: 'couple-1',
    version,
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: `2026-03-01T10:0${version}:00.000Z`,
    state: {},
    sharedWith: [],
    verified: true,
    olderFormat: false,
    rolledBack: false,
    content: asContent(content),
    mine: true,
    ...more,
  };
}

/**
 * An items client in memory with the server's version rule: an update on any version but the
 * newest is refused with `version_conflict`. `calls` records what the component asked for.
 */
export function fakeItems(initial: OpenItem[] = []) {
  const store = new Map(initial.map((i) => [i.id, i]));
  const calls: string[] = [];
  let made = 0;
  const conflict = () => Object.assign(new Error('version conflict'), { status: 409, code: 'version_conflict' });
  const client = {
    async list(kind: ItemKind) {
      calls.push(`list ${kind}`);
      return [...store.values()].filter((i) => i.kind === kind);
    },
    async get(id: string) {
      calls.push(`get ${id}`);
      const i = store.get(id);
      if (!i) throw new Error('not found');
      return i;
    },
    async reread(item: Pick<OpenItem, 'id'>) {
      return client.get(item.id);
    },
    async create(kind: ItemKind, content: unknown, state: unknown) {
      calls.push(`create ${kind}`);
      const i = openItem(kind, `new-${++made}`, 1, content, { state: state as OpenItem['state'] });
      store.set(i.id, i);
      return i;
    },
    async update(item: OpenItem, content: unknown) {
      calls.push(`update ${item.id}@${item.version}`);
      const now = store.get(item.id);
      if (!now || now.version !== item.version) throw conflict();
      const next = { ...now, version: now.version + 1, content: asContent(content), updatedAt: `2026-03-01T11:0${now.version + 1}:00.000Z` };
      store.set(next.id, next);
      return next;
    },
    async share(item: OpenItem, partner: PartnerView) {
      calls.push(`share ${item.id}`);
      const next = { ...item, sharedWith: [partner.id] };
      store.set(next.id, next);
      return next;
    },
    async unshare(item: OpenItem, partnerId: string) {
      calls.push(`unshare ${item.id}`);
      const next = { ...item, version: item.version + 1, sharedWith: (item.sharedWith ?? []).filter((p) => p !== partnerId) };
      store.set(next.id, next);
      return next;
    },
  };
  /** Saves a new version as another tab or device would. */
  const saveElsewhere = (id: string, content: unknown) => {
    const now = store.get(id)!;
    const next = { ...now, version: now.version + 1, content: asContent(content), updatedAt: `2026-03-01T12:0${now.version + 1}:00.000Z` };
    store.set(id, next);
    return next;
  };
  return { items: client as unknown as ItemsClient, calls, store, saveElsewhere };
}

/** Drafts in memory: what each key holds now, and a way to report how a write ended. */
export function fakeDrafts(restored: Map<string, unknown> = new Map()) {
  const kept = new Map<string, unknown>(restored);
  const listeners = new Map<string, Set<DraftListener>>();
  const sync = {
    change(key: string, body: unknown) {
      kept.set(key, body);
    },
    async discard(key: string) {
      kept.delete(key);
    },
    async flush() {},
  };
  const drafts: Drafts = {
    sync: sync as unknown as DraftSync,
    restored,
    subscribe(key, listener) {
      const set = listeners.get(key) ?? new Set();
      set.add(listener);
      listeners.set(key, set);
      return () => set.delete(listener);
    },
  };
  const report = (key: string, status: Parameters<DraftListener>[0]) => listeners.get(key)?.forEach((l) => l(status));
  return { drafts, kept, report };
}

/** Renders inside the practice context (paired with PARTNER, keys trusted, UTC), a router and a stand-in client. */
export function renderInKit(ui: ReactElement, context: Partial<PracticeContextValue> = {}) {
  const value: PracticeContextValue = { partner: PARTNER, keys: 'ok', timeZone: 'UTC', ...context };
  const wrap = (node: ReactElement) => (
    <MemoryRouter>
      {/* Only the quick exit in dialogs reaches the client here, and it is not pressed. */}
      <ClientProvider client={{ lock() {} } as unknown as MendClient}>
        <PracticeContextProvider value={value} now={new Date('2026-03-01T12:00:00.000Z')}>
          {node}
        </PracticeContextProvider>
      </ClientProvider>
    </MemoryRouter>
  );
  const result = render(wrap(ui));
  return { ...result, rerender: (next: ReactElement) => result.rerender(wrap(next)) };
}

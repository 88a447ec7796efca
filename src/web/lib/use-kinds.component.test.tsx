// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ItemsClient, MendClient, OpenItem } from '../../shared/client/index.js';
import type { ItemKind } from '../../shared/kinds.js';
import { ClientProvider } from '../app/client.js';
import type { ChangedKinds } from '../app/live-events.js';
import { openItem } from '../test/kit.js';
import { forgetInFlight } from './shared-list.js';
import { useKinds } from './use-kinds.js';

// The live stream, by hand: the test says when an `items.changed` arrives and which kinds it names.
const live = vi.hoisted(() => ({ listener: null as ((kinds: ChangedKinds) => void) | null }));
vi.mock('../app/live-events.js', () => ({
  useItemsChanged: (fn: (kinds: ChangedKinds) => void) => {
    live.listener = fn;
  },
}));

afterEach(cleanup);

/** An items client whose every list answers only when the test says so. */
function slowItems() {
  const asked: { kind: ItemKind; answer: (list: OpenItem[]) => void }[] = [];
  const items = {
    list: (kind: ItemKind) => new Promise<OpenItem[]>((answer) => asked.push({ kind, answer })),
  } as unknown as ItemsClient;
  const answer = async (index: number, list: OpenItem[]) => {
    await act(async () => asked[index]!.answer(list));
  };
  return { items, asked, answer };
}

const KINDS = ['commitment', 'commitment_mark'] as const;

function Lists({ items }: { items: ItemsClient }) {
  const { data } = useKinds(items, KINDS, 'partner-1');
  if (!data) return <p>loading</p>;
  return (
    <p data-testid="lists">
      {KINDS.map((k) => `${k}:${data[k].map((i) => i.id).join('+') || '-'}`).join(' ')}
    </p>
  );
}

/** What the page shows, once an event has arrived (as live-events does: in-flight fetches are not shared past it). */
const event = async (kinds: ItemKind[]) => {
  forgetInFlight(kinds);
  await act(async () => live.listener?.(kinds));
};

function renderLists(items: ItemsClient) {
  // sharedList keeps one fetch per kind per signed-in client: a fresh client per test.
  render(
    <ClientProvider client={{} as MendClient}>
      <Lists items={items} />
    </ClientProvider>,
  );
}

describe('useKinds after live events', () => {
  it('keeps each kind’s answer when two events close together fetch different kinds', async () => {
    const { items, asked, answer } = slowItems();
    renderLists(items);
    await answer(0, [openItem('commitment', 'promise', 1, { what: 'Call' })]);
    await answer(1, [openItem('commitment_mark', 'mark', 1, { status: 'kept' })]);
    expect(screen.getByTestId('lists').textContent).toBe('commitment:promise commitment_mark:mark');

    // The promise stops being shared, then its mark: two events, two fetches of different kinds.
    await event(['commitment']);
    await event(['commitment_mark']);
    expect(asked.map((a) => a.kind)).toEqual(['commitment', 'commitment_mark', 'commitment', 'commitment_mark']);
    await answer(2, []);
    await answer(3, []);
    expect(screen.getByTestId('lists').textContent).toBe('commitment:- commitment_mark:-');
  });

  it('never lets an older answer of a kind replace a newer one', async () => {
    const { items, answer } = slowItems();
    renderLists(items);
    await answer(0, [openItem('commitment', 'promise', 1, { what: 'Call' })]);
    await answer(1, []);

    await event(['commitment']);
    await event(['commitment']);
    // The second fetch answers first (the promise is gone), the first answers late (still there).
    await answer(3, []);
    await answer(2, [openItem('commitment', 'promise', 1, { what: 'Call' })]);
    expect(screen.getByTestId('lists').textContent).toBe('commitment:- commitment_mark:-');
  });
});

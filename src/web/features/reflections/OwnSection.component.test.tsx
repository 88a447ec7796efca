// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import type { Drafts } from '../../lib/use-drafts.js';
import { fakeDrafts, fakeItems, openItem, renderInKit } from '../../test/kit.js';
import { OwnSection } from './OwnSection.js';
import { sectionInfo } from './sections.js';

afterEach(cleanup);

/** The page around one section: it keeps the newest item, as the reflections page does. */
function Page({ item: fromPage, items, drafts }: { item: OpenItem | null; items: ItemsClient; drafts: Drafts }) {
  const [item, setItem] = useState(fromPage);
  useEffect(() => setItem(fromPage), [fromPage]);
  return <OwnSection info={sectionInfo('what_happened')} item={item} draft={null} items={items} drafts={drafts} received={[]} onItem={setItem} />;
}

const KEY = 'reflection:what_happened';
const editor = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'What happened' });
const status = () => screen.getByTestId('draft-status-what_happened');

describe('a reflection section (editable item)', () => {
  it('keeps words as a draft while writing, then saves them as a new private item', async () => {
    const { items, calls } = fakeItems();
    const { drafts, kept, report } = fakeDrafts();
    renderInKit(<Page item={null} items={items} drafts={drafts} />);

    fireEvent.change(editor(), { target: { value: 'We stopped talking.' } });
    expect(kept.get(KEY)).toEqual({ text: 'We stopped talking.', category: null, baseVersion: 0 });
    report(KEY, 'synced');
    await waitFor(() => expect(status().textContent).toBe('Saved as a draft'));

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(status().textContent).toBe('Saved'));
    expect(calls).toEqual(['list reflection', 'create reflection']);
    expect(kept.has(KEY)).toBe(false);
    expect(screen.getByText('Only you can read this')).toBeTruthy();
  });

  it('a version saved elsewhere meanwhile is never overwritten: the person keeps theirs', async () => {
    const first = openItem('reflection', 'r1', 1, { text: 'First words' });
    const { items, calls, store, saveElsewhere } = fakeItems([first]);
    const { drafts } = fakeDrafts();
    const view = renderInKit(<Page item={first} items={items} drafts={drafts} />);

    fireEvent.change(editor(), { target: { value: 'My new words' } });
    // Another device saves version 2; the page gets it.
    view.rerender(<Page item={saveElsewhere('r1', { text: 'Words from the other tab' })} items={items} drafts={drafts} />);
    expect(editor().value).toBe('My new words');

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const conflict = await screen.findByRole('group', { name: 'This section was changed somewhere else' });
    expect(within(conflict).getByText('Words from the other tab')).toBeTruthy();
    expect(store.get('r1')).toMatchObject({ version: 2, content: { text: 'Words from the other tab' } });

    fireEvent.click(within(conflict).getByRole('button', { name: 'Keep your version' }));
    await waitFor(() => expect(screen.queryByRole('group', { name: 'This section was changed somewhere else' })).toBeNull());
    expect(calls).toContain('update r1@2');
    expect(store.get('r1')).toMatchObject({ version: 3, content: { text: 'My new words' } });
    expect(editor().value).toBe('My new words');
    expect(status().textContent).toBe('Saved');
  });

  it('in a conflict the person can keep the saved version instead, and their draft is set aside', async () => {
    const first = openItem('reflection', 'r1', 1, { text: 'First words' });
    const { items, store, saveElsewhere } = fakeItems([first]);
    const { drafts, kept } = fakeDrafts();
    renderInKit(<Page item={first} items={items} drafts={drafts} />);

    fireEvent.change(editor(), { target: { value: 'Mine' } });
    saveElsewhere('r1', { text: 'Theirs' });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const conflict = await screen.findByRole('group', { name: 'This section was changed somewhere else' });
    expect(kept.has(KEY)).toBe(true);

    fireEvent.click(within(conflict).getByRole('button', { name: 'Keep the saved version' }));
    expect(editor().value).toBe('Theirs');
    expect(kept.has(KEY)).toBe(false);
    expect(status().textContent).toBe('Saved');
    // Nothing was written over the other version.
    expect(store.get('r1')).toMatchObject({ version: 2, content: { text: 'Theirs' } });
  });

  it('shares after a preview of exactly what the partner will read, and can stop again', async () => {
    const saved = openItem('reflection', 'r1', 1, { text: 'What I want you to know' });
    const { items, calls } = fakeItems([saved]);
    const { drafts } = fakeDrafts();
    renderInKit(<Page item={saved} items={items} drafts={drafts} />);

    fireEvent.click(screen.getByRole('button', { name: 'Share with Sam…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share “What happened” with Sam?' });
    expect(within(dialog).getByText('What I want you to know')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(screen.getByText('Shared with Sam')).toBeTruthy());
    expect(calls).toContain('share r1');

    fireEvent.click(screen.getByRole('button', { name: 'Stop sharing' }));
    const stop = await screen.findByRole('dialog', { name: 'Stop sharing “What happened” with Sam?' });
    fireEvent.click(within(stop).getByRole('button', { name: 'Stop sharing' }));
    await waitFor(() => expect(screen.getByText('Only you can read this')).toBeTruthy());
    expect(calls).toContain('unshare r1');
  });

  it('while the partner’s keys changed, sharing waits and says why', async () => {
    const saved = openItem('reflection', 'r1', 1, { text: 'Words' });
    const { items, calls } = fakeItems([saved]);
    const { drafts } = fakeDrafts();
    renderInKit(<Page item={saved} items={items} drafts={drafts} />, { keys: 'changed' });

    fireEvent.click(screen.getByRole('button', { name: 'Share with Sam…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share “What happened” with Sam?' });
    expect(within(dialog).getByTestId('key-changed-banner').textContent).toContain("Sam's security key has changed");
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Share' }).disabled).toBe(true);
    expect(calls).not.toContain('share r1');
  });
});

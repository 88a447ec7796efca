// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDateTime } from '../lib/time.js';
import { openItem, renderInKit } from '../test/kit.js';
import { ReplyList } from './ReplyList.js';
import { SendDialog, StopSharingDialog } from './ShareDialogs.js';

afterEach(cleanup);

const sendDialog = (onConfirm: () => void) => (
  <SendDialog
    open
    title="Send this to Sam?"
    name="Sam"
    who="Sam will read this. Nobody else — not Mend."
    preview="I am sorry."
    confirm="Send"
    busyLabel="Sending…"
    busy={false}
    error={null}
    onConfirm={onConfirm}
    onClose={() => undefined}
  />
);

describe('SendDialog', () => {
  it('shows exactly the words that will be read, and sends on confirm', () => {
    const onConfirm = vi.fn();
    renderInKit(sendDialog(onConfirm));
    const dialog = screen.getByRole('dialog', { name: 'Send this to Sam?' });
    expect(within(dialog).getByText('I am sorry.')).toBeTruthy();
    expect(within(dialog).queryByTestId('key-changed-banner')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('waits, with the reason, while the partner’s keys are not the pinned ones (from the practice context)', () => {
    const onConfirm = vi.fn();
    renderInKit(sendDialog(onConfirm), { keys: 'changed' });
    const dialog = screen.getByRole('dialog', { name: 'Send this to Sam?' });
    expect(within(dialog).getByTestId('key-changed-banner').textContent).toContain("Sam's security key has changed");
    const send = within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Send' });
    expect(send.disabled).toBe(true);
    fireEvent.click(send);
    expect(onConfirm).not.toHaveBeenCalled();
  });
});

describe('StopSharingDialog', () => {
  it('says what stopping means and its limit, and stops only when asked', () => {
    const onStop = vi.fn();
    const onClose = vi.fn();
    renderInKit(
      <StopSharingDialog open title="Stop sharing your letter with Sam?" from="Sam won't be able to open it." limit="What was read cannot be unread." busy={false} error={null} onStop={onStop} onClose={onClose} />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Stop sharing your letter with Sam?' });
    expect(within(dialog).getByText('What was read cannot be unread.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep sharing' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onStop).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stop sharing' }));
    expect(onStop).toHaveBeenCalledTimes(1);
  });
});

describe('ReplyList', () => {
  const reply = openItem('acknowledgment', 'a1', 1, { text: 'Thank you for telling me', note: 'I read it twice' }, { createdAt: '2026-03-01T23:30:00.000Z' });

  it('shows each reply with its note, at the time in the person’s zone from the practice context', () => {
    renderInKit(<ReplyList replies={[reply]} who="Sam" label="What Sam sent back" />, { timeZone: 'Asia/Tokyo' });
    const [row] = within(screen.getByRole('list', { name: 'What Sam sent back' })).getAllByRole('listitem');
    expect(row!.textContent).toContain('Sam: Thank you for telling me');
    expect(row!.textContent).toContain('I read it twice');
    const time = within(row!).getByText(localDateTime(reply.createdAt, 'Asia/Tokyo'));
    // Tokyo is already on the next day: the zone really is the context's, not UTC.
    expect(time.textContent).not.toBe(localDateTime(reply.createdAt, 'UTC'));
  });

  it('leaves out a reply that can’t be verified when asked to', () => {
    renderInKit(<ReplyList replies={[{ ...reply, verified: false }]} who="Sam" label="What Sam sent back" unverified={null} />);
    expect(screen.queryByRole('list', { name: 'What Sam sent back' })).toBeNull();
  });
});

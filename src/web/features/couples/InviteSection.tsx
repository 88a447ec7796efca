import { useState } from 'react';
import type { CoupleView, CreateInviteResponse } from '../../../shared/api/index.js';
import { LIMITS } from '../../../shared/limits.js';
import { useClient } from '../../app/client.js';
import { useMe, useSession } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { CopyButton } from '../../components/CopyButton.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { localDateTime, relativeTime } from '../../lib/time.js';

/** "Invite your partner": make a single-use link, copy it, and see or cancel open links. */
export function InviteSection({ couple, level = 2 }: { couple: CoupleView; level?: 2 | 3 }) {
  const client = useClient();
  const me = useMe();
  const session = useSession();
  const [fresh, setFresh] = useState<CreateInviteResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const H = level === 2 ? 'h2' : 'h3';
  const tz = me.user.timeZone;
  const open = couple.invites;
  const atLimit = open.length >= LIMITS.openInvitesMax;

  const create = async () => {
    setBusy('create');
    setError(null);
    setStatus('');
    try {
      const invite = await client.createInvite();
      setFresh(invite);
      setStatus('Your invite link is ready to copy.');
      await session.refresh();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const cancel = async (id: string) => {
    setBusy(id);
    setError(null);
    setStatus('');
    try {
      await client.revokeInvite(id);
      if (fresh?.id === id) setFresh(null);
      setStatus('That link is cancelled. It no longer works.');
      await session.refresh();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card card-accent" aria-labelledby="invite-heading">
      <H id="invite-heading">Invite your partner</H>
      <p>
        Make a private link and send it to your partner however you usually talk. It works once, and expires after{' '}
        {LIMITS.inviteHours} hours.
      </p>
      <ErrorAlert message={error} />

      {fresh ? (
        <div className="stack">
          <div className="field">
            <label className="field-label" htmlFor="invite-url">
              Invite link
            </label>
            <div className="input-row">
              <input
                id="invite-url"
                className="input"
                data-testid="invite-url"
                readOnly
                value={fresh.url}
                aria-describedby="invite-url-hint"
                onFocus={(e) => e.currentTarget.select()}
              />
              <CopyButton text={fresh.url} variant="primary" />
            </div>
            <p className="field-hint" id="invite-url-hint">
              Works once. Expires <time dateTime={fresh.expiresAt}>{localDateTime(fresh.expiresAt, tz)}</time>. We only show
              this link now — if you lose it, make a new one.
            </p>
          </div>
        </div>
      ) : null}

      <div className="actions">
        <Button
          {...(fresh ? { variant: 'secondary' as const } : {})}
          onClick={() => void create()}
          busy={busy === 'create'}
          busyLabel="Making a link…"
          disabled={busy !== null && busy !== 'create'}
        >
          {fresh ? 'Create another link' : 'Create an invite link'}
        </Button>
      </div>
      {atLimit ? (
        <p className="muted small">You can have up to {LIMITS.openInvitesMax} open links. Cancel one to make another.</p>
      ) : null}

      {open.length > 0 ? (
        <>
          <h3>Open links</h3>
          <ul className="plain-list row-list">
            {open.map((inv) => (
              <li key={inv.id}>
                <div className="row-main">
                  <p className="row-title">Made {relativeTime(inv.createdAt)}</p>
                  <p className="muted small">
                    Works until <time dateTime={inv.expiresAt}>{localDateTime(inv.expiresAt, tz)}</time>
                  </p>
                </div>
                <Button
                  variant="secondary"
                  small
                  busy={busy === inv.id}
                  busyLabel="Cancelling…"
                  disabled={busy !== null && busy !== inv.id}
                  onClick={() => void cancel(inv.id)}
                  aria-label={`Cancel this link, made ${relativeTime(inv.createdAt)}`}
                >
                  Cancel this link
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}

import { useState } from 'react';
import { useClient } from '../../app/client.js';
import { useSession } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorAlert } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';

/** Leaving ends the couple for both at once; no one needs to approve it. */
export function LeaveSection({ partnerName, onLeft }: { partnerName: string | null; onLeft: () => void }) {
  const client = useClient();
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const leave = async () => {
    setBusy(true);
    setError(null);
    try {
      await client.leave();
      setOpen(false);
      await session.refresh();
      onLeft();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="leave-heading">
      <h2 id="leave-heading">{partnerName ? 'Leave the couple' : 'Close this couple space'}</h2>
      <p>
        {partnerName
          ? `You can leave at any time. Access to each other's writing ends at once, for you and ${partnerName}.`
          : 'You can close your couple space at any time. Any open invite links stop working.'}
      </p>
      <div className="actions">
        <Button variant="danger" onClick={() => setOpen(true)}>
          {partnerName ? 'Leave the couple' : 'Close this couple space'}
        </Button>
      </div>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={partnerName ? `Leave your couple space with ${partnerName}?` : 'Close your couple space?'}
        actions={
          <>
            <Button variant="danger" onClick={() => void leave()} busy={busy} busyLabel="Leaving…">
              {partnerName ? 'Leave the couple' : 'Close it'}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={busy}>
              Stay
            </Button>
          </>
        }
      >
        {partnerName ? (
          <>
            <p>
              Access to each other's writing ends at once, for both of you — on every page, export and notification. No one
              needs to approve this.
            </p>
            <p>You each keep what you wrote. {partnerName} will see that the couple space has ended.</p>
            <p>To work together in Mend again later, one of you would send a new invite.</p>
          </>
        ) : (
          <>
            <p>Your couple space ends and any open invite links stop working. You keep what you wrote.</p>
            <p>You can start a new couple space whenever you like.</p>
          </>
        )}
        <ErrorAlert message={error} />
      </Dialog>
    </section>
  );
}

import { useState } from 'react';
import { useClient } from '../../app/client.js';
import { useSession } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { ErrorAlert } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';

/** For someone not in a couple yet: start one alone, invite later. */
export function StartCoupleCard({ level = 2 }: { level?: 2 | 3 }) {
  const client = useClient();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const H = level === 2 ? 'h2' : 'h3';

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      await client.startCouple();
      await session.refresh();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <section className="card card-accent" aria-labelledby="start-couple-heading">
      <H id="start-couple-heading">Start your couple space</H>
      <p>
        This is where you and your partner will work on trust together. You can start on your own and invite your partner
        when you're ready — nothing you write is shared until you choose to share it.
      </p>
      <p>Either of you can leave at any time. Then access to each other's writing ends at once, and you each keep what you wrote.</p>
      <ErrorAlert message={error} />
      <div className="actions">
        <Button onClick={() => void start()} busy={busy} busyLabel="Starting…">
          Start your couple space
        </Button>
      </div>
    </section>
  );
}

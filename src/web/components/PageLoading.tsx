import { useState, type ReactNode } from 'react';
import { errorMessage } from '../lib/errors.js';
import { Button } from './Button.js';
import { ErrorAlert, Loading } from './Status.js';

/**
 * A practice page before its data is in: its title, then a calm loading line — or, if the
 * load failed, what went wrong and a way to try again (VOICE.md: nothing is lost).
 */
export function PageLoading({
  head,
  error,
  reload,
  loadingLabel,
  keptNote = false,
  children,
}: {
  head: ReactNode;
  error: unknown;
  reload: () => Promise<unknown>;
  loadingLabel: string;
  /** Say that drafts are safe: for pages where the person writes. */
  keptNote?: boolean;
  children?: ReactNode;
}) {
  const [retrying, setRetrying] = useState(false);
  return (
    <div className="stack-lg">
      {head}
      {error ? (
        <div className="stack">
          <ErrorAlert message={errorMessage(error)} />
          {keptNote ? <p className="muted">Anything you wrote before is kept, on this device and with Mend.</p> : null}
          <div className="actions">
            <Button
              busy={retrying}
              busyLabel="Trying again…"
              onClick={() => {
                setRetrying(true);
                void reload().finally(() => setRetrying(false));
              }}
            >
              Try again
            </Button>
          </div>
        </div>
      ) : (
        <Loading label={loadingLabel} />
      )}
      {children}
    </div>
  );
}

import { QuickExitButton } from '../components/QuickExit.js';

/**
 * Shown if a page fails to render. It sits outside the session, so it can't rely on it;
 * it keeps a quick way out and a way back.
 */
export function RouteError() {
  return (
    <main id="main" className="main" tabIndex={-1}>
      <div className="stack-lg">
        <h1>Something went wrong on this page</h1>
        <p>Nothing you saved is lost. Reloading usually helps.</p>
        <div className="actions">
          <a className="btn btn-primary" href="/">
            Go to the start
          </a>
          <QuickExitButton />
        </div>
        <p>
          <a href="/safety">Safety and support</a>
        </p>
      </div>
    </main>
  );
}

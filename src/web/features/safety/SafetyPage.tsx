import { Link } from 'react-router';
import { useSession } from '../../app/session.js';
import { Fold } from '../../components/Fold.js';
import { CountryResources } from './CountryResources.js';
import './safety.css';

/** The browser's time zone, for a first guess at the country when nobody is signed in (nothing is sent anywhere). */
function browserZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The public Safety page: reachable signed in or not, with resources for the person's country and, signed in, the private check. */
export function SafetyPage() {
  const { status, me } = useSession();
  return (
    <div className="stack-lg">
      <div className="page-head">
        <h1>Safety and support</h1>
        <p className="lead">Your safety matters more than working on the relationship. This page is for you alone.</p>
      </div>

      {/* Help first, and never folded: someone in danger may have seconds. */}
      <section className="card warning" aria-labelledby="danger-heading">
        <h2 id="danger-heading">If you are in danger now</h2>
        <p>
          Call your local emergency number (for example 911 in the US, 999 in the UK, 112 in Europe). Mend is not an
          emergency service.
        </p>
      </section>

      <CountryResources timeZone={me?.user.timeZone ?? browserZone()} />

      <section className="card" aria-labelledby="quick-exit">
        <h2 id="quick-exit" tabIndex={-1}>
          How quick exit works
        </h2>
        <p>
          The <strong>Quick exit</strong> button at the top of every page, or <kbd>Esc</kbd> three times quickly, hides Mend at once, locks
          it here and opens a weather page. Coming back needs your password.
        </p>
        <p>What it can&rsquo;t do:</p>
        <ul>
          <li>Erase your browser history. Mend pages stay there unless you delete them, or use a private window.</li>
          <li>Protect you from monitoring software (spyware), or from someone who knows your password.</li>
        </ul>
        <p>If you think your device is watched, look for help from one you trust.</p>
      </section>

      {status === 'ready' ? (
        <section className="card stack" aria-labelledby="private-check-heading" data-testid="safety-check-link">
          <h2 id="private-check-heading">Your private safety check</h2>
          <p>
            A few questions about feeling safe, and what may help. Only you ever see your answers, or whether you took it. A quiet hold is
            turned on or off there too.
          </p>
          <p>
            <Link to="/safety/check">Take the private check</Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="more-heading" className="stack">
        <h2 id="more-heading">Is Mend safe for you?</h2>
        <p>Mend isn&rsquo;t advised where there is violence, threats or control.</p>
        <Fold summary="Why it can be unsafe" testId="safety-is-it-safe">
          <div id="is-it-safe" className="stack">
            <p>
              Mend is for couples where both partners choose, freely, to work on trust. Where there is violence, threats or control, shared
              tools and joint conversations can be used against you, and couples work can make things more dangerous.
            </p>
            <p>Trust what you feel. If you are afraid of how your partner will react to what you write here, that matters.</p>
          </div>
        </Fold>
        <Fold summary="Signs of coercive control" testId="safety-control-signs">
          <div id="control-signs" className="stack">
            <p>Coercive control is a pattern, not one bad day. It can look like a partner who:</p>
            <ul>
              <li>checks your phone, messages, location or spending, or demands your passwords</li>
              <li>decides who you can see, and cuts you off from friends or family</li>
              <li>controls money, or stops you working or studying</li>
              <li>threatens you, your children, your pets, or to hurt themselves, if you don't do what they want</li>
              <li>puts you down, humiliates you, or makes you doubt your own memory</li>
              <li>pressures or forces you into sex</li>
              <li>makes you feel you must watch everything you say or do</li>
              <li>pushes you to use apps like this one, or to share things you don't want to share</li>
            </ul>
            <p>If some of this sounds familiar, it isn't your fault, and you don't have to work it out alone.</p>
          </div>
        </Fold>
        <Fold summary="What you can do" testId="safety-what-to-do">
          <ul id="what-to-do">
            <li>Talk to a domestic abuse helpline. They're confidential, and you don't need to be sure it's abuse to call.</li>
            <li>If you see a couples therapist, ask to speak with them alone first.</li>
            <li>Use a device and accounts your partner can't get into when looking for help.</li>
            <li>You can stop using Mend at any time. Leaving a couple space ends access at once, without anyone's approval.</li>
          </ul>
        </Fold>
      </section>

      <p>
        {status === 'ready' ? <Link to="/today">Back to Today</Link> : <Link to="/">Back to the start</Link>}
      </p>
    </div>
  );
}

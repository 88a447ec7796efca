import { useId } from 'react';
import { Link } from 'react-router';

/**
 * The partner's keys differ from the pin (issue 14, item 5): said plainly, once, wherever
 * sharing could happen, with the one thing to do. Sharing stays paused meanwhile (the seal
 * gate refuses it), so the banner says so rather than leaving a button to fail.
 */
export function KeyChangedBanner({ name, headingLevel = 'h2' }: { name: string; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  const headingId = useId();
  return (
    <section className="warning stack key-changed" role="alert" aria-labelledby={headingId} data-testid="key-changed-banner">
      <Heading id={headingId}>{name}'s security key has changed</Heading>
      <p>
        This can happen for ordinary reasons, like {name} setting Mend up again. It could also mean someone is in the middle, so
        sharing with {name} is paused for now. Nothing you already shared has changed.
      </p>
      <p>
        When you can, <Link to="/couple#safety-code">compare your safety codes with {name}</Link>, in person or on a call. If
        they match, sharing starts again.
      </p>
    </section>
  );
}

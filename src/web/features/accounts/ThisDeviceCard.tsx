import { useState } from 'react';
import { Card } from '../../components/Card.js';
import { LiveStatus } from '../../components/Status.js';
import { NEUTRAL_TITLE, neutralTitleOn, setNeutralTitle } from '../../lib/neutral-title.js';

/** Preferences kept on this device only: for now, a tab title and icon that say nothing about Mend. */
export function ThisDeviceCard() {
  const [on, setOn] = useState(neutralTitleOn);
  const [status, setStatus] = useState('');
  return (
    <Card title="On this device" testId="this-device-card">
      <label className="choice">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => {
            setNeutralTitle(e.target.checked);
            setOn(e.target.checked);
            setStatus(e.target.checked ? `The tab now says “${NEUTRAL_TITLE}”.` : 'The tab says “Mend” again.');
          }}
        />
        <span>Show a plain tab title (“{NEUTRAL_TITLE}”) and icon instead of Mend’s</span>
      </label>
      <p className="muted small">
        For a glance over your shoulder at your browser tabs. It doesn’t hide Mend from your browser history; the quick exit and the safety
        page say more.
      </p>
      <LiveStatus>{status}</LiveStatus>
    </Card>
  );
}

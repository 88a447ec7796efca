import { parseContent } from '../../../shared/kinds.js';
import { useId } from 'react';
import type { ItemsClient, OpenItem } from '../../../shared/client/index.js';
import { Fold } from '../../components/Fold.js';
import { ReplyArea } from '../../components/ReplyForm.js';
import { localDateTime } from '../../lib/time.js';
import { ACK_PHRASES, categoryLabel, type SectionInfo } from './sections.js';
import { usePairedPartner, usePracticeContext } from '../../lib/practice-context.js';

interface PartnerSectionProps {
  info: SectionInfo;
  item: OpenItem;
  /** Acknowledgments this person already sent for it. */
  sent: OpenItem[];
  items: ItemsClient;
  onSent(): void;
}

/** One section the partner chose to share: their words as text, and an optional kind answer. */
export function PartnerSection({ info, item, sent, items, onSent }: PartnerSectionProps) {
  const { timeZone } = usePracticeContext();
  const partner = usePairedPartner();
  const uid = useId();
  const name = partner.displayName;
  const content = item.verified ? parseContent('reflection', item.content) : null;

  return (
    <section className="card reflection reflection-partner" data-testid={`partner-reflection-${info.section}`}>
      <div className="reflection-head">
        <h3 id={`${uid}-h`}>{info.title}</h3>
        <span className="muted small">
          <time dateTime={item.updatedAt}>{localDateTime(item.updatedAt, timeZone)}</time>
        </span>
      </div>
      {content ? (
        <>
          {content.category ? <p className="muted small">Closest to: {categoryLabel(content.category)}</p> : null}
          {content.text.trim() ? <div className="reflection-text">{content.text}</div> : <p className="muted">{name} saved this section without words yet.</p>}
          {/* The answer waits folded (nothing is asked of the reader); once sent, what was sent shows. */}
          <Fold summary={`Let ${name} know you read it`} open={sent.length > 0} testId={`reply-fold-${info.section}`}>
            <ReplyArea
              parent={item}
              sent={sent.filter((a) => parseContent('acknowledgment', a.content) !== null)}
              items={items}
              phrases={ACK_PHRASES}
              title={`If you'd like, let ${name} know you read this.`}
              hint="You don't have to reply."
              unverified={null}
              onSent={onSent}
            />
          </Fold>
        </>
      ) : (
        <p className="warning" role="note">
          We couldn't verify this came from {name}, so it isn't shown. If it keeps happening, compare your safety codes on the
          couple page.
        </p>
      )}
    </section>
  );
}

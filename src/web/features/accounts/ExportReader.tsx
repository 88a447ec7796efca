import { KIND_TITLES, type ExportDocument, type ReadableField } from '../../../core/export/index.js';
import type { ItemKind } from '../../../shared/kinds.js';
import { formatDateTime } from '../../lib/format.js';
import { presentExported } from './export-words.js';
import './accounts.css';

function Words({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((p, i) => (
        <p key={i} className="export-words">
          {p}
        </p>
      ))}
    </>
  );
}

function FieldText({ text }: { text: string | readonly string[] }) {
  if (typeof text === 'string') return <Words text={text} />;
  return (
    <ul>
      {text.map((t, i) => (
        <li key={i}>{t}</li>
      ))}
    </ul>
  );
}

function Fields({ fields }: { fields: readonly ReadableField[] }) {
  return (
    <>
      {fields.map((f, i) =>
        f.label === null ? (
          <FieldText key={i} text={f.text} />
        ) : (
          <dl key={i} className="export-field">
            <dt>{f.label}</dt>
            <dd>
              <FieldText text={f.text} />
            </dd>
          </dl>
        ),
      )}
    </>
  );
}

/** The writing in an opened export, shown on the page: each kind under its name, each piece in its words. */
export function ExportReader({ doc }: { doc: ExportDocument }) {
  const kinds = (Object.keys(KIND_TITLES) as ItemKind[]).filter((k) => doc.items.some((i) => i.kind === k));
  const zone = doc.account.timeZone;
  const partner = doc.partnerName ?? 'your partner';
  if (kinds.length === 0) return <p className="muted">There is no writing in this file.</p>;
  return (
    <div className="stack-lg" data-testid="export-reader">
      {kinds.map((kind) => (
        <section key={kind} className="stack" aria-labelledby={`export-${kind}`}>
          <h2 id={`export-${kind}`}>{KIND_TITLES[kind]}</h2>
          {doc.items
            .filter((i) => i.kind === kind)
            .map((item) => (
              <article key={item.id} className={`card stack export-item${item.writtenBy === 'partner' ? ' export-item-partner' : ''}`}>
                <p className="small muted">
                  <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, zone)}</time> ·{' '}
                  {item.writtenBy === 'you' ? (item.sharedWithPartner ? 'Written by you, shared' : 'Written by you, private') : `Written by ${partner}, shared with you`}
                </p>
                {item.content === null ? <p className="muted">{item.note}</p> : <Fields fields={presentExported(item, doc)} />}
              </article>
            ))}
        </section>
      ))}
    </div>
  );
}

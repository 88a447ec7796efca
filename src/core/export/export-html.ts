/**
 * The readable copy of an export: one self-contained page, no script and nothing loaded from
 * anywhere (its own Content-Security-Policy says so), every word escaped.
 */
import type { ExportDocument, ExportedItem } from './export.js';
import { KIND_TITLES } from './export.js';
import { plainPresenter, type ExportPresenter, type ReadableField } from './readable.js';
import { formatDateTime } from '../../shared/format.js';

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Words as paragraphs (a blank line starts a new one), every character escaped. */
function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Readable fields as HTML: the words alone as paragraphs, labelled ones as a definition list. */
function renderFields(fields: readonly ReadableField[]): string {
  const html = (text: string | readonly string[]) =>
    typeof text === 'string' ? paragraphs(text) : `<ul>${text.map((t) => `<li>${paragraphs(t)}</li>`).join('')}</ul>`;
  const out: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) out.push(`<dl>${list.join('')}</dl>`);
    list = [];
  };
  for (const f of fields) {
    if (f.label === null) {
      flush();
      out.push(html(f.text));
    } else list.push(`<dt>${esc(f.label)}</dt><dd>${html(f.text)}</dd>`);
  }
  flush();
  return out.join('');
}

/** How the page says what happened when: the web passes its own formatter (the person's locale). */
export interface ExportHtmlOptions {
  present?: ExportPresenter;
  when?: (iso: string, timeZone: string) => string;
}

/** The one date-and-time style (src/shared/format.ts), in the runtime's locale when none is passed. */
function longWhen(iso: string, timeZone: string): string {
  return formatDateTime(iso, timeZone) || iso;
}

function article(item: ExportedItem, doc: ExportDocument, present: ExportPresenter, when: (iso: string, timeZone: string) => string): string {
  const by = item.writtenBy === 'you' ? 'Written by you' : `Written by ${esc(doc.partnerName ?? 'your partner')}, shared with you`;
  const shared = item.writtenBy === 'you' ? (item.sharedWithPartner ? ' · shared with your partner' : ' · private') : '';
  const body = item.content === null ? `<p class="note">${esc(item.note ?? '')}</p>` : renderFields(present(item, doc)) || '<p class="note">(empty)</p>';
  return `<article class="${item.writtenBy}"><header>${esc(when(item.createdAt, doc.account.timeZone))} · ${by}${shared}</header>${body}</article>`;
}

function devicesSection(doc: ExportDocument, when: (iso: string, timeZone: string) => string): string {
  if (!doc.devices.length) return '';
  const rows = doc.devices
    .map((d) => `<li>${esc(d.device)} — signed in ${esc(when(d.signedInAt, doc.account.timeZone))}, last seen ${esc(when(d.lastSeenAt, doc.account.timeZone))}</li>`)
    .join('');
  return `<section><h2>Where you were signed in</h2><ul>${rows}</ul></section>`;
}

/** The readable HTML page for an export; `present` says each item in people's words. */
export function exportHtml(doc: ExportDocument, { present = plainPresenter, when = longWhen }: ExportHtmlOptions = {}): string {
  const kinds = (Object.keys(KIND_TITLES) as (keyof typeof KIND_TITLES)[]).filter((k) => doc.items.some((i) => i.kind === k));
  const sections = kinds
    .map((k) => `<section><h2>${esc(KIND_TITLES[k])}</h2>${doc.items.filter((i) => i.kind === k).map((i) => article(i, doc, present, when)).join('')}</section>`)
    .join('');
  const partnerNote = doc.includesPartnerWriting
    ? `<p>It includes what ${esc(doc.partnerName ?? 'your partner')} shared with you, marked as theirs.</p>`
    : '<p>It holds only what you wrote.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Your writing in Mend</title>
<style>
body{font:16px/1.55 system-ui,sans-serif;color:#2b2622;background:#faf7f2;max-width:46rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:1px solid #e4ddd3;padding-bottom:.3rem}
article{background:#fff;border:1px solid #e4ddd3;border-radius:12px;padding:1rem 1.25rem;margin:1rem 0}
article.partner{border-left:4px solid #7a8f86}header{color:#6b625a;font-size:.9rem;margin-bottom:.5rem}
dt{font-weight:600;margin-top:.6rem}dd{margin:0 0 0 1rem}.note{color:#6b625a;font-style:italic}
.warn{background:#fff4e5;border-radius:8px;padding:.75rem 1rem}
</style>
</head>
<body>
<h1>Your writing in Mend</h1>
<p>Exported for ${esc(doc.account.displayName)} on ${esc(when(doc.exportedAt, doc.account.timeZone))}.</p>
${partnerNote}
<p class="warn">This file is not encrypted: anyone who opens it can read every word. Keep it somewhere only you can reach.</p>
${sections || '<p>There is no writing to show yet.</p>'}
${devicesSection(doc, when)}
</body>
</html>
`;
}

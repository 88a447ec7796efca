/**
 * The readable copy of an export: one self-contained page, no script and nothing loaded from
 * anywhere (its own Content-Security-Policy says so), every word escaped.
 */
import type { ExportDocument, ExportedItem } from './export.js';
import { KIND_TITLES } from './export.js';

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** "whatHappened" / "what_happened" → "What happened"; "whatINeed" → "What I need". */
const label = (key: string): string => {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/\bi\b/g, 'I');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Any decrypted content as plain HTML: text as paragraphs, lists as lists, fields as a definition list. */
function render(value: unknown, depth = 0): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    return value
      .split(/\n{2,}/)
      .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
      .join('');
  }
  if (typeof value === 'number' || typeof value === 'boolean') return `<p>${esc(String(value))}</p>`;
  if (depth > 8) return '';
  if (Array.isArray(value)) {
    const parts = value.map((v) => render(v, depth + 1)).filter(Boolean);
    return parts.length ? `<ul>${parts.map((p) => `<li>${p}</li>`).join('')}</ul>` : '';
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    // A lone field ({ text: "…" }) needs no label.
    if (entries.length === 1) return render(entries[0]![1], depth + 1);
    const rows = entries
      .map(([k, v]) => [k, render(v, depth + 1)] as const)
      .filter(([, html]) => html !== '');
    return rows.length ? `<dl>${rows.map(([k, html]) => `<dt>${esc(label(k))}</dt><dd>${html}</dd>`).join('')}</dl>` : '';
  }
  return '';
}

function when(iso: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
  } catch {
    return iso;
  }
}

function article(item: ExportedItem, doc: ExportDocument): string {
  const by = item.writtenBy === 'you' ? 'Written by you' : `Written by ${esc(doc.partnerName ?? 'your partner')}, shared with you`;
  const shared = item.writtenBy === 'you' ? (item.sharedWithPartner ? ' · shared with your partner' : ' · private') : '';
  const body = item.content === null ? `<p class="note">${esc(item.note ?? '')}</p>` : render(item.content) || '<p class="note">(empty)</p>';
  return `<article class="${item.writtenBy}"><header>${esc(when(item.createdAt, doc.account.timeZone))} · ${by}${shared}</header>${body}</article>`;
}

function devicesSection(doc: ExportDocument): string {
  if (!doc.devices.length) return '';
  const rows = doc.devices
    .map((d) => `<li>${esc(d.device)} — signed in ${esc(when(d.signedInAt, doc.account.timeZone))}, last seen ${esc(when(d.lastSeenAt, doc.account.timeZone))}</li>`)
    .join('');
  return `<section><h2>Where you were signed in</h2><ul>${rows}</ul></section>`;
}

/** The readable HTML page for an export. */
export function exportHtml(doc: ExportDocument): string {
  const kinds = (Object.keys(KIND_TITLES) as (keyof typeof KIND_TITLES)[]).filter((k) => doc.items.some((i) => i.kind === k));
  const sections = kinds
    .map((k) => `<section><h2>${esc(KIND_TITLES[k])}</h2>${doc.items.filter((i) => i.kind === k).map((i) => article(i, doc)).join('')}</section>`)
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
${devicesSection(doc)}
</body>
</html>
`;
}

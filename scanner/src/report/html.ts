import type { PhaseCounts, ScanResult } from '../types.js';
import { summaryLine } from './markdown.js';

const esc = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const cell = (c: PhaseCounts) => (c.requests || c.cookies ? `${c.requests} req<br>${c.cookies} cookies` : '<span class="none">–</span>');
const pathOf = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

const CSS = `body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:24px;color:#1b1b1b}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.25rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f4f4f4}.none{color:#999}.sev{font-weight:600;border-radius:4px;padding:0 6px}
.error{background:#fde2e1;color:#8a1c14}.warn{background:#fff1cc;color:#6b4a00}.info{background:#e6f0ff;color:#123d7a}
.summary{display:flex;gap:12px;flex-wrap:wrap;margin:1rem 0}.summary div{border:1px solid #ddd;border-radius:8px;padding:8px 14px}
.summary b{display:block;font-size:1.6rem}code,pre{font:13px ui-monospace,monospace;background:#f6f6f6;padding:1px 4px;border-radius:3px}
pre{padding:8px;white-space:pre-wrap;word-break:break-all}img.shot{max-width:100%;border:1px solid #ccc;margin:.5rem 0}
details{margin:.5rem 0}summary{cursor:pointer}td code{white-space:nowrap}`;

/**
 * report.html: one self-contained file (styles and screenshots inline), summary first, then
 * findings, vendors, unknown third parties, and each page with its banner screenshot.
 * @param shots base64 JPEG of the banner by page URL
 */
export function htmlReport(r: ScanResult, shots: Map<string, string>): string {
  const n = (s: string) => r.findings.filter((f) => f.severity === s).length;
  const h: string[] = [];
  h.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>tamis-scan: ${esc(r.url)}</title><style>${CSS}</style></head><body>`);
  h.push(`<h1>tamis-scan: ${esc(r.url)}</h1><p>${esc(summaryLine(r))}</p>`);
  h.push('<div class="summary">');
  h.push(`<div><b>${n('error')}</b>errors</div><div><b>${n('warn')}</b>warnings</div><div><b>${r.vendors.length}</b>vendors</div><div><b>${r.unknown.length}</b>unknown third parties</div><div><b>${r.pages.length}</b>pages</div>`);
  h.push(`<div><b>${r.vendors.filter((v) => v.before.requests + v.before.cookies > 0).length}</b>vendors active before consent</div></div>`);
  h.push('<p>Each page was loaded three times in a fresh browser: <strong>before</strong> any choice (no click, no scroll), after <strong>Reject</strong> (then reloaded, then one more page opened), and after <strong>Accept</strong>. Next step: copy <code>tamis.config.json</code> into <code>window.tamisConfig</code>.</p>');

  h.push('<h2>Findings</h2>');
  if (!r.findings.length) h.push('<p>None.</p>');
  else {
    h.push('<table><tr><th>Severity</th><th>Rule</th><th>Page</th><th>Who</th><th>Detail and fix</th></tr>');
    for (const f of r.findings)
      h.push(`<tr><td><span class="sev ${f.severity}">${f.severity}</span></td><td><code>${esc(f.rule)}</code></td><td>${esc(pathOf(f.page))}</td><td>${esc(f.vendor ?? f.domain ?? '')}</td><td>${esc(f.detail)}<br><b>Fix:</b> ${f.fix.includes('<') ? `<pre>${esc(f.fix)}</pre>` : esc(f.fix)}</td></tr>`);
    h.push('</table>');
  }

  h.push('<h2>Vendors</h2><table><tr><th>Vendor</th><th>Purpose</th><th>Before consent</th><th>After Reject</th><th>After Accept</th><th>Loaded by</th><th>Cookies and storage</th></tr>');
  for (const v of r.vendors)
    h.push(`<tr><td>${esc(v.name)}<br><code>${esc(v.id)}</code>${v.source === 'catalog' ? '' : ` <small>(${esc(v.source)})</small>`}</td><td>${esc(v.purpose)}</td><td>${cell(v.before)}</td><td>${cell(v.reject)}</td><td>${cell(v.accept)}</td><td>${esc(v.loadedBy.join('; '))}</td><td>${esc([...v.cookies, ...v.storage].join(', '))}</td></tr>`);
  if (!r.vendors.length) h.push('<tr><td colspan="7">No vendor found.</td></tr>');
  h.push('</table>');

  if (r.unknown.length) {
    h.push('<h2>Unknown third parties</h2><table><tr><th>Domain</th><th>Before consent</th><th>After Reject</th><th>After Accept</th><th>Hosts</th><th>Loaded by</th><th>Cookies and storage</th></tr>');
    for (const u of r.unknown)
      h.push(`<tr><td>${esc(u.domain)}</td><td>${cell(u.before)}</td><td>${cell(u.reject)}</td><td>${cell(u.accept)}</td><td>${esc(u.hosts.join(', '))}</td><td>${esc(u.loadedBy.join('; '))}</td><td>${esc([...u.cookies, ...u.storage].join(', '))}</td></tr>`);
    h.push('</table>');
  }

  h.push('<h2>Pages</h2>');
  for (const p of r.pages) {
    h.push(`<h3>${esc(pathOf(p.url))} <small><code>${esc(p.template)}</code> · ${esc(p.consent)}</small></h3><table><tr><th>Phase</th><th>Requests</th><th>Cookies</th><th>Storage keys</th><th>Banner answered</th></tr>`);
    for (const k of ['before', 'reject', 'accept'] as const) {
      const x = p.phases[k];
      h.push(`<tr><td>${k}</td><td>${x.requests}</td><td>${x.cookies}</td><td>${x.storage}</td><td>${k === 'before' ? '—' : x.clicked ? 'yes' : 'no'}${x.error ? ` — error: ${esc(x.error)}` : ''}</td></tr>`);
    }
    h.push('</table>');
    const shot = shots.get(p.url);
    if (shot) h.push(`<details open><summary>Banner before the click</summary><img class="shot" alt="The page with its consent banner" src="data:image/jpeg;base64,${shot}"></details>`);
    const pf = r.findings.filter((f) => f.page === p.url);
    if (pf.length) h.push(`<p>${pf.length} finding${pf.length === 1 ? '' : 's'} on this page (see above).</p>`);
  }

  h.push('<h2>Cookies</h2><table><tr><th>Name</th><th>Domain</th><th>Party</th><th>Lifetime</th><th>Owner</th><th>Phases</th></tr>');
  for (const c of r.cookies)
    h.push(`<tr><td><code>${esc(c.name)}</code></td><td>${esc(c.domain)}</td><td>${c.thirdParty ? 'third' : 'first'}</td><td>${c.lifetimeDays === null ? 'session' : `${c.lifetimeDays} days`}</td><td>${esc(c.vendor ?? '—')}</td><td>${esc(c.phases.join(', '))}</td></tr>`);
  h.push('</table><h2>Storage keys</h2><table><tr><th>Key</th><th>Area</th><th>Origin</th><th>Owner</th><th>Phases</th></tr>');
  for (const s of r.storage) h.push(`<tr><td><code>${esc(s.key)}</code></td><td>${esc(s.area)}</td><td>${esc(s.origin)}</td><td>${esc(s.vendor ?? '—')}</td><td>${esc(s.phases.join(', '))}</td></tr>`);
  h.push('</table>');
  if (r.skipped.length) h.push(`<details><summary>${r.skipped.length} URLs found but not scanned</summary><ul>${r.skipped.map((s) => `<li>${esc(s.url)} — ${esc(s.reason)}</li>`).join('')}</ul></details>`);
  h.push(`<p><small>tamis-scan ${esc(r.tool.version)}, ${esc(r.tool.browser)}, ${esc(r.startedAt)}, ${(r.durationMs / 1000).toFixed(1)} s. Cookie values are never recorded. Cookie names are also matched against the Open Cookie Database (Apache-2.0).</small></p></body></html>`);
  return h.join('\n');
}

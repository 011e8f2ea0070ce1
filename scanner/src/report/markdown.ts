import type { Finding, PhaseCounts, ScanResult } from '../types.js';

const cell = (c: PhaseCounts) => (c.requests || c.cookies ? `${c.requests} req · ${c.cookies} cookies` : '–');
const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const pathOf = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};
const MAX_FINDINGS = 60; // a pull-request comment holds 65,536 characters

export function summaryLine(r: ScanResult): string {
  const n = (s: Finding['severity']) => r.findings.filter((f) => f.severity === s).length;
  return `${n('error')} errors · ${n('warn')} warnings · ${n('info')} notes — ${r.pages.length} pages × 3 phases, consent tool: ${r.consentTool}`;
}

/** report.md: short enough for a pull-request comment or $GITHUB_STEP_SUMMARY. */
export function markdownReport(r: ScanResult): string {
  const out: string[] = [];
  out.push(`## tamis-scan: ${r.url}`, '', `**${summaryLine(r)}**`, '');
  out.push('### Vendors', '', '| Vendor | Purpose | Before consent | After Reject | After Accept |', '| --- | --- | --- | --- | --- |');
  for (const v of r.vendors) out.push(`| ${esc(v.name)} (\`${v.id}\`${v.source === 'catalog' ? '' : `, ${v.source}`}) | ${v.purpose} | ${cell(v.before)} | ${cell(v.reject)} | ${cell(v.accept)} |`);
  if (!r.vendors.length) out.push('| none found | | | | |');
  if (r.unknown.length) {
    out.push('', '### Unknown third parties', '', '| Domain | Before consent | After Reject | After Accept | Hosts |', '| --- | --- | --- | --- | --- |');
    for (const u of r.unknown) out.push(`| ${esc(u.domain)} | ${cell(u.before)} | ${cell(u.reject)} | ${cell(u.accept)} | ${esc(u.hosts.slice(0, 4).join(', '))} |`);
  }
  out.push('', '### Findings', '');
  if (!r.findings.length) out.push('None.');
  for (const f of r.findings.slice(0, MAX_FINDINGS)) {
    const who = f.vendor ? ` \`${f.vendor}\`` : f.domain ? ` ${f.domain}` : '';
    out.push(`- **${f.severity}** \`${f.rule}\`${who} on \`${pathOf(f.page)}\`: ${f.detail}`, `  - Fix: ${f.fix.includes('<') ? '`' + f.fix.replace(/`/g, "'") + '`' : f.fix}`);
  }
  if (r.findings.length > MAX_FINDINGS) out.push(`- … and ${r.findings.length - MAX_FINDINGS} more in report.html and scan.json`);
  out.push('', '### Pages', '', '| Page | Template | Before | After Reject | After Accept |', '| --- | --- | --- | --- | --- |');
  for (const p of r.pages) {
    const ph = (k: 'before' | 'reject' | 'accept') => {
      const x = p.phases[k];
      if (x.error) return `error: ${esc(x.error)}`;
      if (k !== 'before' && !x.clicked) return 'no banner answered';
      return `${x.requests} req · ${x.cookies} cookies`;
    };
    out.push(`| \`${pathOf(p.url)}\` | \`${p.template}\` | ${ph('before')} | ${ph('reject')} | ${ph('accept')} |`);
  }
  out.push('', `<sub>tamis-scan ${r.tool.version}, ${r.tool.browser}, ${r.startedAt}. Next step: copy tamis.config.json into window.tamisConfig (README "Which vendors does my site use?").</sub>`, '');
  return out.join('\n');
}

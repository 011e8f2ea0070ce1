import { createHash } from 'node:crypto';
import type { Finding, RuleId, ScanResult } from '../types.js';

/** What each rule checks, for the SARIF rule index (code-scanning shows it next to each alert). */
export const RULES: Record<RuleId, string> = {
  'tracker-before-consent': 'A vendor that needs consent sent requests before the visitor chose.',
  'cookie-before-consent': 'A cookie that needs consent was written before the visitor chose.',
  'tracker-after-reject': 'A vendor that needs consent ran or wrote a cookie after the visitor clicked Reject.',
  'undeclared-vendor': "A catalog vendor loads on the page but the page's tamis config does not list it.",
  'static-tag-needs-markup': 'A vendor tag in the HTML was fetched before consent; the declarative markup prevents it.',
  'unknown-third-party': "A third party tamis's catalog cannot name.",
  'consent-cookie-too-long': 'The consent record is kept more than 13 months.',
  'no-reject-on-first-layer': 'The banner offers no Reject button on its first layer.',
};

const LEVEL = { error: 'error', warn: 'warning', info: 'note' } as const;

/**
 * Where a finding is, as a repository-relative path: code scanning rejects results whose location
 * is a URL ("unrecognized SARIF location URI scheme"), so `https://shop.example/cart?x=1` becomes
 * `shop.example/cart` and the URL is kept in `properties.url`.
 */
export function sitePath(url: string): string {
  const u = new URL(url);
  let path = u.pathname.endsWith('/') ? u.pathname + 'index' : u.pathname;
  path = path.replace(/[^A-Za-z0-9._~\-/]/g, '_');
  return `${u.hostname}${u.port ? '_' + u.port : ''}${path}`;
}

function fingerprint(f: Finding): string {
  return createHash('sha256').update([f.rule, f.vendor ?? f.domain ?? '', sitePath(f.page)].join('|')).digest('hex').slice(0, 32);
}

/** report.sarif (SARIF 2.1.0) for GitHub code scanning and other CI dashboards. */
export function sarifReport(r: ScanResult): object {
  const ids = Object.keys(RULES) as RuleId[];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tamis-scan',
            version: r.tool.version,
            rules: ids.map((id) => ({ id, name: id, shortDescription: { text: RULES[id] } })),
          },
        },
        results: r.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: ids.indexOf(f.rule),
          level: LEVEL[f.severity],
          message: { text: `${f.detail} Fix: ${f.fix}` },
          locations: [{ physicalLocation: { artifactLocation: { uri: sitePath(f.page) }, region: { startLine: 1 } } }],
          partialFingerprints: { tamisScanFinding: fingerprint(f) },
          properties: { url: f.page, ...(f.vendor ? { vendor: f.vendor } : {}), ...(f.domain ? { domain: f.domain } : {}), fix: f.fix },
        })),
        properties: { url: r.url, consentTool: r.consentTool },
      },
    ],
  };
}

import type { ScanResult, Severity } from '../types.js';
import { RULES } from './sarif.js';

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
const RANK: Record<Severity | 'none', number> = { error: 3, warn: 2, info: 1, none: 99 };

/**
 * junit.xml: a test suite per page, a test case per rule. A case fails when the page has a finding
 * of that rule at or above `failOn` (the same line as the exit code); lower ones go to system-out.
 */
export function junitReport(r: ScanResult, failOn: Severity | 'none'): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const p of r.pages) {
    const cases: string[] = [];
    let pageFailures = 0;
    for (const rule of Object.keys(RULES)) {
      const found = r.findings.filter((f) => f.rule === rule && f.page === p.url);
      const failing = found.filter((f) => RANK[f.severity] >= RANK[failOn]);
      const body = failing.length
        ? `<failure message="${xml(`${failing.length} finding(s): ${failing[0].detail}`)}" type="${rule}">${xml(failing.map((f) => `[${f.severity}] ${f.detail}\nFix: ${f.fix}`).join('\n\n'))}</failure>`
        : found.length
          ? `<system-out>${xml(found.map((f) => `[${f.severity}] ${f.detail}\nFix: ${f.fix}`).join('\n\n'))}</system-out>`
          : '';
      if (failing.length) pageFailures++;
      cases.push(`    <testcase classname="${xml(new URL(p.url).pathname)}" name="${rule}">${body}</testcase>`);
    }
    tests += cases.length;
    failures += pageFailures;
    suites.push(`  <testsuite name="${xml(p.url)}" tests="${cases.length}" failures="${pageFailures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tamis-scan ${xml(r.url)}" tests="${tests}" failures="${failures}" errors="0" time="${(r.durationMs / 1000).toFixed(1)}">\n${suites.join('\n')}\n</testsuites>\n`;
}

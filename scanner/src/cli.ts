import { HELP, parseOptions, UsageError, type ScanOptions } from './args.js';
import { scan, type ScanHooks } from './scan.js';
import { writeReports } from './report/write.js';
import { ScanError } from './scan-error.js';
import { VERSION } from './version.js';
import type { Finding } from './types.js';

const RANK = { error: 3, warn: 2, info: 1, none: 99 } as const;

/** Exit code 1 when a finding is at or above `--fail-on`, else 0. */
export function exitCodeFor(findings: Finding[], failOn: ScanOptions['failOn']): 0 | 1 {
  return findings.some((f) => RANK[f.severity] >= RANK[failOn]) ? 1 : 0;
}

/**
 * Runs the command line: scans, writes the reports, prints a summary.
 * @returns the exit code: 0 nothing at or above --fail-on, 1 findings, 2 the scan failed
 */
export async function main(argv: string[], hooks: ScanHooks = {}): Promise<number> {
  let options: ScanOptions;
  try {
    const parsed = parseOptions(argv);
    if (parsed === 'help') return void console.log(HELP), 0;
    if (parsed === 'version') return void console.log(VERSION), 0;
    options = parsed;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`tamis-scan: ${error.message}`);
      return 2;
    }
    throw error;
  }
  try {
    const { result, visits } = await scan(options, hooks);
    const files = await writeReports(result, visits, options);
    const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
    if (!options.quiet) {
      console.error(
        `tamis-scan: ${result.pages.length} pages, ${result.vendors.length} vendors, ${result.unknown.length} unknown third parties; ` +
          `${count('error')} errors, ${count('warn')} warnings, ${count('info')} notes (${(result.durationMs / 1000).toFixed(1)} s)`,
      );
      console.error(`tamis-scan: wrote ${files.join(', ')}`);
    }
    return exitCodeFor(result.findings, options.failOn);
  } catch (error) {
    const message = error instanceof ScanError ? error.message : `unexpected failure: ${(error as Error).stack ?? error}`;
    console.error(`tamis-scan: ${message}`);
    return 2;
  }
}

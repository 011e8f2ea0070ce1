import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import type { Severity } from './types.js';

/** Everything a scan needs to know, after validation. */
export interface ScanOptions {
  url: string;
  maxPages: number;
  depth: number;
  out: string;
  formats: Array<'sarif' | 'junit'>;
  failOn: Severity | 'none';
  /** Whole-scan limit in ms: past it the scan stops with exit code 2. */
  timeoutMs: number;
  /** Per navigation limit in ms ("a page that never settles"). */
  pageTimeoutMs: number;
  acceptSelector?: string;
  rejectSelector?: string;
  concurrency: number;
  chromium?: string;
  /** Other hosts that count as first party (own CDN, sister domains). */
  firstParty: string[];
  quiet: boolean;
}

export const HELP = `Usage: tamis-scan <url> [options]

Crawls a site in Chromium and shows what each page loads before consent, after Reject and
after Accept; writes scan.json, report.html, report.md and a starting tamis.config.json.

Options:
  --max-pages <n>          pages to scan, one per path template (default 20)
  --depth <n>              link depth from the start URL (default 2)
  --out <dir>              output folder (default tamis-scan-report)
  --format <sarif|junit>   also write report.sarif / junit.xml (repeat or comma-separate)
  --fail-on <level>        exit 1 on findings at or above error|warn|info, or none (default error)
  --timeout <seconds>      stop the whole scan after this long, exit 2 (default 300)
  --page-timeout <seconds> a page that does not load within this is an error (default 30)
  --accept-selector <css>  the Accept button, when neither tamis nor a known consent tool runs
  --reject-selector <css>  the Reject button, likewise
  --first-party <host>     another host of the site (own CDN); repeatable
  --concurrency <n>        browser contexts in parallel (default: CPU cores)
  --chromium <path>        Chromium or Chrome to drive (default: CHROME_PATH, /usr/bin/chromium…)
  --quiet                  no progress output
  -h, --help               this help
  -v, --version            print the version

Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 the scan itself failed.`;

/** A bad command line: the message names what is wrong, in one line. */
export class UsageError extends Error {}

const LEVELS = ['error', 'warn', 'info', 'none'] as const;

function integer(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  return n;
}

/**
 * Parses and validates argv (without node and the script).
 * @returns the options, or `'help'` / `'version'`
 * @throws UsageError with a one-line reason
 */
export function parseOptions(argv: string[]): ScanOptions | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'max-pages': { type: 'string' },
        depth: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string', multiple: true },
        'fail-on': { type: 'string' },
        timeout: { type: 'string' },
        'page-timeout': { type: 'string' },
        'accept-selector': { type: 'string' },
        'reject-selector': { type: 'string' },
        'first-party': { type: 'string', multiple: true },
        concurrency: { type: 'string' },
        chromium: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return 'help';
  if (v.version) return 'version';
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `one URL expected, got ${positionals.length}: ${positionals.join(' ')}` : 'a URL to scan is required (tamis-scan <url>)');
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:/i.test(positionals[0]) ? positionals[0] : 'https://' + positionals[0]);
  } catch {
    throw new UsageError(`"${positionals[0]}" is not a URL`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new UsageError(`only http and https URLs can be scanned, got ${url.protocol}`);
  const formats = (v.format ?? []).flatMap((f) => f.split(',')).map((f) => f.trim()).filter(Boolean);
  for (const f of formats) if (f !== 'sarif' && f !== 'junit') throw new UsageError(`--format must be sarif or junit, got "${f}"`);
  const failOn = v['fail-on'] ?? 'error';
  if (!(LEVELS as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on must be one of ${LEVELS.join(', ')}, got "${failOn}"`);
  for (const name of ['accept-selector', 'reject-selector'] as const) {
    if (v[name] !== undefined && !v[name]!.trim()) throw new UsageError(`--${name} is empty`);
  }
  return {
    url: url.href,
    maxPages: integer('max-pages', v['max-pages'], 20, 1, 1000),
    depth: integer('depth', v.depth, 2, 0, 10),
    out: v.out ?? 'tamis-scan-report',
    formats: [...new Set(formats)] as ScanOptions['formats'],
    failOn: failOn as ScanOptions['failOn'],
    timeoutMs: integer('timeout', v.timeout, 300, 5, 86400) * 1000,
    pageTimeoutMs: integer('page-timeout', v['page-timeout'], 30, 2, 600) * 1000,
    acceptSelector: v['accept-selector'],
    rejectSelector: v['reject-selector'],
    concurrency: integer('concurrency', v.concurrency, Math.min(availableParallelism(), 4), 1, 16),
    chromium: v.chromium,
    firstParty: v['first-party'] ?? [],
    quiet: v.quiet ?? false,
  };
}

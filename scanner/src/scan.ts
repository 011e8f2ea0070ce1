import type { Browser, BrowserContext } from 'playwright-core';
import type { ScanOptions } from './args.js';
import { desktopUserAgent, FETCH_USER_AGENT, launchBrowser } from './browser.js';
import { discover } from './discover.js';
import { Party } from './site.js';
import { Classifier } from './classify.js';
import { analyse } from './analyse.js';
import { pool } from './pool.js';
import { Progress } from './progress.js';
import { runVisit } from './visit.js';
import { ScanError } from './scan-error.js';
import { VERSION } from './version.js';
import { PHASES, type PageSummary, type Phase, type ScanResult, type Visit } from './types.js';

/** Programmatic hooks (tests answer vendor hosts with fakes through `onContext`). */
export interface ScanHooks {
  onContext?: (context: BrowserContext) => Promise<unknown>;
}

export interface ScanOutput {
  result: ScanResult;
  visits: Visit[];
}

export const SCHEMA_ID = 'https://github.com/tamis/tamis/schema/tamis-scan.v1.schema.json';

function pathOf(url: string): string {
  const u = new URL(url);
  return u.pathname + u.search;
}

/** The consent tool the site runs: the one that answered most Reject clicks. */
function siteConsentTool(visits: Visit[]): string {
  const tally = new Map<string, number>();
  for (const v of visits) if (v.consent.name !== 'none') tally.set(v.consent.name, (tally.get(v.consent.name) ?? 0) + (v.consent.clicked ? 10 : 1));
  return [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'none';
}

/**
 * Scans a site: plans the crawl, visits every planned page in the three phases (fresh context each,
 * `concurrency` at a time), and analyses what was recorded.
 * @throws ScanError when the scan itself cannot be done (bad start URL, no browser, --timeout)
 */
export async function scan(options: ScanOptions, hooks: ScanHooks = {}): Promise<ScanOutput> {
  const started = Date.now();
  let browser: Browser | undefined;
  let timer: NodeJS.Timeout | undefined;
  const abort = new AbortController();
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // The browser is closed a moment later (finally, below): closing it while Playwright is still
      // creating an object (a page binding, a route) throws inside Playwright, out of our reach.
      abort.abort();
      reject(new ScanError(`the scan did not finish within --timeout ${options.timeoutMs / 1000} s (use a larger --timeout or fewer --max-pages)`));
    }, options.timeoutMs);
  });
  deadline.catch(() => {});
  const work = async (): Promise<ScanOutput> => {
    // Bad input is found before Chromium starts: the answer comes in a fraction of a second.
    const plan = await discover(options.url, { ...options, userAgent: FETCH_USER_AGENT, signal: abort.signal });
    browser = await launchBrowser(options.chromium);
    const userAgent = desktopUserAgent(browser);
    const party = new Party(plan.start, options.firstParty);
    const classifier = new Classifier(party);
    const tasks = PHASES.flatMap((phase) =>
      plan.pages.map((p, i) => ({ phase, url: p.url, next: plan.pages[(i + 1) % plan.pages.length].url })),
    );
    // The start page first in every phase: a site that cannot be visited at all fails fast.
    const progress = new Progress(plan.pages.length, tasks.length, options.quiet);
    progress.note(`tamis-scan: ${plan.pages.length} page${plan.pages.length === 1 ? '' : 's'} × 3 phases of ${plan.start} (${options.concurrency} in parallel)`);
    const env = { browser, userAgent, party, pageTimeoutMs: options.pageTimeoutMs, acceptSelector: options.acceptSelector, rejectSelector: options.rejectSelector, onContext: hooks.onContext };
    const visits = await pool(tasks, options.concurrency, abort.signal, async (t) => {
      const v = await runVisit(t.url, t.phase, t.next, env);
      progress.tick(t.phase, pathOf(t.url), v.durationMs, v.error);
      return v;
    });
    progress.end();
    const startVisit = visits.find((v) => v.page === plan.start && v.phase === 'before');
    if (startVisit?.error) throw new ScanError(startVisit.error);

    const pages: PageSummary[] = plan.pages.map((p) => {
      const mine = visits.filter((v) => v.page === p.url);
      const byPhase = Object.fromEntries(
        PHASES.map((phase) => {
          const v = mine.find((x) => x.phase === phase)!;
          const counted = (after: boolean) => phase !== 'reject' || after;
          return [
            phase,
            {
              requests: v.requests.filter((r) => counted(r.afterClick)).length,
              cookies: v.cookies.filter((c) => counted(c.afterClick)).length,
              storage: v.storage.filter((s) => counted(s.afterClick)).length,
              clicked: v.consent.clicked,
              ...(v.error ? { error: v.error } : {}),
            },
          ];
        }),
      ) as PageSummary['phases'];
      return { url: p.url, template: p.template, finalUrl: mine[0]?.finalUrl ?? p.url, consent: siteConsentTool(mine), phases: byPhase };
    });
    const analysis = analyse(visits, classifier);
    const result: ScanResult = {
      $schema: SCHEMA_ID,
      schemaVersion: 1,
      tool: { name: 'tamis-scan', version: VERSION, browser: `Chromium ${browser.version()}` },
      url: plan.start,
      startedAt: new Date(started).toISOString(),
      durationMs: 0,
      consentTool: siteConsentTool(visits),
      pages,
      ...analysis,
      skipped: plan.skipped,
    };
    result.durationMs = Date.now() - started;
    return { result, visits };
  };
  try {
    return await Promise.race([work(), deadline]);
  } finally {
    clearTimeout(timer);
    if (!abort.signal.aborted) await browser?.close().catch(() => {});
    else {
      // Timed out: visits still under way stop at their next step once the browser goes. The CLI
      // exits before this fires (its process ends the browser); a program keeps going.
      const b = browser;
      setTimeout(() => void b?.close().catch(() => {}), 1000).unref();
    }
  }
}

export type { Phase };

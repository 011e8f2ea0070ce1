import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Recorder, settle } from './recorder.js';
import { Autoconsent } from './consent/autoconsent.js';
import { decideWithTamis, readTamis, waitForTamisBanner } from './consent/tamis.js';
import { hasVisibleReject } from './consent/first-layer.js';
import type { Party } from './site.js';
import type { ConsentTool, CookieRecord, Phase, StorageRecord, Visit } from './types.js';

/** What a visit needs from the scan. */
export interface VisitEnv {
  browser: Browser;
  userAgent: string;
  party: Party;
  pageTimeoutMs: number;
  acceptSelector?: string;
  rejectSelector?: string;
  /** Called on each new context before any page opens (tests answer vendor hosts with fakes here). */
  onContext?: (context: BrowserContext) => Promise<unknown>;
}

// How long a banner may take to show after the page settled (a lazily loaded consent UI), and how
// long autoconsent may look for a consent platform (its retries wait for DOM mutations).
const BANNER_WAIT_MS = 5000;
const DETECT_WAIT_MS = 4000;

/** One line for a navigation failure. */
function navigationError(url: string, error: Error, timeoutMs: number): string {
  const m = error.message.split('\n')[0];
  if (error.name === 'TimeoutError' || /Timeout \d+ms exceeded/.test(m)) return `${url} never finished loading within ${timeoutMs / 1000} s`;
  const net = /net::(ERR_[A-Z_]+)/.exec(m)?.[1];
  return `${url} failed to load (${net ?? m})`;
}

type Jar = Map<string, string>;
const key = (c: { name: string; domain: string; path: string }) => `${c.name}\u0000${c.domain}\u0000${c.path}`;

async function jar(context: BrowserContext): Promise<Jar> {
  return new Map((await context.cookies()).map((c) => [key(c), c.value]));
}

/** localStorage and sessionStorage keys of every frame, by frame origin. */
async function storageKeys(page: Page): Promise<Array<Omit<StorageRecord, 'afterClick'>>> {
  const all = await Promise.all(
    page.frames().map((f) =>
      f
        .evaluate(() => {
          const keys = (s: Storage) => Array.from({ length: s.length }, (_, i) => s.key(i) ?? '');
          try {
            return { origin: location.origin, local: keys(localStorage), session: keys(sessionStorage) };
          } catch {
            return null; // storage denied (sandboxed frame)
          }
        })
        .catch(() => null),
    ),
  );
  const out: Array<Omit<StorageRecord, 'afterClick'>> = [];
  for (const s of all) {
    if (!s || s.origin === 'null') continue;
    for (const k of s.local) out.push({ area: 'localStorage', origin: s.origin, key: k });
    for (const k of s.session) out.push({ area: 'sessionStorage', origin: s.origin, key: k });
  }
  return out;
}

async function photograph(page: Page): Promise<string | undefined> {
  const shot = await page.screenshot({ type: 'jpeg', quality: 55, timeout: 10000 }).catch(() => undefined);
  return shot?.toString('base64');
}

/**
 * Answers the banner: through tamis when the page runs it, else autoconsent's rules for the consent
 * platform it runs, else the selectors given. Sets `recorder.afterClick` right before the click.
 */
async function decide(page: Page, phase: Exclude<Phase, 'before'>, env: VisitEnv, recorder: Recorder, auto: Autoconsent, visit: Visit): Promise<ConsentTool> {
  const accept = phase === 'accept';
  const checkFirstLayer = async (scope?: string) => (phase === 'reject' ? hasVisibleReject(page, scope) : null);
  if (visit.tamis) {
    const shown = await waitForTamisBanner(page, BANNER_WAIT_MS);
    if (phase === 'reject' && shown) visit.screenshot = await photograph(page);
    const rejectOnFirstLayer = shown ? await checkFirstLayer('tamis-banner') : null;
    recorder.afterClick = true;
    await decideWithTamis(page, accept, shown);
    return { name: 'tamis', via: 'tamis', clicked: true, rejectOnFirstLayer };
  }
  await auto.start(page);
  const popup = await auto.waitForPopup(DETECT_WAIT_MS);
  let rejectOnFirstLayer: boolean | null = null;
  if (popup) {
    if (phase === 'reject') visit.screenshot = await photograph(page);
    rejectOnFirstLayer = await checkFirstLayer();
    recorder.afterClick = true;
    if (await auto.answer(popup.frame, accept, 15000)) return { name: popup.cmp, via: 'autoconsent', clicked: true, rejectOnFirstLayer };
    recorder.afterClick = false;
  }
  const selector = accept ? env.acceptSelector : env.rejectSelector;
  if (!popup && phase === 'reject' && !selector && env.acceptSelector) {
    // Only the Accept button is known: a banner is there, so is Reject next to it?
    const banner = page.locator(env.acceptSelector).first();
    if (await banner.waitFor({ state: 'visible', timeout: BANNER_WAIT_MS }).then(() => true, () => false)) {
      visit.screenshot = await photograph(page);
      rejectOnFirstLayer = await hasVisibleReject(page);
    }
  }
  if (selector) {
    const target = page.locator(selector).first();
    const visible = await target.waitFor({ state: 'visible', timeout: BANNER_WAIT_MS }).then(() => true, () => false);
    if (visible) {
      if (phase === 'reject' && !visit.screenshot) visit.screenshot = await photograph(page);
      rejectOnFirstLayer ??= phase === 'reject' ? true : null;
      recorder.afterClick = true;
      await target.click({ timeout: 5000 });
      return { name: popup?.cmp ?? 'selectors', via: 'selectors', clicked: true, rejectOnFirstLayer };
    }
  }
  return { name: popup?.cmp ?? (rejectOnFirstLayer !== null ? 'selectors' : (auto.detected() ?? 'none')), via: 'none', clicked: false, rejectOnFirstLayer };
}

/**
 * Visits `url` in a fresh context in one phase: `before` (load, no interaction at all, not even a
 * scroll, until the network is quiet), `reject` (click Reject, reload, open `next`: the refusal must
 * hold), or `accept` (click Accept).
 */
export async function runVisit(url: string, phase: Phase, next: string, env: VisitEnv): Promise<Visit> {
  const started = Date.now();
  const visit: Visit = {
    page: url,
    phase,
    finalUrl: url,
    loaded: [url],
    requests: [],
    cookies: [],
    storage: [],
    consent: { name: 'none', via: 'none', clicked: false, rejectOnFirstLayer: null },
    tamis: null,
    html: {},
    durationMs: 0,
  };
  const context = await env.browser.newContext({
    userAgent: env.userAgent,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    ignoreHTTPSErrors: true,
    // Requests a service worker makes would escape the page's DevTools session.
    serviceWorkers: 'block',
  });
  try {
    await env.onContext?.(context);
    const page = await context.newPage();
    const recorder = await Recorder.attach(page);
    const auto = phase === 'before' ? undefined : await Autoconsent.attach(page);
    const go = async (target: string, reload = false) => {
      try {
        const response = reload
          ? await page.reload({ waitUntil: 'load', timeout: env.pageTimeoutMs })
          : await page.goto(target, { waitUntil: 'load', timeout: env.pageTimeoutMs });
        const html = await response?.text().catch(() => undefined);
        if (html !== undefined) visit.html[page.url()] = html;
      } catch (error) {
        throw new Error(navigationError(target, error as Error, env.pageTimeoutMs));
      }
      await settle(page, recorder);
    };
    let cookiesBefore: Jar = new Map();
    const storage = new Map<string, StorageRecord>();
    const keepStorage = async (afterClick: boolean) => {
      for (const s of await storageKeys(page)) {
        const k = `${s.area}\u0000${s.origin}\u0000${s.key}`;
        if (!storage.has(k)) storage.set(k, { ...s, afterClick });
      }
    };
    try {
      await go(url);
      visit.finalUrl = page.url();
      visit.tamis = await readTamis(page);
      if (phase === 'before') {
        visit.consent = { name: visit.tamis ? 'tamis' : 'none', via: visit.tamis ? 'tamis' : 'none', clicked: false, rejectOnFirstLayer: null };
      } else {
        cookiesBefore = await jar(context);
        await keepStorage(false);
        visit.consent = await decide(page, phase, env, recorder, auto!, visit);
        if (visit.consent.clicked) {
          await settle(page, recorder);
          if (phase === 'reject') {
            await keepStorage(true);
            recorder.step = 1;
            await go(url, true);
            visit.loaded.push(url);
            await keepStorage(true);
            recorder.step = 2;
            await go(next);
            visit.loaded.push(next);
          }
        }
      }
      await keepStorage(recorder.afterClick);
    } catch (error) {
      visit.error = (error as Error).message.split('\n')[0];
    }
    const cookies = await context.cookies().catch(() => []);
    visit.cookies = cookies.map((c): CookieRecord => {
      const before = cookiesBefore.get(key(c));
      return {
        name: c.name,
        domain: c.domain,
        path: c.path,
        thirdParty: env.party.isThirdParty(c.domain),
        lifetimeDays: c.expires > 0 ? Math.round(((c.expires * 1000 - Date.now()) / 86400000) * 10) / 10 : null,
        source: recorder.headerCookies.has(c.name) ? 'header' : 'script',
        afterClick: recorder.afterClick && before !== c.value,
      };
    });
    visit.requests = recorder.requests;
    visit.storage = [...storage.values()];
    await recorder.detach();
  } finally {
    await context.close().catch(() => {});
    visit.durationMs = Date.now() - started;
  }
  return visit;
}

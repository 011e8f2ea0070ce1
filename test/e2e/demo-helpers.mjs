// Shared steps of the whole-page tests of examples/ (the demo shop and the install pages): open a
// page in a fresh browser context (no cookies, no storage) with every vendor host answered by the
// fakes, collect script errors, and reach the banner the way a visitor does.
import { installFakeVendors } from './fake-vendors.mjs';

/** The banner's two first-layer answers, in the languages the demo uses. */
export const ACCEPT_ALL = /^(accept all|tout accepter)$/i;
export const REJECT_ALL = /^(reject all|tout refuser)$/i;

/**
 * Opens `path` of the served examples in a new context of `browser`.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url absolute URL
 * @param {{ context?: import('playwright-core').BrowserContext, fakes?: Awaited<ReturnType<typeof installFakeVendors>> }} [reuse]
 *   an existing context (and its fakes) to keep the visitor's cookies across pages
 */
export async function visit(browser, url, reuse = {}) {
  const context = reuse.context ?? (await browser.newContext());
  const fakes = reuse.fakes ?? (await installFakeVendors(context));
  const page = await context.newPage();
  /** Uncaught exceptions and unhandled rejections of the page: none is acceptable. */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { context, fakes, page, errors };
}

/** The banner's button named `name` (the banner lives in a shadow root; locators pierce it). */
export function bannerButton(page, name) {
  return page.locator('tamis-banner').getByRole('button', { name });
}

/**
 * Lets the page finish what it started: load, then no new request for 500 ms (at most 10 s).
 * Vendor scripts that tamis let through, and their follow-up requests, have been made by then.
 * Counted from the fakes' log rather than playwright's "networkidle", which waits for beacons
 * that may never report an end.
 */
export async function settle(page, fakes) {
  await page.waitForLoadState('load');
  const end = Date.now() + 10000;
  let seen = -1;
  while (seen !== fakes.requests.length && Date.now() < end) {
    seen = fakes.requests.length;
    await page.waitForTimeout(500);
  }
}

/** Requests that left the site: everything not answered by the local test server. */
export function external(fakes) {
  return fakes.requests.filter((r) => !r.local);
}

/** Waits until `predicate()` is true (polling), or fails with `message` after `timeout` ms. */
export async function until(predicate, message, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await predicate()) return;
    if (Date.now() > end) throw new Error(`timed out: ${message}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Cookie names of the context, sorted. */
export async function cookieNames(context) {
  return (await context.cookies()).map((c) => c.name).sort();
}

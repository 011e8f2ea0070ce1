// Visitors for whole-page tests on a site from `tempSite` (browser.mjs): a first visit, and a
// returning visitor who refused everything on a first page view.
import { installFakeVendors } from './fake-vendors.mjs';

/**
 * Opens a visitor's context on a site from `tempSite` (browser.mjs), refuses everything on `first`
 * from the banner, then opens `file` in a new tab.
 * @param {{ browser?: import('playwright-core').Browser, server?: { url: string } }} site
 * @param {string} file the page of the return visit
 * @param {{ first?: string, reject?: string }} [options] the page of the first visit, and the label
 *   of the banner's refusal button there (the page's language)
 * @returns the context, the fakes (their requests recorded from the return visit on), the tab and
 *   the page errors it reported
 */
export async function returningVisit(site, file, { first = 'text.html', reject = 'Reject all' } = {}) {
  const context = await site.browser.newContext();
  const fakes = await installFakeVendors(context);
  const firstTab = await context.newPage();
  await firstTab.goto(`${site.server.url}/${first}`);
  await firstTab.locator('tamis-banner').getByRole('button', { name: reject }).click();
  await firstTab.locator('tamis-banner').waitFor({ state: 'detached' });
  await firstTab.close();
  fakes.reset();
  const tab = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${site.server.url}/${file}`);
  return { context, fakes, tab, errors };
}

/**
 * Opens `file` in a fresh visitor's context (fake vendors installed): a first visit. Console
 * errors and page errors are collected in `errors`.
 * @param {{ browser?: import('playwright-core').Browser, server?: { url: string } }} site
 * @param {string} file
 * @returns the context, the fakes (their requests recorded), the tab and the errors
 */
export async function firstVisitTo(site, file) {
  const context = await site.browser.newContext();
  const fakes = await installFakeVendors(context);
  const tab = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  tab.on('console', (m) => m.type() == 'error' && errors.push(m.text()));
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${site.server.url}/${file}`);
  return { context, fakes, tab, errors };
}

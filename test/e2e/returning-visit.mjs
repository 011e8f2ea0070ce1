// A returning visitor, for whole-page tests: one who refused everything on a first page view.
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

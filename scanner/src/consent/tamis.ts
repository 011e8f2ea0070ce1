import type { Page } from 'playwright-core';
import type { PageTamis } from '../types.js';
import { ACCEPT_LABEL, REJECT_LABEL } from './texts.js';

/** The tamis runtime of the page and its resolved config, or null when the page does not run tamis. */
export async function readTamis(page: Page): Promise<PageTamis | null> {
  return page
    .evaluate(() => {
      const t = (window as unknown as { tamis?: { acceptAll?: unknown; version: string; config: { vendors: Array<{ id: string; purpose: string; urls: Array<string | RegExp> }>; cookie: { name: string }; retentionMonths: number } } }).tamis;
      if (!t || typeof t.acceptAll !== 'function' || !t.config) return null;
      return {
        version: String(t.version),
        vendors: t.config.vendors.map((v) => ({
          id: v.id,
          purpose: v.purpose,
          // RegExps do not cross the page boundary: sent as source and flags, rebuilt in Node.
          urls: v.urls.map((u) => (u instanceof RegExp ? { source: u.source, flags: u.flags } : String(u))),
        })),
        cookieName: t.config.cookie?.name ?? 'tamis_consent',
        retentionMonths: t.config.retentionMonths,
      };
    })
    .catch(() => null) as Promise<PageTamis | null>;
}

/** The tamis banner's button for a decision, as a visitor sees it. */
function bannerButton(page: Page, accept: boolean) {
  return page.locator('tamis-banner').getByRole('button', { name: accept ? ACCEPT_LABEL : REJECT_LABEL }).first();
}

/** Waits for the tamis banner; `true` once it shows. */
export async function waitForTamisBanner(page: Page, timeoutMs: number): Promise<boolean> {
  return page
    .locator('tamis-banner')
    .getByRole('button')
    .first()
    .waitFor({ state: 'visible', timeout: timeoutMs })
    .then(() => true, () => false);
}

/**
 * Decides through tamis: clicks the banner's button when it shows (what a visitor does), else calls
 * the runtime's API (`rejectAll` / `acceptAll`), which stores and applies the same decision.
 */
export async function decideWithTamis(page: Page, accept: boolean, bannerShown: boolean): Promise<void> {
  const button = bannerButton(page, accept);
  if (bannerShown && (await button.isVisible().catch(() => false))) {
    await button.click({ timeout: 5000 });
    return;
  }
  await page.evaluate((yes) => {
    const t = (window as unknown as { tamis: { acceptAll(): Promise<void>; rejectAll(): Promise<void> } }).tamis;
    return yes ? t.acceptAll() : t.rejectAll();
  }, accept);
}

import type { Locator, Page } from 'playwright-core';
import { REJECT_LABEL } from './texts.js';

/**
 * Whether a visible Reject control is on screen now (first layer), in the page or any of its frames.
 * Playwright's role locators pierce open shadow roots, so a web-component banner counts.
 */
export async function hasVisibleReject(page: Page, scope?: string): Promise<boolean> {
  for (const frame of page.frames()) {
    const root = scope && frame === page.mainFrame() ? frame.locator(scope) : frame.locator('body');
    const candidates: Locator[] = [
      root.getByRole('button', { name: REJECT_LABEL }),
      root.getByRole('link', { name: REJECT_LABEL }),
    ];
    for (const c of candidates) {
      const n = await c.count().catch(() => 0);
      for (let i = 0; i < n; i++) if (await c.nth(i).isVisible().catch(() => false)) return true;
    }
  }
  return false;
}

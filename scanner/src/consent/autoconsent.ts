import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Frame, Page } from 'playwright-core';

// @duckduckgo/autoconsent (MPL-2.0): rules that detect and answer some 800 consent platforms. Its
// content script runs in each frame and talks to us through a binding, as its Playwright runner does.
const require = createRequire(import.meta.url);
let contentScript: string | undefined;
let allRules: Array<{ name: string; cosmetic?: boolean; runContext?: { urlPattern?: string; main?: boolean; frame?: boolean } }> | undefined;

function load() {
  // The Playwright bundle is not in the package's exports map: found next to its main entry (dist/).
  contentScript ??= readFileSync(join(dirname(require.resolve('@duckduckgo/autoconsent')), 'autoconsent.playwright.js'), 'utf8');
  allRules ??= (require('@duckduckgo/autoconsent/rules/rules.json') as { autoconsent: NonNullable<typeof allRules> }).autoconsent;
}

/** Rules that can apply to this frame URL: generic ones plus those whose URL pattern matches. */
function rulesFor(url: string) {
  return allRules!.filter((r) => {
    if (r.cosmetic) return false; // cosmetic rules hide a banner instead of answering it
    const p = r.runContext?.urlPattern;
    if (!p) return true;
    try {
      return new RegExp(p).test(url);
    } catch {
      return false;
    }
  });
}

interface Message {
  type: string;
  mainFrame?: boolean;
  state?: { lifecycle?: string };
  cmp?: string;
  result?: boolean;
  id?: string;
  code?: string;
}

/**
 * Drives autoconsent in a page: `attach` before navigation, `start` once loaded, then `waitForPopup`
 * and `answer`. The decision is sent only when we ask, so the banner can be photographed and its
 * first layer checked before the click.
 */
export class Autoconsent {
  readonly messages: Array<Message & { frame: Frame }> = [];
  #waiters: Array<() => void> = [];

  static async attach(page: Page): Promise<Autoconsent> {
    load();
    const driver = new Autoconsent();
    await page.exposeBinding('autoconsentSendMessage', async ({ frame }, message: Message) => driver.#onMessage(frame, message));
    return driver;
  }

  async #onMessage(frame: Frame, message: Message) {
    this.messages.push({ ...message, frame });
    this.#waiters.splice(0).forEach((w) => w());
    const send = (reply: object) => frame.evaluate(`window.autoconsentReceiveMessage && autoconsentReceiveMessage(${JSON.stringify(reply)})`).catch(() => {});
    if (message.type === 'init') {
      const url = frame.url();
      await send({
        type: 'initResp',
        config: {
          enabled: true,
          autoAction: null,
          disabledCmps: [],
          enablePrehide: false,
          enableCosmeticRules: false,
          enableGeneratedRules: true,
          enableHeuristicDetection: false,
          // The page has settled before detection starts: a few retries suffice, and a site with no
          // consent platform is done with in about 2 s instead of 5.
          detectRetries: 4,
          isMainWorld: true,
          prehideTimeout: 2000,
          visualTest: false,
          logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: false, messages: false, waits: false },
        },
        rules: { autoconsent: rulesFor(url) },
      });
    } else if (message.type === 'eval') {
      const result = await frame.evaluate(message.code!).catch(() => false);
      await send({ id: message.id, type: 'evalResp', result });
    }
  }

  /** Injects the content script in every frame of the loaded page. */
  async start(page: Page): Promise<void> {
    await Promise.all(page.frames().map((f) => f.evaluate(contentScript!).catch(() => {})));
  }

  /** Waits until `find` returns something other than undefined (null ends the wait too). */
  async #until<T>(find: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined || Date.now() >= end) return found;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, end - Date.now()));
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The consent platform whose popup is showing, or undefined after `timeoutMs`. */
  async waitForPopup(timeoutMs: number): Promise<{ cmp: string; frame: Frame } | undefined> {
    // The top frame reporting "nothingDetected" ends the wait early: a site with no consent platform
    // costs no more than autoconsent's own detection.
    const nothing = () => this.messages.some((x) => x.type === 'report' && x.mainFrame && x.state?.lifecycle === 'nothingDetected');
    const m = await this.#until(() => this.messages.find((x) => x.type === 'popupFound') ?? (nothing() ? null : undefined), timeoutMs);
    return m ? { cmp: m.cmp!, frame: m.frame } : undefined;
  }

  /** A platform detected (its popup may be hidden, e.g. already answered). */
  detected(): string | undefined {
    return this.messages.find((x) => x.type === 'cmpDetected')?.cmp;
  }

  /** Runs the platform's opt-in or opt-out steps; `true` when autoconsent reports success. */
  async answer(frame: Frame, accept: boolean, timeoutMs: number): Promise<boolean> {
    const type = accept ? 'optInResult' : 'optOutResult';
    const seen = this.messages.length;
    await frame.evaluate(`autoconsentReceiveMessage(${JSON.stringify({ type: accept ? 'optIn' : 'optOut' })})`).catch(() => {});
    const m = await this.#until(() => this.messages.slice(seen).find((x) => x.type === type), timeoutMs);
    return m?.result === true;
  }
}

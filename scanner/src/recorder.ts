import type { CDPSession, Page } from 'playwright-core';
import type { Initiator, RequestRecord } from './types.js';

interface CdpStack {
  callFrames: Array<{ url: string }>;
  parent?: CdpStack;
}
interface CdpInitiator {
  type: string;
  url?: string;
  stack?: CdpStack;
}

// tamis's own files: its DOM patches sit on top of every insertion a page makes while it runs.
const TAMIS_FILE = /\/tamis(?:-[a-z]+)?\.js$|\/chunks\/[^/]+\.js$/;

/**
 * The script URL on top of an initiator stack (async parents included): "GTM loaded Hotjar".
 * Frames of tamis's DOM patches are skipped, so the page's snippet is named; a stack of tamis
 * frames only is tamis releasing a tag after consent.
 */
function scriptOf(stack: CdpStack | undefined): string | undefined {
  let tamis: string | undefined;
  for (let s = stack; s; s = s.parent) {
    for (const f of s.callFrames) {
      if (!f.url) continue;
      if (TAMIS_FILE.test(new URL(f.url, 'http://x/').pathname)) tamis ??= f.url;
      else return f.url;
    }
  }
  return tamis;
}

function initiatorOf(init: CdpInitiator): Initiator {
  // `parser` is a tag of the HTML, fetched by the parser or ahead of it by the preload scanner,
  // before any script of the page (a consent tool included) can act; `preload` is a <link rel=preload>.
  if (init.type === 'parser' || init.type === 'preload') return { kind: 'static', by: init.url };
  if (init.type === 'script') return { kind: 'script', by: scriptOf(init.stack) ?? init.url };
  return { kind: 'other' };
}

/**
 * Records a page's requests with their initiators through a DevTools session (Playwright's events
 * carry no initiator), and the names of cookies written by Set-Cookie headers.
 */
export class Recorder {
  readonly requests: RequestRecord[] = [];
  readonly headerCookies = new Set<string>();
  /** Set when the consent click of the phase happens. */
  afterClick = false;
  /** 0: the page, 1: its reload, 2: the next page (reject phase). */
  step: 0 | 1 | 2 = 0;
  /** Time of the last request, for "the network went quiet". */
  lastActivity = Date.now();
  #session?: CDPSession;

  static async attach(page: Page): Promise<Recorder> {
    const r = new Recorder();
    const session = await page.context().newCDPSession(page);
    r.#session = session;
    session.on('Network.requestWillBeSent', (e: { request: { url: string }; type?: string; initiator: CdpInitiator; documentURL: string }) => {
      r.lastActivity = Date.now();
      if (!/^https?:/.test(e.request.url)) return;
      let frame = '';
      try {
        frame = new URL(e.documentURL).origin;
      } catch {
        /* about:blank frames */
      }
      r.requests.push({ url: e.request.url, type: e.type ?? 'Other', initiator: initiatorOf(e.initiator), frame, afterClick: r.afterClick, step: r.step });
    });
    session.on('Network.responseReceivedExtraInfo', (e: { headers: Record<string, string> }) => {
      r.lastActivity = Date.now();
      for (const [k, v] of Object.entries(e.headers)) {
        if (k.toLowerCase() !== 'set-cookie') continue;
        for (const line of v.split('\n')) {
          const name = line.split('=')[0]?.trim();
          if (name) r.headerCookies.add(name);
        }
      }
    });
    session.on('Network.loadingFinished', () => (r.lastActivity = Date.now()));
    await session.send('Network.enable');
    return r;
  }

  async detach(): Promise<void> {
    await this.#session?.detach().catch(() => {});
  }
}

/**
 * Lets the page finish what it started: the load event, then no request for `quietMs` (at most
 * `maxMs`). Counted from our own request log rather than Playwright's "networkidle", which waits
 * for beacons and long polls that may never report an end.
 */
export async function settle(page: Page, recorder: Recorder, quietMs = 600, maxMs = 10000): Promise<void> {
  const start = Date.now();
  const end = start + maxMs;
  await page.waitForLoadState('load', { timeout: maxMs }).catch(() => {});
  // Quiet is counted from this call at the earliest: after a click, the last request may be seconds
  // old while what the click starts (a consent library loading its scripts) has not asked yet.
  while (Date.now() < end && Date.now() - Math.max(recorder.lastActivity, start) < quietMs) {
    await page.waitForTimeout(Math.min(200, quietMs));
  }
}

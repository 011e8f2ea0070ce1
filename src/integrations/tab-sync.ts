import { HEAD_BUNDLE } from '../build-flags.js';

/** The BroadcastChannel's name. */
const NAME = 'tamis';

/** The two ends of cross-tab sync. */
export interface TabSync {
  /** Tells every other open tab of the site that the decision changed. */
  notify(): void;
  /** Stops listening (tests). */
  stop(): void;
}

/**
 * Keeps the decision in step across the open tabs of a site: `notify()` in one tab makes every other
 * tab call `onRemote`, which re-reads the record (banners close, newly consented scripts run, a
 * withdrawal follows the withdrawal behaviour). The record itself stays in the cookie; the message
 * only says "read it again", so tabs never trust each other's payload.
 * Uses BroadcastChannel (html.spec.whatwg.org#broadcasting-to-other-browsing-contexts), which every
 * browser tamis supports has (README, Browsers: Safari has it since 15.4, and tamis.js itself needs
 * 15.4 for `Object.hasOwn` and `Array.prototype.at`): a localStorage fallback would be dead code
 * paid for on every page view.
 */
export function startTabSync(onRemote: () => void): TabSync {
  const channel = new BroadcastChannel(NAME);
  channel.onmessage = onRemote;
  const notify = () => channel.postMessage(1);
  // The head script is never stopped: no `stop` there (`startIntegrations` returns a no-op).
  return HEAD_BUNDLE ? ({ notify } as TabSync) : { notify, stop: () => channel.close() };
}

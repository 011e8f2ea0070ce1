import { HEAD_BUNDLE, noop } from '../build-flags.js';

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
 * BroadcastChannel (html.spec.whatwg.org#broadcasting-to-other-browsing-contexts) is in every browser
 * the UI supports (it needs `<dialog>` and the Popover API, which came later).
 */
export function startTabSync(onRemote: () => void): TabSync {
  const channel = new BroadcastChannel('tamis');
  channel.onmessage = onRemote;
  return { notify: () => channel.postMessage(1), stop: HEAD_BUNDLE ? noop : () => channel.close() };
}

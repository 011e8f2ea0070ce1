import { HEAD_BUNDLE, noop } from '../build-flags.js';

/** Channel name and, for browsers without BroadcastChannel, the localStorage key pinged instead. */
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
 * Uses BroadcastChannel (html.spec.whatwg.org#broadcasting-to-other-browsing-contexts); without it,
 * writes a fresh value to a localStorage key, since other documents of the same origin receive a
 * `storage` event for it and the writer does not (html.spec.whatwg.org#the-storage-event).
 */
export function startTabSync(onRemote: () => void): TabSync {
  if (typeof BroadcastChannel == 'function') {
    const channel = new BroadcastChannel(NAME);
    channel.onmessage = onRemote;
    return { notify: () => channel.postMessage(1), stop: HEAD_BUNDLE ? noop : () => channel.close() };
  }
  const listener = (event: StorageEvent) => event.key == NAME && onRemote();
  addEventListener('storage', listener);
  return {
    notify() {
      try {
        localStorage[NAME] = Math.random();
      } catch {
        // Storage disabled: other tabs catch up on their next page.
      }
    },
    stop: HEAD_BUNDLE ? noop : () => removeEventListener('storage', listener),
  };
}

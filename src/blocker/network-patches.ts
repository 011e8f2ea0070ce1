import type { BlockerContext } from './context.js';
import { deniedVendor } from './neutralize.js';
import { HEAD_BUNDLE, noop } from '../build-flags.js';

/**
 * Requests made by the page's own code, which includes the vendor SDKs a site bundles (Vimeo's
 * player asks its oEmbed API with an XMLHttpRequest on page load): `fetch`, `XMLHttpRequest`,
 * `navigator.sendBeacon`, `WebSocket` and `EventSource`. A request to a vendor that may not run
 * fails before it starts, the way the platform fails it offline, so that callers' error paths run
 * and the page sees no exception it would not see offline:
 * - `fetch` rejects with a `TypeError` (Fetch §5.1 "main fetch": a network error rejects the promise);
 * - an `XMLHttpRequest` is opened on `data:` (a malformed data URL is a network error, no request
 *   leaves the browser): `loadstart`, `error`, `loadend`, status 0, as offline;
 * - `sendBeacon` returns `false` (the beacon was not queued);
 * - `WebSocket` and `EventSource` give an object that fires `error` (and `close`, code 1006, for a
 *   WebSocket) in a later task, then stays closed, as "fail the connection" does.
 * Each refused request is reported through `onBlocked` with its URL. Other requests pay one matcher
 * call (`deniedVendor`), which is what a same-origin `fetch` costs more.
 * @returns a function that puts every original back
 */
export function patchNetwork(c: BlockerContext): () => void {
  /** The vendor a request goes to when that vendor may not run (reported), else `undefined`. */
  const refused = (input: unknown) => {
    // A Request has `url`; a string or URL object gives its text. ws: and wss: are matched as http.
    const url = String((input as Request)?.url ?? input);
    const v = deniedVendor(c, url.replace(/^ws/i, 'http'));
    if (v) c.onBlocked?.({ vendor: v, purpose: v.purpose, url });
    return v;
  };

  const fetch = window.fetch;
  window.fetch = (...a) => (refused(a[0]) ? Promise.reject(new TypeError('Failed to fetch')) : fetch(...a));

  const xhr = XMLHttpRequest.prototype;
  const open = xhr.open;
  xhr.open = function (this: XMLHttpRequest, ...a: unknown[]) {
    if (refused(a[1])) a[1] = 'data:';
    return open.apply(this, a as Parameters<typeof open>);
  } as typeof open;

  const nav = Navigator.prototype;
  const beacon = nav.sendBeacon;
  nav.sendBeacon = function (this: Navigator, ...a) {
    return !refused(a[0]) && beacon.apply(this, a);
  };

  const { WebSocket, EventSource } = window;
  for (const name of ['WebSocket', 'EventSource'] as const) {
    const ws = name < 'W' ? 0 : 1;
    (window as unknown as Record<string, object>)[name] = new Proxy(window[name], {
      construct(T, a, target) {
        if (!refused(a[0])) return Reflect.construct(T, a, target) as object;
        // A real one would start the connection; this stands for one that failed to connect.
        const s = Object.assign(new EventTarget(), { url: String(a[0]), readyState: 0, close: noop, send: noop });
        setTimeout(() => {
          s.readyState = 2 + ws; // CLOSED
          // A CloseEvent for the error too (an Event with a `code`): one constructor, fewer bytes.
          for (const type of ws ? ['error', 'close'] : ['error']) {
            const e = new CloseEvent(type, { code: 1006 });
            (s as unknown as Record<string, ((e: Event) => void) | undefined>)['on' + type]?.call(s, e);
            s.dispatchEvent(e);
          }
        });
        return s;
      },
    });
  }

  return HEAD_BUNDLE ? noop : () => {
    Object.assign(window, { fetch, WebSocket, EventSource });
    xhr.open = open;
    nav.sendBeacon = beacon;
  };
}

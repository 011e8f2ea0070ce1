import type { VendorGlobals, VendorSignal } from './vendor-signal.js';

/** Commands waiting for the Meta snippet to define `fbq`. */
let pending: IArguments[] | undefined;

/** An Arguments object, as the `fbq` stub queues them. */
function args(..._values: unknown[]): IArguments {
  // eslint-disable-next-line prefer-rest-params
  return arguments;
}

/**
 * Meta Pixel consent: `fbq('consent', 'revoke' | 'grant')`, to be called before `fbq('init')`
 * (developers.facebook.com/docs/meta-pixel/implementation/gdpr). Meta's snippet returns at once
 * when `fbq` exists, so tamis cannot define it first: it watches for the snippet's assignment of
 * `window.fbq` and, in the microtask right after the snippet (before `fbevents.js` can run, even
 * when Google Tag Manager inserts the snippet), puts the waiting commands at the head of the
 * stub's queue. Once `fbq` exists, updates are plain calls.
 */
export const metaConsent: VendorSignal = (allowed) => {
  const w = window as VendorGlobals;
  const command = args('consent', allowed ? 'grant' : 'revoke');
  if (w.fbq) return w.fbq(...command);
  if (!pending) {
    pending = [];
    Object.defineProperty(w, 'fbq', {
      configurable: true,
      set(fbq: VendorGlobals['fbq']) {
        Object.defineProperty(w, 'fbq', { value: fbq, writable: true, configurable: true, enumerable: true });
        queueMicrotask(() => {
          const queued = pending!.splice(0);
          pending = undefined;
          if (fbq!.queue) fbq!.queue.unshift(...queued);
          else queued.forEach((c) => fbq!(...c));
        });
      },
    });
  }
  pending.push(command);
};

/**
 * Default-deny blocking of vendor tags: see README "Blocking" and docs/architecture.md.
 * Layout: url-matcher (which vendor?), neutralize (make an element inert), dom-patches (stop
 * script-inserted tags and link hints before they fetch), html-string-sanitizer (HTML strings),
 * network-patches (fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource), style-patches
 * (inline style URLs), parser-observer (parser-inserted and inert tags, shadow roots), release
 * (consent given). The placeholder of a blocked iframe is
 * the UI's (components/tamis-placeholder/place.ts): `<head>` only leaves the iframe blank and marked.
 */
import type { PurposeId, ReleasedTag, VendorDefinition } from '../types.js';
import type { BlockerContext } from './context.js';
import { patchDom } from './dom-patches.js';
import { patchNetwork } from './network-patches.js';
import { patchStyle } from './style-patches.js';
import { HEAD_BUNDLE, noop } from '../build-flags.js';
import { observeDocument } from './parser-observer.js';
import { indexVendors } from './url-matcher.js';
import type { releaser } from './release.js';

export { matchVendor } from './url-matcher.js';
export { deniedVendor } from './neutralize.js';

export interface BlockerOptions {
  /** Catalog + the site's custom vendors, with the site's purpose overrides applied. */
  vendors: VendorDefinition[];
  /** Current consent: may this vendor (or, for markup without data-vendor, this purpose) run? */
  isAllowed(vendorId: string | undefined, purpose: PurposeId): boolean;
  /**
   * Called for each element blocked, and for each request refused (`url`, no element: fetch,
   * XMLHttpRequest, sendBeacon, WebSocket, EventSource). `vendor` is a stand-in with the id `''`
   * and no purpose for an unknown third party held by strict mode (`urls[0]` is its host).
   */
  onBlocked?(info: { vendor?: VendorDefinition; purpose: PurposeId; element?: Element; url?: string }): void;
  /**
   * Strict mode: called once per host of a third party no vendor claims (the runtime leaves out
   * the page's own site and `allowedHosts`); `true` holds its tags like an unlisted vendor's.
   * Absent: unknown hosts are let through unasked.
   */
  unknown?(host: string): boolean;
  /**
   * Loads `releaser` (./release.ts). Releasing is needed only once something is allowed, so
   * dist/tamis.js takes it from the deferred module instead of carrying it in `<head>`.
   */
  releaser(): Promise<typeof releaser>;
  /**
   * Elements to leave as they are: vendor scripts that were in the page before `init()` (npm).
   * They ran or are running; marking them blocked would be false, and releasing them would run
   * them twice. Not in dist/tamis.js, which runs first.
   */
  ignore?: Element[];
}

export interface Blocker {
  /**
   * Runs/loads every blocked element that isAllowed now permits, each once (see release.ts).
   * @returns what came back, once every restored script has loaded, failed or timed out
   */
  release(): Promise<ReleasedTag[]>;
  /** Undoes every patch and disconnects observers (tests). */
  stop(): void;
}

/**
 * Starts blocking: patches the DOM so that script-inserted vendor tags never fetch, and observes
 * the document for parser-inserted and declarative ones. Call it synchronously from the first
 * script in `<head>`; `isAllowed` is asked at each interception, so consent given later needs only
 * `release()` for what was blocked before.
 * @returns the blocker: `release()` after each decision, `stop()` in tests
 */
export function startBlocker(options: BlockerOptions): Blocker {
  let queued: (() => Promise<ReleasedTag[]>) | undefined;
  // One releaser per blocker: its queue keeps `release()` calls in order and each element run once.
  const release = () => options.releaser().then((load) => (queued ??= load(c))());
  const c: BlockerContext = {
    ...options,
    passed: HEAD_BUNDLE ? new WeakSet() : new WeakSet(options.ignore),
    seen: new Set(),
    index: indexVendors(options.vendors),
    hosts: new Map(),
    harmless: new Map(),
    // Fire and forget: a releaser that cannot load (tamis-deferred.js missing, offline) has said so
    // in the console; the patches and the observer have nothing to do with the failure.
    rel: () => void release().catch(noop),
  };
  const unpatch = [patchDom(c), patchNetwork(c), patchStyle(c)];
  const disconnect = observeDocument(c, c.rel);
  // The head script is never stopped: no `stop` there (the runtime's cleanup is a no-op).
  return HEAD_BUNDLE ? ({ release } as Blocker) : {
    release,
    stop: () => {
      disconnect();
      unpatch.reverse().forEach((f) => f());
    },
  };
}

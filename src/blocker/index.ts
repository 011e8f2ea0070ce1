/**
 * Default-deny blocking of vendor tags: see README "Blocking" and docs/architecture.md.
 * Layout: url-matcher (which vendor?), neutralize (make an element inert), dom-patches (stop
 * script-inserted tags before they fetch), html-string-sanitizer (HTML strings), parser-observer
 * (parser-inserted and inert tags), release (consent given). The placeholder of a blocked iframe is
 * the UI's (components/tamis-placeholder/place.ts): `<head>` only leaves the iframe blank and marked.
 */
import type { PurposeId, VendorDefinition } from '../types.js';
import type { BlockerContext } from './context.js';
import { patchDom } from './dom-patches.js';
import { HEAD_BUNDLE, noop } from '../build-flags.js';
import { observeDocument } from './parser-observer.js';
import type { releaser } from './release.js';

export { matchVendor } from './url-matcher.js';

export interface BlockerOptions {
  /** Catalog + the site's custom vendors, with the site's purpose overrides applied. */
  vendors: VendorDefinition[];
  /** Current consent: may this vendor (or, for markup without data-vendor, this purpose) run? */
  isAllowed(vendorId: string | undefined, purpose: PurposeId): boolean;
  /** Called for each element blocked. */
  onBlocked?(info: { vendor?: VendorDefinition; purpose: PurposeId; element: Element }): void;
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
  /** Runs/loads every blocked element that isAllowed now permits: document order, each once. */
  release(): Promise<void>;
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
  const c: BlockerContext = { ...options, passed: HEAD_BUNDLE ? new WeakSet() : new WeakSet(options.ignore), seen: new WeakSet() };
  let queued: (() => Promise<void>) | undefined;
  // One releaser per blocker: its queue keeps `release()` calls in order and each element run once.
  const release = () => options.releaser().then((load) => (queued ??= load(c))());
  const unpatch = patchDom(c);
  const disconnect = observeDocument(c, () => void release());
  return {
    release,
    stop: HEAD_BUNDLE ? noop : () => {
      disconnect();
      unpatch();
    },
  };
}

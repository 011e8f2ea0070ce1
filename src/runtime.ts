import type {
  Consent, GoogleConsentModeOptions, PurposeId, PurposeInfo, TamisApi, TamisConfig, TamisEventMap, VendorDefinition,
} from './types.js';
import type { ConsentStorage } from './cookie-storage.js';
import type { ConsentRecord } from './consent-record.js';
import type { Blocker, BlockerOptions } from './blocker/index.js';
import type { Deferred } from './deferred/index.js';
import { startBlocker } from './blocker/index.js';
import { startIntegrations } from './integrations/index.js';
import { GOOGLE_VENDORS, resolveHeadConfig } from './config.js';
import { expiresAt, readRecord } from './consent-store.js';
import { readCookie } from './read-cookie.js';
import { PURPOSE_RULES } from './purposes.js';
import { createEmitter } from './events.js';
import { whenBody } from './when-body.js';
import { VERSION } from './version.js';
import { HEAD_BUNDLE, noop } from './build-flags.js';
import { OUTBOX_KEY } from './integrations/consent-log.js';
import { unknownHosts } from './third-party.js';

/** What the runtime needs from its surroundings; tests pass a memory storage and a fixed clock. */
export interface Platform {
  /** Where the consent record lives. @default the `tamis_consent` cookie (read here, written by js-cookie in the deferred module) */
  storage?: ConsentStorage;
  /** @default Date.now */
  now?: () => number;
  /** The browser's Global Privacy Control signal. @default navigator.globalPrivacyControl === true */
  gpc?: boolean;
  /** Reloads the page after a withdrawal. @default () => location.reload() */
  reload?: () => void;
  /** Deletes the cookies and storage keys of withdrawn vendors. @default clearVendorData */
  clearVendorData?: (vendors: VendorDefinition[]) => void;
  /** `src` of tamis.js, to find tamis-ui.js next to it. */
  scriptSrc?: string;
  /** Vendor scripts already in the page when `init()` ran, left alone by the blocker (src/ran-early.ts). */
  ignore?: Element[];
}

/** A runtime: its public API, and `start()` for the page-wide side effects. */
export interface Runtime {
  api: TamisApi;
  /**
   * Starts blocking, the integrations and the on-demand UI, then emits `ready`. Call it once,
   * synchronously, before any tag can load. Returns the cleanup.
   */
  start(): () => void;
}

/**
 * The runtime's state and rules, shared with the deferred module (src/deferred/), which writes
 * decisions and applies them. Everything here is what `<head>` needs anyway.
 */
export interface Core {
  /** The config as given: validated with messages, and its UI keys resolved, by the deferred module. */
  input: TamisConfig | undefined;
  api: TamisApi;
  platform: Platform;
  /** The site's vendors, then the rest of the catalog. */
  all: VendorDefinition[];
  /** The catalog as given to the runtime (ids, to validate `config.vendors`). */
  catalog: VendorDefinition[];
  /** The current valid record. */
  record: ConsentRecord | null;
  events: ReturnType<typeof createEmitter<TamisEventMap>>;
  blocker?: Blocker;
  toConsent(record: ConsentRecord | null): Consent | null;
  purposeAllowed(record: ConsentRecord | null, purpose: PurposeId): boolean;
  vendorAllowed(record: ConsentRecord | null, id: string | undefined, purpose?: PurposeId): boolean;
  /** Loads the deferred module once (later calls share the promise). */
  later(): Promise<Deferred>;
}

/**
 * Creates the runtime: config → record → blocker → integrations → UI loading. Deciding, clearing,
 * releasing and receipts live in the deferred module, loaded on demand. Nothing touches the page
 * until `start()`; the API works without it (unit tests, server-side).
 */
export function createRuntime(input: TamisConfig | undefined, catalog: VendorDefinition[], platform: Platform): Runtime {
  const config = resolveHeadConfig(input, catalog);
  const listed = config.vendors;
  const all = [...listed, ...catalog.filter((v) => !listed.some((s) => s.id === v.id))];
  const purposes: PurposeInfo[] = (Object.entries(PURPOSE_RULES) as Array<[PurposeId, PurposeInfo['rule']]>).map(([id, rule]) => ({ id, rule, vendors: listed.filter((v) => v.purpose == id) }))
    .filter((p) => p.id == 'necessary' || p.vendors.length);
  const warned = new Set<VendorDefinition>();
  const events = createEmitter<TamisEventMap>();
  // dist/tamis.js is given no storage, clock nor GPC value (auto.ts): tests and init() are.
  const read = HEAD_BUNDLE ? () => readRecord(readCookie, config) : () => readRecord(platform.storage?.get ?? readCookie, config, platform.now);
  let loading: Promise<Deferred> | undefined;

  /** Locked purposes are always on; otherwise the choice made, else the default (exempt: on). */
  const purposeAllowed = (r: ConsentRecord | null, p: PurposeId) =>
    PURPOSE_RULES[p] == 'locked' || (r?.c[p] ?? PURPOSE_RULES[p] == 'exempt');

  /**
   * The deferred module loads the UI (after resolving the config keys it reads); the UI bundle is
   * fetched meanwhile, in parallel, so that a first visit's banner does not wait for both in turn.
   * A modulepreload fetches without running: the elements are defined only once the config is whole.
   * `ui.load()` is the site's own code: only the deferred module calls it.
   */
  // tamis-banner.js: the banner and placeholder, no Lit; tamis-ui.js imports it, so it serves the
  // preferences too (issue 13).
  const { load, url = platform.scriptSrc && 'tamis-banner.js' } = config.ui;
  // Once: true when there is nothing to preload (`ui.load()`, or npm without `ui.url`).
  let preloaded: unknown = load || !url;
  /**
   * Shows the banner or the preferences, or loads the UI, from the deferred module. The UI's file
   * is fetched at high priority, ahead of the page's images and late scripts: on a first visit the
   * banner waits for it (bench/banner-timeline.mjs: clickable 10-20 ms sooner, issue #13).
   */
  const show = (name: 'showBanner' | 'showPreferences' | 'loadUi') => () => {
    preloaded ||= document.head.appendChild(
      Object.assign(document.createElement('link'), { rel: 'modulepreload', fetchPriority: 'high', href: new URL(url!, platform.scriptSrc || document.baseURI) }),
    );
    // (A deferred module that cannot load has said so in the console: `later`.)
    void core.later().then((d) => d[name](), noop);
  };

  /** Calls a method of the deferred module once it is loaded. */
  const later = <K extends keyof TamisApi>(name: K) =>
    ((...args: never[]) => core.later().then((d) => (d[name as keyof Deferred] as (...a: never[]) => void)(...args))) as unknown as TamisApi[K];

  const api: TamisApi = {
    version: VERSION,
    config,
    purposes,
    gpc: config.respectGPC && ((HEAD_BUNDLE ? undefined : platform.gpc) ?? !!(navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl),
    getConsent: () => core.toConsent(core.record),
    // A purpose id is no vendor's: vendorAllowed then decides by the purpose; an unknown id is false
    // (`=== true`: a name such as 'constructor' would otherwise find Object.prototype's function).
    hasConsent: (what) => core.vendorAllowed(core.record, what, what as PurposeId) === true,
    acceptAll: later('acceptAll'),
    rejectAll: later('rejectAll'),
    setConsent: later('setConsent'),
    reset: later('reset'),
    showBanner: show('showBanner'),
    showPreferences: show('showPreferences'),
    on: events.on,
  };

  const core: Core = {
    input,
    api,
    platform,
    all,
    catalog,
    record: read(),
    events,
    purposeAllowed,
    /**
     * A vendor choice overrides its purpose's. Catalog vendors the site did not list stay blocked
     * unless the visitor allowed them one by one (the banner never showed them), except locked ones.
     */
    vendorAllowed(r, id, purpose) {
      const vendor = id ? all.find((v) => v.id == id) : undefined;
      const p = vendor?.purpose ?? purpose;
      if (p && PURPOSE_RULES[p] == 'locked') return true;
      return r?.x[id!] ?? (!!p && (!vendor || listed.includes(vendor)) && purposeAllowed(r, p));
    },
    toConsent: (r) =>
      r && {
        id: r.id,
        revision: r.r,
        date: new Date(r.t),
        expires: expiresAt(r, config),
        categories: Object.fromEntries(purposes.map((p) => [p.id, purposeAllowed(r, p.id)])),
        vendors: Object.fromEntries(listed.map((v) => [v.id, core.vendorAllowed(r, v.id)])),
        method: r.m,
        gpc: r.g,
      },
    // A failed load (offline) is not kept, so the next call tries again; the rejection reports it.
    // A missing tamis-deferred.js (only tamis.js copied) is named in the console with what to copy;
    // blocking does not depend on it.
    later: () => (loading ??= import('./deferred/index.js').then((module) => module.createDeferred(core), (error) => {
      loading = undefined;
      console.error('tamis: copy all of dist/, as it is (README, Install)', error);
      throw error;
    })),
  };

  const loadUi = show('loadUi');

  const onBlocked: BlockerOptions['onBlocked'] = (info) => {
    const { vendor, element } = info;
    events.emit('blocked', { ...info, vendor: vendor?.id ?? '' });
    // A catalog vendor the site did not list (an unknown host, id '', was named by strict mode).
    if (vendor?.id && !listed.includes(vendor) && !warned.has(vendor)) {
      warned.add(vendor);
      console.warn(`tamis: blocked ${vendor.id}, not in config.vendors: add '${vendor.id}' to config.vendors`);
    }
    // A blocked iframe gets a <tamis-placeholder>. After a decision, with tamis's own UI next to
    // tamis.js, from its own small file, without the deferred module and Lit (falling back to
    // them); on a first visit the banner needs the UI anyway. (A URL object is a valid specifier:
    // import() takes its string, 5 B less in <head> than `.href`.)
    if (element?.localName == 'iframe')
      if (core.record && url == 'tamis-banner.js') import(/* webpackIgnore: true */ new URL('tamis-placeholder.js', platform.scriptSrc) as never).catch(loadUi);
      else loadUi();
  };

  const start = () => {
    const blocker = (core.blocker = startBlocker({
      ...(!HEAD_BUNDLE && { ignore: platform.ignore }),
      vendors: all,
      onBlocked,
      unknown: unknownHosts(config),
      releaser: () => core.later().then((d) => d.releaser),
      // Advanced Consent Mode: Google tags load at once and follow the consent state Google
      // Consent Mode gives them (cookieless pings while denied). (Off, it is `false`: `false?.mode`
      // is undefined, as for any primitive.)
      isAllowed: (id, purpose) =>
        (config.googleConsentMode as GoogleConsentModeOptions)?.mode == 'advanced' && GOOGLE_VENDORS.includes(id!) ||
        core.vendorAllowed(core.record, id, purpose),
    }));
    const stopIntegrations = startIntegrations({
      api,
      config,
      // Another tab decided: read the record again; only a change needs the deferred module.
      reread() {
        const previous = core.record;
        core.record = read();
        if (previous?.id !== core.record?.id) return core.later().then((d) => d.apply(previous), noop);
      },
    });
    const onClick = (event: MouseEvent) => {
      if ((event.target as Element).closest?.('[data-tamis-open]')) {
        event.preventDefault();
        api.showPreferences();
      }
    };
    document.addEventListener('click', onClick);
    // A first visit asks for the banner in a task of its own: starting the dynamic import of the
    // deferred module and the UI's modulepreload cost about a fifth of this script's evaluation at
    // 4× CPU (bench/startup-profile.mjs), and nothing that blocks depends on it (issue #13).
    if (!core.record) setTimeout(api.showBanner);
    // Cookie tables, placeholders and links written in the page, and the floating preferences
    // link, need the UI: the deferred module inserts the link and loads the UI, at idle.
    const idle = window.requestIdleCallback ?? setTimeout;
    whenBody(() => {
      if (config.ui.preferencesLink || [...document.querySelectorAll(':not(:defined)')].some((el) => el.localName.startsWith('tamis-')))
        idle(loadUi);
    });
    // Receipts of a previous page wait in the outbox (consent-log.ts): the deferred module sends
    // them when it loads, so load it once idle. A failed load (offline) leaves them for the next
    // page; `later` has already said so in the console, and nothing here waits for the result, so
    // its rejection is caught rather than left to the page as an unhandled one.
    try {
      if (config.consentLog && localStorage[OUTBOX_KEY]) idle(() => core.later().catch(noop));
    } catch {
      // Storage disabled: there is no outbox.
    }
    // After the current script, so that `init(config); on('ready', …)` still hears it. No decision
    // can land in between: deciding waits for the deferred module, a dynamic import.
    queueMicrotask(() => events.emit('ready', { consent: api.getConsent() }));
    return HEAD_BUNDLE ? noop : () => {
      blocker.stop();
      core.blocker = undefined;
      stopIntegrations();
      document.removeEventListener('click', onClick);
    };
  };

  return { api, start };
}

import type {
  Consent, DecisionDetails, DecisionMethod, PurposeChoices, PurposeId, PurposeInfo, TamisApi, TamisConfig,
  TamisEventMap, VendorDefinition,
} from './types.js';
import type { ConsentStorage } from './cookie-storage.js';
import type { ConsentRecord } from './consent-record.js';
import type { Blocker, BlockerOptions } from './blocker/index.js';
import type { IntegrationContext } from './integrations/index.js';
import { startBlocker } from './blocker/index.js';
import { startIntegrations } from './integrations/index.js';
import { GOOGLE_VENDORS, resolveConfig } from './config.js';
import { createConsentStore } from './consent-store.js';
import { GPC_PURPOSES, PURPOSE_IDS, PURPOSE_RULES } from './purposes.js';
import { createEmitter } from './events.js';
import { clearVendorData } from './clear-vendor-data.js';
import { createUiLoader, whenBody } from './ui-loader.js';
import { VERSION } from './version.js';

/** What the runtime needs from its surroundings; tests pass a memory storage and a fixed clock. */
export interface Platform {
  /** Where the consent record lives (`cookieStorage()` in the browser). */
  storage: ConsentStorage;
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

type Allowed = (record: ConsentRecord | null) => boolean;

/**
 * Creates the runtime: config → store → blocker → integrations → UI loading. Nothing touches the
 * page until `start()`; the API works without it (unit tests, server-side).
 */
export function createRuntime(input: TamisConfig | undefined, catalog: VendorDefinition[], platform: Platform): Runtime {
  const html = document.documentElement.lang || navigator.language || 'en';
  const config = resolveConfig(input, catalog, html.slice(0, 2));
  const listed = config.vendors;
  const all = [...listed, ...catalog.filter((v) => !listed.some((s) => s.id === v.id))];
  const byId = new Map(all.map((v) => [v.id, v]));
  const purposes: PurposeInfo[] = PURPOSE_IDS.map((id) => ({ id, rule: PURPOSE_RULES[id], vendors: listed.filter((v) => v.purpose == id) }))
    .filter((p) => p.id == 'necessary' || p.vendors.length);
  const store = createConsentStore(platform.storage, config, platform.now);
  const gpc = config.respectGPC && (platform.gpc ?? (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true);
  const events = createEmitter<TamisEventMap>();
  const decisionHooks = new Set<Parameters<IntegrationContext['onDecision']>[0]>();
  const ui = createUiLoader(config.ui, platform.scriptSrc);
  const warned = new Set<string>();
  let record = store.read();
  let blocker: Blocker | undefined;

  /** Locked purposes are always on; otherwise the choice made, else the default (exempt: on). */
  const purposeAllowed = (r: ConsentRecord | null, p: PurposeId) =>
    PURPOSE_RULES[p] == 'locked' || (r?.c[p] ?? PURPOSE_RULES[p] == 'exempt');
  /**
   * A vendor choice overrides its purpose's. Catalog vendors the site did not list stay blocked
   * unless the visitor allowed them one by one (the banner never showed them), except locked ones.
   */
  const vendorAllowed = (r: ConsentRecord | null, id: string | undefined, purpose?: PurposeId): boolean => {
    const vendor = id ? byId.get(id) : undefined;
    const p = vendor?.purpose ?? purpose;
    if (p && PURPOSE_RULES[p] == 'locked') return true;
    const own = id === undefined ? undefined : r?.x[id];
    return own ?? (!!p && (!vendor || listed.includes(vendor)) && purposeAllowed(r, p));
  };

  const toConsent = (r: ConsentRecord | null): Consent | null =>
    r && {
      id: r.id,
      revision: r.r,
      date: new Date(r.t),
      expires: store.expires(r),
      categories: Object.fromEntries(purposes.map((p) => [p.id, purposeAllowed(r, p.id)])),
      vendors: Object.fromEntries(listed.map((v) => [v.id, vendorAllowed(r, v.id)])),
      method: r.m,
      gpc: r.g,
    };

  /** Applies a change of record: events, then release of newly allowed tags or withdrawal. */
  const apply = (previous: ConsentRecord | null, details?: DecisionDetails, resetting?: boolean) => {
    const detail = { consent: toConsent(record), previous: toConsent(previous) };
    events.emit('change', detail);
    document.dispatchEvent(new CustomEvent('tamis:change', { detail }));
    if (details && record) for (const hook of [...decisionHooks]) hook(detail.consent!, { ...details, method: record.m });
    const checks: Array<[Allowed, VendorDefinition?]> = [
      ...all.map((v): [Allowed, VendorDefinition] => [(r) => vendorAllowed(r, v.id), v]),
      ...PURPOSE_IDS.map((p): [Allowed] => [(r) => purposeAllowed(r, p)]),
    ];
    const lost = checks.filter(([allowed]) => allowed(previous) && !allowed(record));
    const gained = checks.some(([allowed]) => !allowed(previous) && allowed(record));
    // reset() forgets everything: the data of every vendor not allowed by default goes too.
    const clear = resetting ? all.filter((v) => !vendorAllowed(null, v.id)) : lost.flatMap(([, v]) => v ?? []);
    if (clear.length) (platform.clearVendorData ?? clearVendorData)(clear);
    // Code already running cannot be unloaded: reload so that it is gone (CNIL 2020-092 §25).
    if (lost.length && config.reloadOnWithdraw) return (platform.reload ?? (() => location.reload()))(), true;
    if (gained) blocker?.release();
  };

  const decide = (c: Record<string, boolean>, x: Record<string, boolean>, method: DecisionMethod, details: DecisionDetails = {}) => {
    const previous = record;
    record = store.write({ c, x, m: details.method ?? method, g: gpc && GPC_PURPOSES.every((p) => !c[p]) });
    apply(previous, details);
  };

  const choices = (value: (p: PurposeInfo) => boolean) =>
    Object.fromEntries(purposes.filter((p) => p.rule != 'locked').map((p) => [p.id, value(p)]));

  const api: TamisApi = {
    version: VERSION,
    config,
    purposes,
    gpc,
    getConsent: () => toConsent(record),
    hasConsent: (what) => (what in PURPOSE_RULES ? purposeAllowed(record, what as PurposeId) : vendorAllowed(record, what)),
    // Under GPC, "accept all" still leaves sale and sharing off; the visitor can switch them on.
    acceptAll: (details) => decide(choices((p) => !(gpc && GPC_PURPOSES.includes(p.id))), {}, gpc ? 'gpc' : 'accept-all', details),
    // Refusing consent leaves exempt audience measurement as it was: it needs no consent, and
    // objecting to it is a separate choice (CNIL, "cookies de mesure d'audience exemptés").
    rejectAll: (details) => decide(choices((p) => p.rule == 'exempt' && purposeAllowed(record, p.id)), {}, 'reject-all', details),
    setConsent(given: PurposeChoices, vendors = {}, details) {
      const c = { ...record?.c };
      for (const [p, on] of Object.entries(given)) if (PURPOSE_RULES[p as PurposeId] && PURPOSE_RULES[p as PurposeId] != 'locked') c[p] = !!on;
      decide(c, { ...record?.x, ...vendors }, 'custom', details);
    },
    showBanner() {
      events.emit('show-banner', {});
      ui.load();
      ui.ensure('tamis-banner');
    },
    showPreferences() {
      events.emit('show-preferences', {});
      ui.load();
      ui.ensure('tamis-preferences').then(async (el) => {
        await customElements.whenDefined('tamis-preferences');
        (el as HTMLElement & { show(): void }).show();
      });
    },
    reset() {
      const previous = record;
      store.remove();
      record = null;
      if (!apply(previous, undefined, true)) api.showBanner();
    },
    on: events.on,
  };

  const onBlocked: BlockerOptions['onBlocked'] = ({ vendor, purpose, element }) => {
    events.emit('blocked', { vendor: vendor?.id ?? '', purpose, element });
    if (vendor && !listed.includes(vendor) && !warned.has(vendor.id)) {
      warned.add(vendor.id);
      console.warn(`tamis: ${vendor.name} (${vendor.id}) is on this page but not in config.vendors: it stays blocked`);
    }
    // A blocked iframe gets a <tamis-placeholder>, which needs the UI.
    if (element.localName == 'iframe') ui.load();
  };

  const start = () => {
    blocker = startBlocker({
      vendors: all,
      onBlocked,
      // Advanced Consent Mode: Google tags load at once and follow the consent state Google
      // Consent Mode gives them (cookieless pings while denied).
      isAllowed: (id, purpose) =>
        (config.googleConsentMode && config.googleConsentMode.mode == 'advanced' && GOOGLE_VENDORS.includes(id!)) ||
        vendorAllowed(record, id, purpose),
    });
    const stopIntegrations = startIntegrations({
      api,
      config,
      reload() {
        const previous = record;
        record = store.read();
        if (previous?.id !== record?.id) apply(previous);
      },
      onDecision: (hook) => (decisionHooks.add(hook), () => void decisionHooks.delete(hook)),
    });
    const onClick = (event: MouseEvent) => {
      if ((event.target as Element).closest?.('[data-tamis-open]')) {
        event.preventDefault();
        api.showPreferences();
      }
    };
    document.addEventListener('click', onClick);
    if (!record) api.showBanner();
    whenBody(() => {
      // Cookie tables, placeholders and links written in the page need the UI to render.
      if ([...document.querySelectorAll(':not(:defined)')].some((el) => el.localName.startsWith('tamis-'))) ui.load();
      if (config.ui.preferencesLink) {
        ui.ensure('tamis-preferences-link');
        (window.requestIdleCallback ?? setTimeout)(() => ui.load());
      }
    });
    // After the current script, so that `init(config); on('ready', …)` still hears it.
    const ready = { consent: toConsent(record) };
    queueMicrotask(() => events.emit('ready', ready));
    return () => {
      blocker?.stop();
      blocker = undefined;
      stopIntegrations?.();
      document.removeEventListener('click', onClick);
    };
  };

  return { api, start };
}

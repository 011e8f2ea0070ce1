/**
 * The deferred part of the runtime (dist/tamis-deferred.js, loaded on demand next to tamis.js):
 * everything that runs only when something is decided. `<head>` keeps blocking, reading the record
 * and the API facade; this module writes the record, applies a decision (events, release, clearing
 * a withdrawal, reload), sends receipts, reports config errors, resolves the config keys only the
 * UI reads, and loads and inserts the UI.
 */
import type { Consent, DecisionDetails, DecisionMethod, PurposeChoices, PurposeId, PurposeInfo, TamisApi, VendorDefinition } from '../types.js';
import type { ConsentRecord } from '../consent-record.js';
import type { Core } from '../runtime.js';
import { createConsentStore } from '../consent-store.js';
import { cookieStorage } from '../cookie-storage.js';
import { GPC_PURPOSES, PURPOSE_IDS, PURPOSE_RULES } from '../purposes.js';
import { releaser } from '../blocker/release.js';
import { resolveDeferredConfig } from '../config-deferred.js';
import { createUiLoader } from './ui-loader.js';
import { configNews } from './config-news.js';
import { whenBody } from '../when-body.js';
import { reportMissingFile } from '../missing-file.js';
import type { DecisionHook } from '../integrations/consent-log.js';

/** What the deferred module adds to the runtime. */
export interface Deferred extends Pick<TamisApi, 'acceptAll' | 'rejectAll' | 'setConsent' | 'reset' | 'showBanner' | 'showPreferences'> {
  /** Loads the UI (once): a blocked iframe's placeholder or an element written in the page needs it. */
  loadUi(): void;
  /**
   * Applies a change of record (already in `core.record`): events, then release of newly allowed
   * tags or withdrawal. `resetting`: the record was forgotten, every vendor not allowed by default
   * loses its data. Resolves to `true` when the page reloads.
   */
  apply(previous: ConsentRecord | null, details?: DecisionDetails, resetting?: boolean): Promise<boolean>;
  /** The blocker's release (src/blocker/release.ts), kept out of `<head>`. */
  releaser: typeof releaser;
}

type Allowed = (record: ConsentRecord | null) => boolean;

/**
 * Creates the deferred half of a runtime: config errors are logged now and `api.config` is
 * completed in place (see README, Configuration), before any UI element is inserted.
 */
export function createDeferred(core: Core): Deferred {
  const { api, platform, events, all } = core;
  const { config, purposes, gpc } = api;
  // After `config.language`: the page's language, then the visitor's (README, Languages).
  const languages = [document.documentElement.lang, ...navigator.languages];
  let news = false;
  resolveDeferredConfig(config, languages, () => (news = true));
  // The config messages and their tables are a chunk of their own (dist/chunks/validate-config-*.js),
  // fetched now, alongside the UI, only when there may be something to report (config-news.ts):
  // nothing waits for them, and a sound config's first visit does not download them (issue 13).
  if (news || configNews(core.input, config))
    import('./validate-config.js').then(
      (m) => m.validateConfig(core.input, core.catalog, languages),
      (error) => reportMissingFile(error, 'the config messages'),
    );
  // Vendors whose policy link was dropped are copies: the UI reads them from `all` and `purposes`.
  for (const list of [all, ...purposes.map((p) => p.vendors)])
    list.forEach((v, i) => (list[i] = config.vendors.find((c) => c.id == v.id) ?? v));
  const ui = createUiLoader(config.ui, platform.scriptSrc);
  /**
   * Loads what the page needs drawn: the banner's file draws placeholders too; cookie tables and
   * preferences links need the whole UI.
   */
  const loadUi = () => void ui.load(config.ui.preferencesLink || document.querySelector('tamis-cookie-table,tamis-preferences-link,tamis-preferences') ? 'full' : 'banner');
  /** Emits `show-banner` / `show-preferences`, loads the UI and ensures its element. */
  const show = (tag: 'tamis-banner' | 'tamis-preferences') => {
    events.emit(`show-${tag.slice(6) as 'banner'}`, {});
    void ui.load(tag == 'tamis-banner' ? 'banner' : 'full');
    return ui.ensure(tag);
  };
  // Cookie tables, placeholders and links written in the page need the UI to render.
  whenBody(() => {
    if ([...document.querySelectorAll(':not(:defined)')].some((el) => el.localName.startsWith('tamis-'))) loadUi();
    if (config.ui.preferencesLink) {
      void ui.ensure('tamis-preferences-link');
      (window.requestIdleCallback ?? setTimeout)(loadUi);
    }
  });
  /** Told of each decision made in this tab, with how it was made (receipts). */
  const hooks = new Set<DecisionHook>();
  // Receipts are a chunk of their own (dist/chunks/consent-log-*.js), fetched only on sites that
  // collect them: the others' first visit does not download them. A decision waits for it (below).
  const receipts =
    config.consentLog &&
    import('../integrations/consent-log.js').then(
      (m) => void m.startConsentLog({ api, config, onDecision: (hook) => (hooks.add(hook), () => void hooks.delete(hook)) }),
      (error) => reportMissingFile(error, 'the consent receipts'),
    );
  const store = createConsentStore(platform.storage ?? cookieStorage(), config, platform.now);
  const checks: Array<[Allowed, VendorDefinition?]> = [
    ...all.map((v): [Allowed, VendorDefinition] => [(r) => core.vendorAllowed(r, v.id), v]),
    ...PURPOSE_IDS.map((p): [Allowed] => [(r) => core.purposeAllowed(r, p)]),
  ];

  const apply: Deferred['apply'] = async (previous, details, resetting) => {
    const { record } = core;
    const detail = { consent: core.toConsent(record), previous: core.toConsent(previous) };
    events.emit('change', detail);
    document.dispatchEvent(new CustomEvent('tamis:change', { detail }));
    if (details && record) {
      await receipts;
      for (const hook of [...hooks]) hook(detail.consent as Consent, { ...details, method: record.m });
    }
    const lost = checks.filter(([allowed]) => allowed(previous) && !allowed(record));
    const gained = checks.some(([allowed]) => !allowed(previous) && allowed(record));
    // reset() forgets everything: the data of every vendor not allowed by default goes too.
    const clear = resetting ? all.filter((v) => !core.vendorAllowed(null, v.id)) : lost.flatMap(([, v]) => v ?? []);
    // The clearing code and the catalog's cookie names are a chunk (clear.ts): a first visit has
    // nothing to withdraw. Waited for, so that a reload comes after the data is gone.
    if (clear.length)
      await import('./clear.js').then(
        (m) => (platform.clearVendorData ?? m.clearVendorData)(clear.map(m.withData)),
        (error) => reportMissingFile(error, 'the withdrawal clearing'),
      );
    // Code already running cannot be unloaded: reload so that it is gone (CNIL 2020-092 §25).
    if (lost.length && config.reloadOnWithdraw) return (platform.reload ?? (() => location.reload()))(), true;
    const released = { consent: detail.consent, restored: (gained && (await core.blocker?.release())) || [] };
    events.emit('released', released);
    document.dispatchEvent(new CustomEvent('tamis:released', { detail: released }));
    return false;
  };

  const decide = async (c: Record<string, boolean>, x: Record<string, boolean>, method: DecisionMethod, details: DecisionDetails = {}) => {
    const previous = core.record;
    core.record = store.write({ c, x, m: details.method ?? method, g: gpc && GPC_PURPOSES.every((p) => !c[p]) });
    await apply(previous, details);
  };

  const choices = (value: (p: PurposeInfo) => boolean) =>
    Object.fromEntries(purposes.filter((p) => p.rule != 'locked').map((p) => [p.id, value(p)]));

  return {
    apply,
    releaser,
    loadUi,
    showBanner: () => void show('tamis-banner'),
    showPreferences() {
      void show('tamis-preferences').then(async (el) => {
        await customElements.whenDefined('tamis-preferences');
        (el as HTMLElement & { show(): void }).show();
      });
    },
    // Under GPC, "accept all" still leaves sale and sharing off; the visitor can switch them on.
    acceptAll: (details) => decide(choices((p) => !(gpc && GPC_PURPOSES.includes(p.id))), {}, gpc ? 'gpc' : 'accept-all', details),
    // Refusing consent leaves exempt audience measurement as it was: it needs no consent, and
    // objecting to it is a separate choice (CNIL, "cookies de mesure d'audience exemptés").
    rejectAll: (details) => decide(choices((p) => p.rule == 'exempt' && core.purposeAllowed(core.record, p.id)), {}, 'reject-all', details),
    setConsent(given: PurposeChoices, vendors = {}, details) {
      const c = { ...core.record?.c };
      for (const [p, on] of Object.entries(given)) if (PURPOSE_RULES[p as PurposeId] && PURPOSE_RULES[p as PurposeId] != 'locked') c[p] = !!on;
      return decide(c, { ...core.record?.x, ...vendors }, 'custom', details);
    },
    async reset() {
      const previous = core.record;
      store.remove();
      core.record = null;
      if (!(await apply(previous, undefined, true))) api.showBanner();
    },
  };
}

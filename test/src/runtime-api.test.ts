import { expect, waitUntil } from '@open-wc/testing';
import { createRuntime } from '../../src/runtime.js';
import type { Platform } from '../../src/runtime.js';
import { memoryStorage } from '../../src/memory-storage.js';
import type { TamisConfig, VendorDefinition } from '../../src/types.js';
import { captureConsole, captureConsoleAsync, testCatalog } from './helpers.js';

interface Setup {
  config?: TamisConfig;
  storage?: ReturnType<typeof memoryStorage>;
  gpc?: boolean;
}

/** A runtime on a memory storage, recording reloads and cleared vendors instead of doing them. */
function setup({ config = {}, storage = memoryStorage(), gpc = false }: Setup = {}) {
  const reloads: number[] = [];
  const cleared: string[][] = [];
  const platform: Platform = {
    storage,
    gpc,
    reload: () => reloads.push(1),
    clearVendorData: (vendors: VendorDefinition[]) => cleared.push(vendors.map((v) => v.id)),
  };
  const ui = { load: () => Promise.resolve() };
  const { api } = createRuntime({ vendors: ['google-analytics', 'hotjar', 'youtube', 'meta-pixel', 'matomo', 'stripe'], ui, ...config }, testCatalog, platform);
  return { api, storage, reloads, cleared };
}

describe('runtime API', () => {
  afterEach(() => document.querySelectorAll('tamis-banner, tamis-preferences').forEach((el) => el.remove()));

  it('lists only the purposes its vendors use, plus necessary, in display order', () => {
    const { api } = setup({ config: { vendors: ['youtube', 'hotjar', 'stripe'] } });
    expect(api.purposes.map((p) => [p.id, p.rule, p.vendors.map((v) => v.id)])).to.deep.equal([
      ['necessary', 'locked', []],
      ['analytics', 'opt-in', ['hotjar']],
      ['social', 'opt-in', ['youtube']],
      ['fraud', 'locked', ['stripe']],
    ]);
  });

  it('has no consent before a decision: locked and exempt purposes on, opt-in ones off', () => {
    const { api } = setup();
    expect(api.getConsent()).to.equal(null);
    expect(['necessary', 'audience', 'fraud', 'matomo', 'stripe'].map(api.hasConsent)).to.deep.equal([true, true, true, true, true]);
    expect(['analytics', 'advertising', 'social', 'pixels', 'hotjar', 'youtube'].map(api.hasConsent)).to.deep.equal([false, false, false, false, false, false]);
  });

  it('consents to every purpose and vendor in use on acceptAll', async () => {
    const { api } = setup();
    await api.acceptAll({ textsHash: 'abc' });
    const consent = api.getConsent()!;
    expect(consent.categories).to.deep.equal({ necessary: true, audience: true, analytics: true, social: true, pixels: true, fraud: true });
    expect(consent.vendors).to.deep.equal({ 'google-analytics': true, hotjar: true, youtube: true, 'meta-pixel': true, matomo: true, stripe: true });
    expect(consent).to.include({ method: 'accept-all', gpc: false, revision: 1 });
    expect(consent.expires.getTime()).to.be.greaterThan(consent.date.getTime());
  });

  it('refuses every opt-in purpose on rejectAll and leaves exempt audience measurement on', async () => {
    const { api } = setup();
    await api.rejectAll();
    const consent = api.getConsent()!;
    expect(consent.categories).to.deep.equal({ necessary: true, audience: true, analytics: false, social: false, pixels: false, fraud: true });
    expect(consent.method).to.equal('reject-all');
    expect(api.hasConsent('hotjar')).to.equal(false);
  });

  it('keeps purposes and vendors that setConsent does not name', async () => {
    const { api } = setup();
    await api.setConsent({ analytics: true }, { youtube: true });
    await api.setConsent({ pixels: true });
    const consent = api.getConsent()!;
    expect(consent.categories).to.include({ analytics: true, pixels: true, social: false, audience: true });
    expect(consent.vendors).to.include({ youtube: true, hotjar: true, 'meta-pixel': true });
    expect(consent.method).to.equal('custom');
  });

  it('lets a vendor choice override its purpose', async () => {
    const { api } = setup();
    await api.setConsent({}, { youtube: true });
    expect(api.hasConsent('youtube')).to.equal(true);
    expect(api.hasConsent('social')).to.equal(false);
    await api.setConsent({ analytics: true }, { hotjar: false });
    expect(api.hasConsent('google-analytics')).to.equal(true);
    expect(api.hasConsent('hotjar')).to.equal(false);
    expect(api.getConsent()!.vendors).to.include({ 'google-analytics': true, hotjar: false });
  });

  it('answers false, a boolean, for names that are neither a purpose nor a vendor', async () => {
    const { api } = setup();
    await api.acceptAll();
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'unknown-vendor', ''])
      expect(api.hasConsent(name), name).to.equal(false);
    expect(api.hasConsent('analytics')).to.equal(true);
  });

  it('lets the visitor object to exempt audience measurement', async () => {
    const { api } = setup();
    await api.setConsent({ audience: false });
    expect(api.hasConsent('audience')).to.equal(false);
    expect(api.hasConsent('matomo')).to.equal(false);
  });

  it('never switches a locked purpose off', async () => {
    const { api } = setup();
    await api.setConsent({ necessary: false, fraud: false }, {});
    expect(api.hasConsent('necessary')).to.equal(true);
    expect(api.hasConsent('stripe')).to.equal(true);
  });

  it('keeps catalog vendors the site did not list blocked, even when their purpose is allowed', async () => {
    const { api } = setup({ config: { vendors: ['hotjar'] } });
    await api.acceptAll();
    expect(api.hasConsent('hotjar')).to.equal(true);
    expect(api.hasConsent('google-analytics')).to.equal(false);
    await api.setConsent({}, { 'google-analytics': true });
    expect(api.hasConsent('google-analytics')).to.equal(true);
  });

  it('answers false for an id that is neither a purpose nor a vendor', () => {
    expect(setup().api.hasConsent('nothing')).to.equal(false);
  });

  it('emits change with the new and previous decisions, until unsubscribed', async () => {
    const { api } = setup();
    const seen: Array<[string | undefined, string | undefined]> = [];
    const off = api.on('change', ({ consent, previous }) => seen.push([consent?.method, previous?.method]));
    await api.acceptAll();
    await api.rejectAll();
    off();
    await api.setConsent({ analytics: true });
    expect(seen).to.deep.equal([
      ['accept-all', undefined],
      ['reject-all', 'accept-all'],
    ]);
  });

  it('dispatches tamis:change on document', async () => {
    const { api } = setup();
    const details: unknown[] = [];
    const listener = (event: CustomEvent) => details.push(event.detail);
    document.addEventListener('tamis:change', listener);
    await api.setConsent({ analytics: true });
    document.removeEventListener('tamis:change', listener);
    expect(details).to.have.length(1);
    expect(details[0]).to.deep.equal({ consent: api.getConsent(), previous: null });
  });

  it('keeps calling the other listeners when one throws', async () => {
    const { api } = setup();
    let called = false;
    api.on('change', () => {
      throw new Error('listener bug');
    });
    api.on('change', () => (called = true));
    const { errors } = await captureConsoleAsync(() => api.acceptAll());
    expect(called).to.equal(true);
    expect(errors.join()).to.contain('listener bug');
  });

  it('remembers the decision on a return visit without rewriting it', async () => {
    const storage = memoryStorage();
    await setup({ storage }).api.setConsent({ analytics: true });
    const again = setup({ storage }).api;
    expect(again.getConsent()!.categories.analytics).to.equal(true);
    expect(storage.writes).to.have.length(1);
  });

  it('asks again when the policy revision changes', async () => {
    const storage = memoryStorage();
    await setup({ storage }).api.acceptAll();
    expect(setup({ storage, config: { revision: 2 } }).api.getConsent()).to.equal(null);
  });

  it('treats a tampered record as no consent', async () => {
    const storage = memoryStorage();
    await setup({ storage }).api.rejectAll();
    storage.values.set('tamis_consent', storage.values.get('tamis_consent')!.replace('"analytics":false', '"analytics":true'));
    const { api } = setup({ storage });
    expect(api.getConsent()).to.equal(null);
    expect(api.hasConsent('analytics')).to.equal(false);
  });

  it('reports config errors once the deferred part loads (banner or decision), never in <head>', async () => {
    const { result: api, errors: atStart } = captureConsole(() => setup({ config: { retentionMonths: 24 } }).api);
    expect(atStart).to.deep.equal([]);
    expect(api.config.retentionMonths).to.equal(6);
    // The messages are a chunk of the deferred module, fetched as it loads: wait for them.
    const { errors } = await captureConsoleAsync(async () => {
      let logged = false;
      const { error } = console;
      console.error = (...args: unknown[]) => ((logged = true), error(...args));
      try {
        await api.acceptAll();
        await waitUntil(() => logged, 'config messages', { timeout: 8000 });
      } finally {
        console.error = error;
      }
    });
    expect(errors).to.deep.equal(['tamis: config.retentionMonths must be a whole number from 1 to 13 (CNIL), got 24']);
  });

  it('resolves the keys <head> uses at once, and completes the config in place when the deferred part loads', async () => {
    const texts = { bannerTitle: 'Cookies' };
    const { api } = setup({ config: { language: 'FR', texts, policyUrl: 42 as unknown as string, ui: { layout: 'popup' as 'bar' }, retentionMonths: 24 } });
    const { config } = api;
    expect(config.retentionMonths).to.equal(6);
    expect(config.language).to.equal('FR');
    expect(config.texts).to.equal(texts);
    await captureConsoleAsync(() => api.acceptAll());
    expect(api.config).to.equal(config);
    expect(config).to.include({ language: 'fr', policyUrl: '', reloadOnWithdraw: true });
    expect(config.texts).to.deep.equal({ '*': texts });
    expect(config.ui).to.include({ layout: 'bar', theme: 'auto', continueWithoutAccepting: false });
    expect(texts).to.deep.equal({ bannerTitle: 'Cookies' });
  });

  it('reflects the decision in getConsent once acceptAll resolves, not before', async () => {
    const { api } = setup();
    const done = api.acceptAll();
    expect(api.getConsent()).to.equal(null);
    await done;
    expect(api.getConsent()!.method).to.equal('accept-all');
  });

  describe('withdrawal', () => {
    it('clears the cookie names and storage keys of the full catalog, which <head> does not carry', async () => {
      const seen: VendorDefinition[][] = [];
      // As in dist/tamis.js, whose catalog copy has `cookies: []` and no `storage`.
      const stripped = testCatalog.map((v) => ({ ...v, cookies: [] }));
      const platform: Platform = { storage: memoryStorage(), reload: () => {}, clearVendorData: (vendors) => seen.push(vendors) };
      const { api } = createRuntime({ vendors: ['hotjar'], ui: { load: () => Promise.resolve() } }, stripped, platform);
      await api.acceptAll();
      await api.rejectAll();
      expect(seen.map((list) => list.map((v) => v.id))).to.deep.equal([['hotjar']]);
      expect(seen[0][0].cookies.map((c) => String(c.name))).to.include('/^_hjSessionUser_/');
      expect(seen[0][0].storage!.map(String)).to.include('/^_?hj/');
    });


    it('clears the data of withdrawn vendors and reloads the page', async () => {
      const { api, cleared, reloads } = setup();
      await api.acceptAll();
      await api.setConsent({ analytics: false });
      expect(cleared).to.deep.equal([['google-analytics', 'hotjar']]);
      expect(reloads).to.have.length(1);
    });

    it('clears a vendor refused one by one', async () => {
      const { api, cleared } = setup();
      await api.acceptAll();
      await api.setConsent({}, { youtube: false });
      expect(cleared).to.deep.equal([['youtube']]);
    });

    it('does not reload when reloadOnWithdraw is false', async () => {
      const { api, cleared, reloads } = setup({ config: { reloadOnWithdraw: false } });
      await api.acceptAll();
      await api.rejectAll();
      expect(cleared).to.deep.equal([['google-analytics', 'hotjar', 'youtube', 'meta-pixel']]);
      expect(reloads).to.have.length(0);
    });

    it('does nothing when nothing that was allowed is refused', async () => {
      const { api, cleared, reloads } = setup();
      await api.rejectAll();
      await api.rejectAll();
      await api.setConsent({ analytics: true });
      expect(cleared).to.deep.equal([]);
      expect(reloads).to.have.length(0);
    });

    it('forgets the decision on reset, clears vendor data and reloads', async () => {
      const { api, storage, cleared, reloads } = setup();
      await api.setConsent({ analytics: true });
      await api.reset();
      expect(api.getConsent()).to.equal(null);
      expect(storage.values.has('tamis_consent')).to.equal(false);
      expect(cleared[0]).to.include.members(['google-analytics', 'hotjar', 'youtube', 'meta-pixel']);
      expect(reloads).to.have.length(1);
    });

    it('shows the banner again on reset when nothing has to be unloaded', async () => {
      const { api, reloads } = setup();
      await api.rejectAll();
      let asked = 0;
      api.on('show-banner', () => asked++);
      await api.reset();
      expect(reloads).to.have.length(0);
      expect(asked).to.equal(1);
    });
  });

  describe('Global Privacy Control', () => {
    it('is reported only when respectGPC is on', () => {
      expect(setup({ gpc: true }).api.gpc).to.equal(true);
      expect(setup({ gpc: true, config: { respectGPC: false } }).api.gpc).to.equal(false);
      expect(setup({ gpc: false }).api.gpc).to.equal(false);
    });

    it('leaves advertising, social and pixels off on acceptAll', async () => {
      const { api } = setup({ gpc: true });
      await api.acceptAll();
      const consent = api.getConsent()!;
      expect(consent.categories).to.include({ analytics: true, social: false, pixels: false });
      expect(consent).to.include({ method: 'gpc', gpc: true });
      expect(api.hasConsent('youtube')).to.equal(false);
    });

    it('still lets the visitor turn them on one by one', async () => {
      const { api } = setup({ gpc: true });
      await api.acceptAll();
      await api.setConsent({ social: true });
      expect(api.hasConsent('youtube')).to.equal(true);
      expect(api.getConsent()!.gpc).to.equal(false);
    });

    it('accepts everything when GPC is ignored', async () => {
      const { api } = setup({ gpc: true, config: { respectGPC: false } });
      await api.acceptAll();
      expect(api.getConsent()).to.include({ method: 'accept-all', gpc: false });
      expect(api.hasConsent('pixels')).to.equal(true);
    });
  });

  describe('UI requests', () => {
    it('inserts one tamis-banner in body on showBanner and loads the UI', async () => {
      let loads = 0;
      const { api } = setup({ config: { ui: { load: async () => void loads++ } } });
      api.showBanner();
      api.showBanner();
      // The deferred module shows it, once loaded.
      await waitUntil(() => document.body.querySelector('tamis-banner'));
      await new Promise((r) => setTimeout(r));
      expect(document.body.querySelectorAll('tamis-banner')).to.have.length(1);
      expect(loads).to.equal(1);
    });

    it('preloads tamis-banner.js next to tamis.js (or ui.url) once, in parallel with the deferred part; never with ui.load', async () => {
      const links = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')];
      const platform: Platform = { storage: memoryStorage(), scriptSrc: 'http://127.0.0.1:1/assets/tamis.js' };
      // Nothing listens on port 1: the deferred part logs that the UI could not load.
      await captureConsoleAsync(async () => {
        const { api } = createRuntime({}, testCatalog, platform);
        api.showBanner();
        api.showBanner();
        // The banner without Lit (issue 13); tamis-ui.js imports the same file for the preferences.
        expect(links().map((l) => l.href)).to.deep.equal(['http://127.0.0.1:1/assets/tamis-banner.js']);
        // Ahead of the page's images and late scripts: the banner waits for it (issue #13).
        expect(links()[0].getAttribute('fetchpriority')).to.equal('high');
        links().forEach((l) => l.remove());
        createRuntime({ ui: { url: 'http://127.0.0.1:1/ui.js' } }, testCatalog, platform).api.showBanner();
        expect(links().map((l) => l.href)).to.deep.equal(['http://127.0.0.1:1/ui.js']);
        links().forEach((l) => l.remove());
        createRuntime({ ui: { load: async () => {} } }, testCatalog, platform).api.showBanner();
        expect(links()).to.deep.equal([]);
        await waitUntil(() => document.body.querySelector('tamis-banner'));
        await new Promise((r) => setTimeout(r, 50));
      });
    });

    it('inserts one tamis-preferences and calls its show() once defined', async () => {
      let shown = 0;
      const name = 'tamis-preferences';
      if (!customElements.get(name)) customElements.define(name, class extends HTMLElement {
        show() {
          this.dispatchEvent(new Event('shown'));
        }
      });
      document.addEventListener('shown', () => shown++, true);
      const { api } = setup();
      const events: string[] = [];
      api.on('show-preferences', () => events.push('show-preferences'));
      api.showPreferences();
      // The deferred module loads first: wait for the call, not a fixed time (the machine may be busy).
      await waitUntil(() => shown > 0, 'show() called');
      expect(document.body.querySelectorAll(name)).to.have.length(1);
      expect(events).to.deep.equal(['show-preferences']);
      expect(shown).to.equal(1);
    });
  });
});

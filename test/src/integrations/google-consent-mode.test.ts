import { expect } from '@open-wc/testing';
import { startIntegrations } from '../../../src/integrations/index.js';
import { consentModeState } from '../../../src/integrations/google-consent-mode.js';
import type { GoogleConsentModeOptions } from '../../../src/types.js';
import { fakeRuntime, makeConfig, makeConsent } from './fake-context.js';

interface GoogleWindow {
  dataLayer?: unknown[];
  gtag?: (...args: unknown[]) => void;
}
const w = window as unknown as GoogleWindow;

const gcm = (options: Partial<GoogleConsentModeOptions> = {}) =>
  makeConfig({ googleConsentMode: { mode: 'basic', waitForUpdate: 500, ...options } });

/** dataLayer entries as gtag.js reads them: Arguments objects as arrays, other objects as is. */
const entries = () =>
  (w.dataLayer ?? []).map((e) => (Object.prototype.toString.call(e) == '[object Arguments]' ? Array.from(e as ArrayLike<unknown>) : e));
const commands = (name: string, action?: string) =>
  entries().filter((e): e is unknown[] => Array.isArray(e) && e[0] == name && (!action || e[1] == action));
const gtmEvents = () =>
  entries().filter((e) => (e as { event?: string }).event == 'tamis_consent_update') as Array<{ tamis: object }>;

const DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
};

describe('Google Consent Mode v2', () => {
  let stops: Array<() => void> = [];
  const start = (...args: Parameters<typeof fakeRuntime>) => {
    const fake = fakeRuntime(...args);
    stops.push(startIntegrations(fake.context));
    return fake;
  };
  beforeEach(() => {
    delete w.dataLayer;
    delete w.gtag;
  });
  afterEach(() => {
    stops.forEach((stop) => stop());
    stops = [];
    delete w.dataLayer;
    delete w.gtag;
  });

  it('pushes the consent default, all denied but functionality and security, as an Arguments object', () => {
    start(gcm());
    const [first] = w.dataLayer!;
    expect(Object.prototype.toString.call(first)).to.equal('[object Arguments]');
    expect(entries()).to.deep.equal([
      [
        'consent',
        'default',
        { ...DENIED, functionality_storage: 'granted', security_storage: 'granted', wait_for_update: 500 },
      ],
    ]);
  });

  it('defines a gtag that pushes Arguments like Google’s snippet, and keeps an existing dataLayer', () => {
    const existing = [{ event: 'earlier' }];
    w.dataLayer = existing;
    start(gcm());
    expect(w.dataLayer).to.equal(existing);
    w.gtag!('config', 'G-TEST');
    const last = existing[existing.length - 1];
    expect(Object.prototype.toString.call(last)).to.equal('[object Arguments]');
    expect(Array.from(last as unknown as ArrayLike<unknown>)).to.deep.equal(['config', 'G-TEST']);
  });

  it('leaves a gtag the page defined in place', () => {
    const own = () => {};
    w.gtag = own;
    start(gcm());
    expect(w.gtag).to.equal(own);
    expect(commands('consent', 'default')).to.have.length(1);
  });

  it('passes region, wait_for_update, ads_data_redaction and url_passthrough only when configured', () => {
    start(gcm({ region: ['FR', 'BE'], waitForUpdate: 800, adsDataRedaction: true, urlPassthrough: false }));
    expect(commands('consent', 'default')[0][2]).to.include({ wait_for_update: 800 });
    expect((commands('consent', 'default')[0][2] as { region: string[] }).region).to.deep.equal(['FR', 'BE']);
    expect(commands('set')).to.deep.equal([
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', false],
    ]);
    delete w.dataLayer;
    start(gcm());
    expect(commands('set')).to.deep.equal([]);
    expect(commands('consent', 'default')[0][2]).not.to.have.property('region');
  });

  it('does nothing when Consent Mode is off', () => {
    start(makeConfig({ googleConsentMode: false }), makeConsent({ analytics: true }));
    expect(w.dataLayer).to.equal(undefined);
    expect(w.gtag).to.equal(undefined);
  });

  it('pushes no update and no GTM event at start-up without a stored decision', () => {
    start(gcm());
    expect(commands('consent', 'update')).to.deep.equal([]);
    expect(gtmEvents()).to.deep.equal([]);
  });

  it('pushes the stored decision as an update right after the default, then the GTM event', () => {
    start(gcm(), makeConsent({ analytics: true, advertising: false }));
    expect(entries()).to.deep.equal([
      commands('consent', 'default')[0],
      ['consent', 'update', { ...DENIED, analytics_storage: 'granted' }],
      { event: 'tamis_consent_update', tamis: { necessary: true, analytics: true, advertising: false } },
    ]);
  });

  const decisions: Array<[string, Parameters<typeof makeConsent>, object]> = [
    ['accept all', [{ analytics: true, advertising: true }], { analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' }],
    ['reject all', [{ analytics: false, advertising: false }], {}],
    ['analytics only', [{ analytics: true, advertising: false }], { analytics_storage: 'granted' }],
    ['advertising only', [{ analytics: false, advertising: true }], { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' }],
    ['Google Analytics alone, analytics off', [{ analytics: false }, { 'google-analytics': true }], { analytics_storage: 'granted' }],
    ['Google Ads refused, advertising on', [{ advertising: true }, { 'google-ads': false }], {}],
  ];
  for (const [name, args, granted] of decisions) {
    it(`pushes an update matching the decision: ${name}`, () => {
      const fake = start(gcm());
      const consent = makeConsent(...args);
      fake.decide(consent);
      expect(commands('consent', 'update')).to.deep.equal([['consent', 'update', { ...DENIED, ...granted }]]);
      expect(gtmEvents()).to.deep.equal([{ event: 'tamis_consent_update', tamis: consent.categories }]);
    });
  }

  it('pushes one update per decision (the runtime reports each once, on `change`)', () => {
    const fake = start(gcm());
    fake.decide(makeConsent({ analytics: true }));
    fake.decide(makeConsent({ analytics: false }));
    expect(commands('consent', 'update').map((c) => (c[2] as typeof DENIED).analytics_storage)).to.deep.equal([
      'granted',
      'denied',
    ]);
    expect(gtmEvents()).to.have.length(2);
  });

  it('pushes all denied when the decision is withdrawn', () => {
    const fake = start(gcm(), makeConsent({ analytics: true, advertising: true }));
    fake.withdraw();
    expect(commands('consent', 'update').at(-1)).to.deep.equal(['consent', 'update', DENIED]);
    expect(gtmEvents().at(-1)).to.deep.equal({ event: 'tamis_consent_update', tamis: {} });
  });

  it('maps no decision to every type denied', () => {
    expect(consentModeState(null)).to.deep.equal(DENIED);
  });
});

import { expect } from '@open-wc/testing';
import { configNews } from '../../src/deferred/config-news.js';
import { validateConfig } from '../../src/deferred/validate-config.js';
import { resolveDeferredConfig, resolveHeadConfig } from '../../src/config.js';
import type { TamisConfig } from '../../src/types.js';
import { captureConsole, testCatalog } from './helpers.js';

// The deferred module fetches the config messages (validate-config.ts) only when configNews, or the
// deferred keys' resolver, says there may be something to report: whatever validateConfig logs,
// the check must have asked for it.
const newsFor = (input: unknown) => {
  let reported = false;
  const config = resolveDeferredConfig(resolveHeadConfig(input as TamisConfig, testCatalog), ['en'], () => (reported = true));
  return reported || configNews(input, config);
};
const logs = (input: unknown) => {
  const { errors, warnings } = captureConsole(() => validateConfig(input as TamisConfig, testCatalog, ['en']));
  return [...errors, ...warnings];
};

const acme = { id: 'acme-chat', name: 'Acme Chat', company: 'Acme SAS', purpose: 'social', policyUrl: 'https://acme.example/privacy', urls: ['widget.acme.example'], cookies: [] };
const wrong: Array<[string, unknown]> = [
  ['no config', undefined],
  ['a config that is not an object', 'analytics'],
  ['no policyUrl', { vendors: ['hotjar'] }],
  ['an empty policyUrl', { policyUrl: '' }],
  ['a javascript: policyUrl', { policyUrl: 'javascript:alert(1)' }],
  ['a policyUrl that is not a string', { policyUrl: 42 }],
  ['an unknown key', { retentionMonth: 6 }],
  ['retentionMonths above 13', { retentionMonths: 24 }],
  ['fractional retentionMonths', { retentionMonths: 6.5 }],
  ['retentionMonths as a string', { retentionMonths: '6' }],
  ['vendors not an array', { vendors: 'hotjar' }],
  ['an unknown vendor id', { vendors: ['hotjar', 'piwikk'] }],
  ['an override of an unknown vendor', { vendors: [{ id: 'nope', purpose: 'analytics' }] }],
  ['an override with an unknown purpose', { vendors: [{ id: 'matomo', purpose: 'stats' }] }],
  ['a custom vendor with a typo', { vendors: [{ ...acme, polcyUrl: 'x' }] }],
  ['a custom vendor with an unsafe policyUrl', { vendors: [{ ...acme, policyUrl: 'javascript:x' }] }],
  ['a revision that is an object', { revision: { v: 2 } }],
  ['a revision that is NaN', { revision: NaN }],
  ['a cookie that is a string', { cookie: 'consent' }],
  ['a cookie that is null', { cookie: null }],
  ['a cookie name with a space', { cookie: { name: 'my consent' } }],
  ['a cookie domain that is not a string', { cookie: { domain: true } }],
  ['a typo in cookie', { cookie: { nmae: 'x' } }],
  ['a language that is no language tag', { language: 'French' }],
  ['an empty language', { language: '' }],
  ['texts that are a string', { texts: 'hello' }],
  ['reloadOnWithdraw as a string', { reloadOnWithdraw: 'no' }],
  ['respectGPC as a number', { respectGPC: 0 }],
  ['googleConsentMode as a string', { googleConsentMode: 'advanced' }],
  ['googleConsentMode as a number', { googleConsentMode: 1 }],
  ['an unknown googleConsentMode mode', { googleConsentMode: { mode: 'full' } }],
  ['a negative waitForUpdate', { googleConsentMode: { waitForUpdate: -1 } }],
  ['a typo in googleConsentMode', { googleConsentMode: { mdoe: 'basic' } }],
  ['consentLog without endpoint', { consentLog: {} }],
  ['consentLog with a typo', { consentLog: { endpoint: '/r', header: {} } }],
  ['ui as an array', { ui: [] }],
  ['ui as a string', { ui: 'bar' }],
  ['an unknown layout', { ui: { layout: 'popup' } }],
  ['a typo in ui', { ui: { layot: 'box' } }],
  ['an unknown theme', { ui: { theme: 'blue' } }],
  ['an unknown preferencesLink', { ui: { preferencesLink: 'top' } }],
  ['continueWithoutAccepting as a string', { ui: { continueWithoutAccepting: 'yes' } }],
  ['a ui.url that is not a string', { ui: { url: 1 } }],
  ['a ui.load that is not a function', { ui: { load: 'tamis-ui.js' } }],
  ['an unknown unknownThirdParties', { unknownThirdParties: 'deny' }],
  ['allowedHosts with a number', { allowedHosts: ['cdn.example', 1] }],
  ['allowedHosts as a string', { allowedHosts: 'cdn.example' }],
];

const sound: Array<[string, unknown]> = [
  ['catalog ids', { vendors: ['hotjar', 'youtube'], policyUrl: '/privacy' }],
  ['purpose overrides (the benchmark page)', { vendors: [{ id: 'google-analytics', purpose: 'analytics' }, { id: 'matomo', purpose: 'audience' }], policyUrl: '/privacy' }],
  [
    'every documented key but custom vendors',
    {
      vendors: ['hotjar', 'google-analytics'], policyUrl: 'https://example.fr/privacy', revision: 2, retentionMonths: 13,
      cookie: { name: 'consent', domain: 'example.fr' }, language: 'fr', texts: { fr: { acceptAll: 'OK' } },
      reloadOnWithdraw: false, respectGPC: true, unknownThirdParties: 'block', allowedHosts: ['cdn.example'],
      consentLog: { endpoint: '/receipts', headers: { 'x-site': '1' } },
      googleConsentMode: { mode: 'advanced', waitForUpdate: 0, region: ['FR'], adsDataRedaction: true, urlPassthrough: false },
      ui: { layout: 'box', theme: 'dark', preferencesLink: 'left', continueWithoutAccepting: true, url: '/ui.js', load: () => Promise.resolve() },
    },
  ],
  ['googleConsentMode: true', { vendors: ['google-analytics'], policyUrl: '/privacy', googleConsentMode: true }],
];

describe('configNews: when the deferred module fetches the config messages', () => {
  for (const [what, input] of wrong)
    it(`fetches them for ${what}, which validateConfig reports`, () => {
      expect(logs(input), 'validateConfig says something').to.not.deep.equal([]);
      expect(newsFor(input)).to.equal(true);
    });
  for (const [what, input] of sound)
    it(`leaves them out for a sound config: ${what}`, () => {
      expect(logs(input), 'validateConfig says nothing').to.deep.equal([]);
      expect(newsFor(input)).to.equal(false);
    });
});

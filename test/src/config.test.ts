import { expect } from '@open-wc/testing';
import { validateConfig } from '../../src/deferred/validate-config.js';
import { resolveConfig, resolveDeferredConfig, resolveHeadConfig } from '../../src/config.js';
import type { TamisConfig } from '../../src/types.js';
import { captureConsole, testCatalog } from './helpers.js';

// validateConfig (deferred module) resolves as the runtime does and logs the messages.
const resolve = (config: unknown, language = 'en') =>
  captureConsole(() => validateConfig(config as TamisConfig, testCatalog, [language]));

describe('config', () => {
  it('fills in the defaults without any error', () => {
    const { result, errors } = resolve({});
    expect(errors).to.deep.equal([]);
    expect(result.retentionMonths).to.equal(6);
    expect(result.revision).to.equal(1);
    expect(result.cookie).to.deep.equal({ name: 'tamis_consent', domain: undefined });
    expect(result.reloadOnWithdraw).to.equal(true);
    expect(result.respectGPC).to.equal(true);
    expect(result.googleConsentMode).to.equal(false);
    expect(result.vendors).to.deep.equal([]);
    expect(result.ui).to.include({ layout: 'bar', theme: 'auto', preferencesLink: false, continueWithoutAccepting: false });
    expect(result.language).to.equal('en');
  });

  it('accepts an undefined config', () => {
    const { result, errors } = resolve(undefined, 'fr');
    expect(errors).to.deep.equal([]);
    expect(result.language).to.equal('fr');
  });

  it('accepts retentionMonths up to 13', () => {
    const { result, errors } = resolve({ retentionMonths: 13 });
    expect(errors).to.deep.equal([]);
    expect(result.retentionMonths).to.equal(13);
  });

  const cases: Array<[string, unknown, string]> = [
    ['retentionMonths above 13', { retentionMonths: 24 }, 'tamis: config.retentionMonths must be a whole number from 1 to 13 (CNIL), got 24'],
    ['retentionMonths of 0', { retentionMonths: 0 }, 'tamis: config.retentionMonths must be a whole number from 1 to 13 (CNIL), got 0'],
    ['fractional retentionMonths', { retentionMonths: 6.5 }, 'tamis: config.retentionMonths must be a whole number from 1 to 13 (CNIL), got 6.5'],
    ['retentionMonths as a string', { retentionMonths: '6' }, 'tamis: config.retentionMonths must be a whole number from 1 to 13 (CNIL), got "6"'],
    ['a config that is not an object', 'analytics', 'tamis: config must be an object, got "analytics"'],
    ['an unknown key', { retentionMonth: 6 }, 'tamis: config.retentionMonth is not a known option'],
    ['vendors not an array', { vendors: 'hotjar' }, 'tamis: config.vendors must be an array of vendor ids or definitions, got "hotjar"'],
    ['an unknown vendor id', { vendors: ['hotjar', 'piwikk'] }, 'tamis: config.vendors[1] must be a catalog vendor id or a full definition (id, name, company, purpose, policyUrl, urls, cookies), got "piwikk"'],
    ['an override of an unknown vendor', { vendors: [{ id: 'nope', purpose: 'analytics' }] }, 'tamis: config.vendors[0] must be a catalog vendor id or a full definition (id, name, company, purpose, policyUrl, urls, cookies), got "nope"'],
    ['an override with an unknown purpose', { vendors: [{ id: 'matomo', purpose: 'stats' }] }, 'tamis: config.vendors[0].purpose must be a purpose id, got "stats"'],
    ['a policyUrl that is not a string', { policyUrl: 42 }, 'tamis: config.policyUrl must be an http(s) or relative URL, got 42'],
    ['a revision that is an object', { revision: { v: 2 } }, 'tamis: config.revision must be a number or a string, got {"v":2}'],
    ['a cookie that is a string', { cookie: 'consent' }, 'tamis: config.cookie must be an object, got "consent"'],
    ['a cookie name with a space', { cookie: { name: 'my consent' } }, 'tamis: config.cookie.name must be a cookie name (RFC 6265 token), got "my consent"'],
    ['a cookie domain that is not a string', { cookie: { domain: true } }, 'tamis: config.cookie.domain must be a domain name, got true'],
    ['a language that is no language tag', { language: 'French' }, 'tamis: config.language must be a language tag ("fr", "pt-BR"), got "French"'],
    ['texts that are a string', { texts: 'hello' }, 'tamis: config.texts must be an object, got "hello"'],
    ['reloadOnWithdraw as a string', { reloadOnWithdraw: 'no' }, 'tamis: config.reloadOnWithdraw must be true or false, got "no"'],
    ['respectGPC as a number', { respectGPC: 0 }, 'tamis: config.respectGPC must be true or false, got 0'],
    ['googleConsentMode as a string', { googleConsentMode: 'advanced' }, 'tamis: config.googleConsentMode must be true, false or an object, got "advanced"'],
    ['an unknown googleConsentMode mode', { googleConsentMode: { mode: 'full' } }, 'tamis: config.googleConsentMode.mode must be "basic" or "advanced", got "full"'],
    ['a negative waitForUpdate', { googleConsentMode: { waitForUpdate: -1 } }, 'tamis: config.googleConsentMode.waitForUpdate must be a number of milliseconds, got -1'],
    ['consentLog without endpoint', { consentLog: {} }, 'tamis: config.consentLog must be an object with an endpoint URL, got {}'],
    ['ui as an array', { ui: [] }, 'tamis: config.ui must be an object, got []'],
    ['an unknown layout', { ui: { layout: 'popup' } }, 'tamis: config.ui.layout must be "bar", "box" or "center", got "popup"'],
    ['an unknown theme', { ui: { theme: 'blue' } }, 'tamis: config.ui.theme must be "auto", "light" or "dark", got "blue"'],
    ['an unknown preferencesLink', { ui: { preferencesLink: 'top' } }, 'tamis: config.ui.preferencesLink must be true, false, "left" or "right", got "top"'],
    ['continueWithoutAccepting as a string', { ui: { continueWithoutAccepting: 'yes' } }, 'tamis: config.ui.continueWithoutAccepting must be true or false, got "yes"'],
    ['a ui.url that is not a string', { ui: { url: 1 } }, 'tamis: config.ui.url must be a URL, got 1'],
    ['a ui.load that is not a function', { ui: { load: 'tamis-ui.js' } }, 'tamis: config.ui.load must be a function returning a promise, got "tamis-ui.js"'],
  ];
  for (const [what, config, message] of cases) {
    it(`logs one clear error for ${what}`, () => {
      const { errors } = resolve(config);
      expect(errors).to.deep.equal([message]);
    });
  }

  it('resolves silently in <head>, to the same result as validateConfig', () => {
    const config = { retentionMonths: 24, revision: 3, vendors: ['nope', 'youtube'], ui: { layout: 'popup' }, retentionMonth: 6 };
    const { result, errors } = captureConsole(() => resolveConfig(config as TamisConfig, testCatalog, ['en']));
    expect(errors).to.deep.equal([]);
    expect(result).to.deep.equal(resolve(config).result);
  });

  it('resolves in <head> only the keys <head> uses; the deferred part completes the same object', () => {
    const config = { retentionMonths: 24, language: 'fra', texts: { bannerTitle: 'Cookies' }, ui: { layout: 'popup', url: 1 } };
    const { result: head, errors } = captureConsole(() => resolveHeadConfig(config as unknown as TamisConfig, testCatalog));
    expect(errors).to.deep.equal([]);
    expect(head.retentionMonths).to.equal(6);
    // `ui` is copied (the site's object is never changed); its keys wait for the deferred part.
    expect(head.ui).to.deep.equal({ layout: 'popup', url: 1 });
    expect(head.ui).not.to.equal(config.ui);
    expect(head).to.include({ language: 'fra', texts: config.texts });
    expect(head).not.to.have.property('policyUrl');
    expect(head).not.to.have.property('consentLog');
    const full = resolveDeferredConfig(head, ['de']);
    expect(full).to.equal(head);
    expect(full).to.deep.equal(resolve(config, 'de').result);
    expect(config.ui).to.deep.equal({ layout: 'popup', url: 1 });
  });

  it('falls back to the default of an invalid key and keeps the valid ones', () => {
    const { result } = resolve({ retentionMonths: 24, revision: 3, reloadOnWithdraw: 'no' });
    expect(result.retentionMonths).to.equal(6);
    expect(result.revision).to.equal(3);
    expect(result.reloadOnWithdraw).to.equal(true);
  });

  it('resolves catalog ids, purpose overrides and custom definitions, in order', () => {
    const custom = { id: 'acme', name: 'Acme', company: 'Acme SA', purpose: 'analytics', policyUrl: 'https://acme.test', urls: ['acme.test'], cookies: [] };
    const { result, errors } = resolve({ vendors: ['hotjar', { id: 'matomo', purpose: 'analytics' }, custom, 'hotjar'] });
    expect(errors).to.deep.equal([]);
    expect(result.vendors.map((v) => [v.id, v.purpose])).to.deep.equal([
      ['hotjar', 'analytics'],
      ['matomo', 'analytics'],
      ['acme', 'analytics'],
    ]);
    expect(result.vendors[1].name).to.equal('MATOMO');
  });

  it('drops an invalid vendor but keeps the others', () => {
    const { result } = resolve({ vendors: ['nope', 'youtube'] });
    expect(result.vendors.map((v) => v.id)).to.deep.equal(['youtube']);
  });

  it('turns Google Consent Mode on (basic) when a Google vendor is listed', () => {
    expect(resolve({ vendors: ['google-analytics'] }).result.googleConsentMode).to.deep.equal({ mode: 'basic', waitForUpdate: 500 });
    expect(resolve({ googleConsentMode: { mode: 'advanced', region: ['FR'] } }).result.googleConsentMode).to.deep.equal({
      mode: 'advanced',
      waitForUpdate: 500,
      region: ['FR'],
    });
    expect(resolve({ vendors: ['google-analytics'], googleConsentMode: false }).result.googleConsentMode).to.equal(false);
  });

  it('keeps texts by language, and flat texts under "*" for every language', () => {
    expect(resolve({ texts: { fr: { bannerTitle: 'Cookies' } } }).result.texts).to.deep.equal({ fr: { bannerTitle: 'Cookies' } });
    expect(resolve({ texts: { bannerTitle: 'Cookies' } }).result.texts).to.deep.equal({ '*': { bannerTitle: 'Cookies' } });
  });

  it('takes the configured language, else the fallback, in two lowercase letters', () => {
    expect(resolve({ language: 'FR' }).result.language).to.equal('fr');
    expect(resolve({}, 'de').result.language).to.equal('de');
  });

  it('chooses config.language, then <html lang>, then the browser languages, then English, by base language', () => {
    const choose = (language: string | undefined, fallbacks: string[], texts?: object) =>
      resolveDeferredConfig(resolveHeadConfig({ language, texts } as TamisConfig, testCatalog), fallbacks).language;
    expect(choose('pt-BR', ['de', 'fr'])).to.equal('pt');
    expect(choose(undefined, ['de-AT', 'fr'])).to.equal('de');
    // A language tamis has no texts for passes to the next candidate.
    expect(choose('zh-Hant-TW', ['ja', 'fi-FI', 'sv'])).to.equal('fi');
    expect(choose('zh', ['ja'])).to.equal('en');
    expect(choose(undefined, [])).to.equal('en');
    expect(choose('nn', [])).to.equal('nb');
    // ...unless the site gives texts for it.
    expect(choose('is', ['de'], { is: { acceptAll: 'Samþykkja allt' } })).to.equal('is');
  });
});

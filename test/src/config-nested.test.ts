import { expect } from '@open-wc/testing';
import { validateConfig } from '../../src/deferred/validate-config.js';
import { isSafeUrl } from '../../src/config.js';
import type { TamisConfig } from '../../src/types.js';
import { captureConsole, testCatalog } from './helpers.js';

const resolve = (config: unknown) => captureConsole(() => validateConfig(config as TamisConfig, testCatalog, ['en']));
const acme = { id: 'acme-chat', name: 'Acme Chat', company: 'Acme SAS', purpose: 'social', policyUrl: 'https://acme.example/privacy', urls: ['widget.acme.example'], cookies: [] };

describe('config validation, nested', () => {
  it('reports a typo inside ui, cookie, googleConsentMode and consentLog by its full path', () => {
    const { errors } = resolve({
      policyUrl: '/privacy',
      ui: { layot: 'box' },
      cookie: { nam: 'x' },
      googleConsentMode: { mod: 'advanced' },
      consentLog: { endpoint: '/receipts', header: {} },
    });
    expect(errors).to.deep.equal([
      'tamis: config.ui.layot is not a known option',
      'tamis: config.cookie.nam is not a known option',
      'tamis: config.googleConsentMode.mod is not a known option',
      'tamis: config.consentLog.header is not a known option',
    ]);
  });

  it('reports a typo in a custom vendor and in one of its cookies, by index', () => {
    const { errors } = resolve({
      policyUrl: '/privacy',
      vendors: ['hotjar', { ...acme, polcyUrl: 'x', cookies: [{ name: 'a', lifetime: '1 day', description: 'd', lifeTime: 2 }] }],
    });
    expect(errors).to.deep.equal([
      'tamis: config.vendors[1].cookies[0].lifeTime is not a known option',
      'tamis: config.vendors[1].polcyUrl is not a known option',
    ]);
  });

  it('knows every documented key, the top-level keys of other features included', () => {
    const { errors } = resolve({
      vendors: [{ id: 'matomo', purpose: 'audience' }, { ...acme, storage: ['k'], description: 'Chat' }],
      policyUrl: '/privacy', revision: 2, retentionMonths: 6, language: 'fr', texts: { fr: { bannerTitle: 'x' } },
      reloadOnWithdraw: false, respectGPC: true, unknownThirdParties: 'warn', allowedHosts: ['cdn.example'],
      cookie: { name: 'c', domain: 'example.fr' },
      googleConsentMode: { mode: 'basic', waitForUpdate: 500, region: ['FR'], adsDataRedaction: true, urlPassthrough: false },
      consentLog: { endpoint: '/r', headers: { a: 'b' } },
      ui: { layout: 'box', theme: 'dark', preferencesLink: 'left', continueWithoutAccepting: true, url: '/ui.js', load: () => Promise.resolve() },
    });
    expect(errors.filter((e) => /not a known option/.test(e))).to.deep.equal([]);
  });

  it('warns once when policyUrl is missing, and not when it is set', () => {
    expect(resolve({}).warnings.filter((w) => w.includes('policyUrl'))).to.have.length(1);
    expect(resolve({ policyUrl: '/privacy' }).warnings).to.deep.equal([]);
  });

  it('drops a javascript: policyUrl, naming it, so that no link renders it', () => {
    const { result, errors } = resolve({ policyUrl: 'javascript:alert(1)' });
    expect(result.policyUrl).to.equal('');
    expect(errors).to.deep.equal([
      'tamis: config.policyUrl must be an http(s) or relative URL, got "javascript:alert(1)"',
    ]);
  });

  it('keeps a custom vendor whose policyUrl is unsafe, without the link, and names it', () => {
    const input = { policyUrl: '/privacy', vendors: ['hotjar', { ...acme, policyUrl: ' JavaScript:alert(1)' }] };
    const { result, errors } = resolve(input);
    expect(errors).to.deep.equal([
      'tamis: config.vendors[1].policyUrl must be an http(s) or relative URL, got " JavaScript:alert(1)"',
    ]);
    const vendor = result.vendors.find((v) => v.id == 'acme-chat');
    expect(vendor?.policyUrl).to.equal('');
    expect(vendor?.urls).to.deep.equal(['widget.acme.example'], 'still blocked');
    expect(input.vendors[1]).to.have.property('policyUrl', ' JavaScript:alert(1)', "the site's object is not changed");
  });

  it('accepts http:, https: and relative URLs only', () => {
    for (const ok of ['https://example.fr/privacy', 'http://example.fr', '/privacy', 'privacy.html', '#policy', '//example.fr/p', '?p=1'])
      expect(isSafeUrl(ok), ok).to.equal(true);
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:x', '\tjava\nscript:x', 'data:text/html,x', 'vbscript:x', 'mailto:a@b.c', 'http://[bad', 42, null])
      expect(isSafeUrl(bad), String(bad)).to.equal(false);
  });
});

// Loopback fixture sites, vendor hosts answered by the e2e fakes: a site with no consent tool, one on
// another consent library (CookieConsent v3, a peer of the benchmark), one running tamis as the README
// says, one with a static tag and a vendor outside the catalog, and a banner with no Reject. Each
// finding the scanner should make is asserted, and so is each it should not.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture, runScan, findings, vendor } from './helpers.mjs';
import { ensureDist } from './dist.mjs';
import { check } from './schema-check.mjs';

const schema = JSON.parse(readFileSync(new URL('../../schema/tamis-scan.v1.schema.json', import.meta.url), 'utf8'));

/** Scans a fixture once for a describe() block. */
function scanned(name, args = [], fakes = {}) {
  const state = {};
  before(async () => {
    await ensureDist();
    state.site = await fixture(name);
    Object.assign(state, await runScan([state.site.url + '/', ...args], { fakes }));
  });
  after(async () => {
    await state.site?.close();
    await state.cleanup?.();
  });
  return state;
}

describe('a site with no consent tool (GA4 static tag, GTM loading Hotjar)', () => {
  const s = scanned('no-consent', ['--format', 'sarif,junit'], { gtmTags: { 'GTM-NOCONS1': ['https://static.hotjar.com/c/hotjar-777.js?sv=6'] } });

  test('fails the build (exit 1) and writes every report, scan.json conforming to its schema', async () => {
    assert.equal(s.code, 1, s.stderr);
    assert.deepEqual(check(schema, s.scan), []);
    assert.equal(s.scan.consentTool, 'none');
    for (const file of ['report.html', 'report.md', 'tamis.config.json', 'report.sarif', 'junit.xml']) assert.ok((await s.read(file)).length > 100, file);
  });

  test('crawls the sitemap and links, one page per template, skipping files and other sites', () => {
    const paths = s.scan.pages.map((p) => new URL(p.url).pathname).sort();
    assert.deepEqual(paths, ['/', '/about.html', '/blog/first-post.html', '/hidden-from-links.html']);
    assert.ok(s.scan.skipped.some((x) => x.url.endsWith('/blog/second-post.html') && /\/blog\/:slug/.test(x.reason)));
    assert.ok(!s.scan.pages.some((p) => p.url.endsWith('.pdf') || p.url.includes('elsewhere')));
  });

  test('tracker-before-consent for GA4, GTM and Hotjar, naming who loaded Hotjar', () => {
    for (const id of ['google-analytics', 'google-tag-manager', 'hotjar']) assert.equal(findings(s.scan, 'tracker-before-consent', id).length, 1, id);
    assert.ok(vendor(s.scan, 'hotjar').loadedBy.includes('script www.googletagmanager.com/gtm.js'), 'GTM loaded Hotjar');
    assert.match(findings(s.scan, 'tracker-before-consent', 'google-analytics')[0].fix, /install tamis/);
  });

  test('cookie-before-consent for the vendors, not for the first-party session cookie', () => {
    assert.equal(findings(s.scan, 'cookie-before-consent', 'google-analytics').length, 1);
    assert.equal(findings(s.scan, 'cookie-before-consent', 'hotjar').length, 1);
    assert.ok(!s.scan.findings.some((f) => f.detail.includes('shop_session')));
    const session = s.scan.cookies.find((c) => c.name === 'shop_session');
    assert.equal(session.thirdParty, false);
    assert.equal(session.lifetimeDays, null);
    assert.equal(session.setBy, 'script');
    const server = s.scan.cookies.find((c) => c.name === 'server_session');
    assert.equal(server.setBy, 'header');
    assert.ok(!s.scan.findings.some((f) => f.detail.includes('server_session')));
    assert.ok(!JSON.stringify(s.scan).includes('s3cr3t'), 'cookie values are never written');
    const ga = s.scan.cookies.find((c) => c.name === '_ga');
    assert.equal(ga.vendor, 'google-analytics');
    assert.ok(ga.lifetimeDays > 300);
    assert.ok(!JSON.stringify(s.scan).includes('abc'), 'cookie values are never written');
  });

  test('static-tag-needs-markup gives the exact declarative markup of the GA4 tag', () => {
    const [f] = findings(s.scan, 'static-tag-needs-markup', 'google-analytics');
    assert.equal(f.fix, '<script type="text/plain" data-category="analytics" data-vendor="google-analytics" async src="https://www.googletagmanager.com/gtag/js?id=G-NOCONSENT1"></script>');
    assert.equal(findings(s.scan, 'static-tag-needs-markup', 'hotjar').length, 0, 'Hotjar was inserted by GTM, not a static tag');
  });

  test('no banner: nothing clicked, no after-reject or first-layer finding', () => {
    assert.ok(s.scan.pages.every((p) => !p.phases.reject.clicked && !p.phases.accept.clicked));
    assert.equal(findings(s.scan, 'tracker-after-reject').length, 0);
    assert.equal(findings(s.scan, 'no-reject-on-first-layer').length, 0);
  });

  test('SARIF and JUnit carry the same findings', async () => {
    const sarif = JSON.parse(await s.read('report.sarif'));
    assert.equal(sarif.runs[0].results.length, s.scan.findings.length);
    assert.ok(sarif.runs[0].results.every((r) => !/^[a-z]+:/i.test(r.locations[0].physicalLocation.artifactLocation.uri)));
    const junit = await s.read('junit.xml');
    assert.match(junit, /<testcase classname="\/" name="tracker-before-consent"><failure /);
    assert.match(junit, /<testcase classname="\/about.html" name="tracker-before-consent"><\/testcase>/);
  });

  test('tamis.config.json lists the vendors found', async () => {
    const config = JSON.parse(await s.read('tamis.config.json'));
    assert.deepEqual([...config.vendors].sort(), ['google-analytics', 'google-tag-manager', 'hotjar']);
    assert.equal(config.unknownThirdParties, 'block');
  });
});

describe('a site on CookieConsent v3 (another consent library) with an unmanaged Meta Pixel', () => {
  const s = scanned('other-cmp');

  test('answers the banner with autoconsent rules for the platform the site runs', () => {
    assert.equal(s.scan.consentTool, 'cookieconsent3');
    assert.ok(s.scan.pages.every((p) => p.phases.reject.clicked && p.phases.accept.clicked));
    assert.deepEqual(check(schema, s.scan), []);
  });

  test('GA4 managed by the library: nothing before consent or after Reject, found after Accept', () => {
    const ga = vendor(s.scan, 'google-analytics');
    assert.deepEqual(ga.before, { requests: 0, cookies: 0 });
    assert.deepEqual(ga.reject, { requests: 0, cookies: 0 });
    assert.ok(ga.accept.requests > 0 && ga.accept.cookies > 0);
    assert.equal(findings(s.scan, 'tracker-before-consent', 'google-analytics').length, 0);
  });

  test('the unmanaged Meta Pixel: tracker-before-consent, cookie-before-consent, tracker-after-reject', () => {
    assert.ok(findings(s.scan, 'tracker-before-consent', 'meta-pixel').length >= 1);
    assert.ok(findings(s.scan, 'cookie-before-consent', 'meta-pixel').length >= 1);
    assert.ok(findings(s.scan, 'tracker-after-reject', 'meta-pixel').length >= 1);
    assert.ok(findings(s.scan, 'tracker-after-reject', 'meta-pixel').some((f) => /after the visitor clicked Reject \(cookieconsent3/.test(f.detail)));
  });

  test('consent-cookie-too-long for a consent cookie kept over 13 months', () => {
    const [f] = findings(s.scan, 'consent-cookie-too-long');
    assert.ok(f, 'finding');
    assert.match(f.detail, /cc_cookie/);
    assert.equal(f.severity, 'error');
  });

  test('its banner has Reject on the first layer, and photographed', async () => {
    assert.equal(findings(s.scan, 'no-reject-on-first-layer').length, 0);
    assert.ok(s.scan.pages[0].screenshot);
    assert.match(await s.read('report.html'), /src="data:image\/jpeg;base64,/);
  });
});

describe('a site running tamis as the README says', () => {
  const s = scanned('tamis-ok');

  test('no finding at all, exit 0', () => {
    assert.equal(s.code, 0, s.stderr);
    assert.deepEqual(s.scan.findings, []);
    assert.equal(s.scan.consentTool, 'tamis');
    assert.deepEqual(check(schema, s.scan), []);
  });

  test('nothing before consent or after Reject; GA4 and YouTube after Accept, released by tamis', () => {
    for (const id of ['google-analytics', 'youtube']) {
      const v = vendor(s.scan, id);
      assert.deepEqual(v.before, { requests: 0, cookies: 0 }, id);
      assert.deepEqual(v.reject, { requests: 0, cookies: 0 }, id);
      assert.ok(v.accept.requests > 0, id);
      assert.ok(v.loadedBy.includes('tamis (released after consent)'), id);
    }
    assert.ok(s.scan.cookies.some((c) => c.name === 'tamis_consent' && c.lifetimeDays < 200));
  });
});

describe('tamis with a static tag of an unlisted catalog vendor and a vendor outside the catalog', () => {
  const s = scanned('static-unlisted');

  test('static-tag-needs-markup and undeclared-vendor for the Hotjar tag; tamis kept it from running', () => {
    const [markup] = findings(s.scan, 'static-tag-needs-markup', 'hotjar');
    assert.equal(markup.fix, '<script type="text/plain" data-category="analytics" data-vendor="hotjar" async src="https://static.hotjar.com/c/hotjar-4242.js?sv=6"></script>');
    assert.equal(findings(s.scan, 'undeclared-vendor', 'hotjar').length, 1);
    assert.equal(findings(s.scan, 'tracker-before-consent', 'hotjar').length, 0);
  });

  // A chat widget outside the catalog (Crisp, the example of issue 11, has since joined the catalog).
  test('unknown-third-party for a chat widget outside the catalog, with a vendor stub in tamis.config.json', async () => {
    const [f] = findings(s.scan, 'unknown-third-party', 'acmechat.example');
    assert.equal(f.severity, 'warn');
    const crisp = s.scan.unknown.find((u) => u.domain === 'acmechat.example');
    assert.ok(crisp.before.requests > 0);
    assert.deepEqual(crisp.loadedBy, ['inline script of the page']);
    const config = JSON.parse(await s.read('tamis.config.json'));
    const stub = config.vendors.find((v) => typeof v === 'object' && v.urls?.includes('client.acmechat.example'));
    assert.deepEqual(stub.urls, ['client.acmechat.example']);
    assert.match(stub.description, /TO CONFIRM/);
    assert.ok(config.vendors.includes('hotjar'));
  });

  test('exit 0 by default (warnings), 1 with --fail-on warn', async () => {
    assert.equal(s.code, 0, s.stderr);
    const strict = await runScan([s.site.url + '/', '--fail-on', 'warn']);
    assert.equal(strict.code, 1);
    await strict.cleanup();
  });
});

describe('a home-made banner with Accept and no Reject', () => {
  const s = scanned('accept-only', ['--accept-selector', '#accept']);

  test('no-reject-on-first-layer; Accept through --accept-selector loads GA4', () => {
    const [f] = findings(s.scan, 'no-reject-on-first-layer');
    assert.ok(f, 'finding');
    assert.equal(f.severity, 'error');
    assert.ok(s.scan.pages[0].phases.accept.clicked);
    assert.ok(vendor(s.scan, 'google-analytics').accept.requests > 0);
    assert.deepEqual(vendor(s.scan, 'google-analytics').before, { requests: 0, cookies: 0 });
  });
});

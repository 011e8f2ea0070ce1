// The scanner's pure parts, without a browser: command line, path templates, sites, mapping with
// tamis's own catalog and matcher, the Open Cookie Database, exit codes, SARIF paths, config draft.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOptions, UsageError } from '../dist/scanner/src/args.js';
import { pathTemplate } from '../dist/scanner/src/templates.js';
import { Party, siteOf } from '../dist/scanner/src/site.js';
import { Classifier } from '../dist/scanner/src/classify.js';
import { OpenCookieDatabase } from '../dist/scanner/src/ocd.js';
import { exitCodeFor } from '../dist/scanner/src/cli.js';
import { sitePath, sarifReport } from '../dist/scanner/src/report/sarif.js';
import { draftConfig } from '../dist/scanner/src/report/config.js';
import { catalog } from '../dist/vendors/index.js';
import { matchVendor } from '../dist/src/blocker/url-matcher.js';

test('the command line has the documented defaults', () => {
  const o = parseOptions(['shop.example']);
  assert.equal(o.url, 'https://shop.example/');
  assert.equal(o.maxPages, 20);
  assert.equal(o.depth, 2);
  assert.equal(o.out, 'tamis-scan-report');
  assert.equal(o.failOn, 'error');
  assert.deepEqual(o.formats, []);
  assert.deepEqual(parseOptions(['https://a.example', '--format', 'sarif,junit', '--format', 'sarif']).formats, ['sarif', 'junit']);
});

test('bad command lines get a one-line reason naming the option', () => {
  const reason = (argv) => {
    try {
      parseOptions(argv);
    } catch (e) {
      assert.ok(e instanceof UsageError);
      assert.ok(!e.message.includes('\n'));
      return e.message;
    }
    assert.fail(`accepted ${argv.join(' ')}`);
  };
  assert.match(reason([]), /URL to scan is required/);
  assert.match(reason(['a.example', '--max-pages', 'many']), /--max-pages must be a whole number/);
  assert.match(reason(['a.example', '--depth', '-1']), /--depth/);
  assert.match(reason(['a.example', '--format', 'pdf']), /--format must be sarif or junit, got "pdf"/);
  assert.match(reason(['a.example', '--fail-on', 'fatal']), /--fail-on must be one of/);
  assert.match(reason(['ftp://a.example']), /only http and https/);
  assert.match(reason(['a.example', 'b.example']), /one URL expected/);
  assert.match(reason(['a.example', '--timeout', '0']), /--timeout/);
  assert.match(reason(['a.example', '--colour']), /colour/);
});

test('one URL per path template: folders are kinds, ids and slugs collapse, root pages stay apart', () => {
  assert.equal(pathTemplate('https://a.example/blog/first-post'), '/blog/:slug');
  assert.equal(pathTemplate('https://a.example/blog/second-post?utm=1#x'), '/blog/:slug');
  assert.equal(pathTemplate('https://a.example/order/1234/invoice'), '/order/:id/:slug');
  assert.equal(pathTemplate('https://a.example/cart.html'), '/cart.html');
  assert.notEqual(pathTemplate('https://a.example/cart.html'), pathTemplate('https://a.example/about'));
  assert.equal(pathTemplate('https://a.example/'), '/');
});

test('first and third party follow the whole Public Suffix List', () => {
  assert.equal(siteOf('www.shop.example.co.uk'), 'example.co.uk');
  assert.equal(siteOf('.google-analytics.com'), 'google-analytics.com');
  assert.notEqual(siteOf('a.github.io'), siteOf('b.github.io'));
  assert.equal(siteOf('127.0.0.1'), '127.0.0.1');
  const party = new Party('https://www.shop.example/', ['cdn-shop.example']);
  assert.equal(party.isThirdParty('static.shop.example'), false);
  assert.equal(party.isThirdParty('.shop.example'), false);
  assert.equal(party.isThirdParty('img.cdn-shop.example'), false);
  assert.equal(party.isThirdParty('client.crisp.chat'), true);
});

test("requests map through tamis's own catalog and matcher, then unknown domains", () => {
  const c = new Classifier(new Party('https://shop.example/'));
  const list = c.vendorsFor(null);
  for (const [url, id] of [
    ['https://www.googletagmanager.com/gtag/js?id=G-ABC', 'google-analytics'],
    ['https://www.googletagmanager.com/gtag/js?id=AW-123', 'google-ads'],
    ['https://static.hotjar.com/c/hotjar-1.js?sv=6', 'hotjar'],
    ['https://shop.example/matomo.js', 'matomo'],
  ]) {
    const o = c.request(url, list);
    assert.equal(o.kind, 'vendor');
    assert.equal(o.id, id, url);
    // The very matcher the runtime ships decides: scanner and runtime agree by construction.
    assert.equal(matchVendor(url, catalog, url)?.id, id);
  }
  assert.deepEqual(c.request('https://client.acmechat.example/l.js', list), { kind: 'unknown', domain: 'acmechat.example' });
  assert.deepEqual(c.request('https://shop.example/app.js', list), { kind: 'first-party' });
});

test("a page's tamis config overrides purposes and adds its custom vendors", () => {
  const c = new Classifier(new Party('https://shop.example/'));
  const list = c.vendorsFor({
    version: '1', cookieName: 'tamis_consent', retentionMonths: 6,
    vendors: [{ id: 'matomo', purpose: 'analytics', urls: [] }, { id: 'acme-chat', purpose: 'social', urls: ['acmechat.example', { source: '^x\\.example/', flags: '' }] }],
  });
  assert.equal(c.request('https://shop.example/matomo.js', list).purpose, 'analytics');
  assert.deepEqual(
    { ...c.request('https://client.acmechat.example/l.js', list) },
    { kind: 'vendor', id: 'acme-chat', name: 'acme-chat', purpose: 'social', source: 'custom' },
  );
  assert.equal(c.request('https://x.example/p.js', list).id, 'acme-chat');
});

test('cookies: catalog names first, then the Open Cookie Database, then unknown third parties', () => {
  const c = new Classifier(new Party('https://shop.example/'));
  const list = c.vendorsFor(null);
  assert.equal(c.cookie('_ga_ABC123', '.shop.example', list).id, 'google-analytics');
  assert.equal(c.cookie('_hjSessionUser_42', '.shop.example', list).id, 'hotjar');
  const ocd = c.cookie('_rails_session', '.shop.example', list);
  assert.equal(ocd.source, 'open-cookie-database');
  assert.equal(ocd.purpose, 'necessary');
  assert.deepEqual(c.cookie('tracker_uid', '.unknown-ads.example', list), { kind: 'unknown', domain: 'unknown-ads.example' });
  assert.deepEqual(c.cookie('session', 'shop.example', list), { kind: 'first-party' });
  assert.equal(c.isConsentCookie('cc_cookie', null), true);
  assert.equal(c.isConsentCookie('my_consent', { cookieName: 'my_consent', vendors: [] }), true);
  assert.equal(c.isConsentCookie('_ga', null), false);
});

test('the Open Cookie Database snapshot matches exact names, then the longest wildcard prefix', () => {
  const db = new OpenCookieDatabase({
    commit: 'abc', retrieved: '2026-01-01', fields: [],
    rows: [['_gat', 'Google Analytics', 'Analytics', '1 minute', 'Google', 1, ''], ['_gat_gtag_', 'Google Analytics', 'Marketing', '1 minute', 'Google', 1, ''], ['x', 'X', 'Functional', '', '', 0, '']],
  });
  assert.equal(db.lookup('_gat_gtag_UA_1').category, 'Marketing');
  assert.equal(db.lookup('_gat_UA-1').category, 'Analytics');
  assert.equal(db.lookup('x').platform, 'X');
  assert.equal(db.lookup('xy'), undefined);
  assert.ok(new OpenCookieDatabase().lookup('_ga'), 'the shipped snapshot knows _ga');
});

test('exit code 1 only for findings at or above --fail-on', () => {
  const f = (severity) => ({ rule: 'unknown-third-party', severity, page: 'https://a.example/', detail: '', fix: '' });
  assert.equal(exitCodeFor([f('warn')], 'error'), 0);
  assert.equal(exitCodeFor([f('warn')], 'warn'), 1);
  assert.equal(exitCodeFor([f('error')], 'none'), 0);
  assert.equal(exitCodeFor([], 'info'), 0);
});

test('SARIF locations are repository-relative paths, never URLs; the URL stays in properties', () => {
  assert.equal(sitePath('https://shop.example/cart?x=1'), 'shop.example/cart');
  assert.equal(sitePath('http://127.0.0.1:8080/'), '127.0.0.1_8080/index');
  const sarif = sarifReport({
    tool: { version: '0.1.0' }, url: 'https://shop.example/', consentTool: 'none',
    findings: [{ rule: 'tracker-before-consent', severity: 'error', page: 'https://shop.example/blog/a', vendor: 'hotjar', detail: 'd', fix: 'f' }],
  });
  const r = sarif.runs[0].results[0];
  assert.equal(r.ruleId, 'tracker-before-consent');
  assert.equal(r.level, 'error');
  assert.equal(r.locations[0].physicalLocation.artifactLocation.uri, 'shop.example/blog/a');
  assert.doesNotMatch(r.locations[0].physicalLocation.artifactLocation.uri, /^[a-z]+:/);
  assert.equal(r.properties.url, 'https://shop.example/blog/a');
  assert.equal(sarif.runs[0].tool.driver.rules[r.ruleIndex].id, 'tracker-before-consent');
});

test('tamis.config.json lists catalog ids and a stub per unknown third party, and blocks unknown hosts', () => {
  const counts = { requests: 1, cookies: 0 };
  const config = draftConfig({
    vendors: [{ id: 'hotjar', source: 'catalog', cookies: [] }],
    unknown: [{ domain: 'crisp.chat', hosts: ['client.crisp.chat', 'client.crisp.chat:443'], cookies: ['crisp-client/session'], before: counts, reject: counts, accept: counts }],
    cookies: [{ name: 'crisp-client/session', vendor: 'crisp.chat', lifetimeDays: 180.2 }],
  });
  assert.equal(config.unknownThirdParties, 'block');
  assert.equal(config.vendors[0], 'hotjar');
  const stub = config.vendors[1];
  assert.equal(stub.id, 'crisp-chat');
  assert.deepEqual(stub.urls, ['client.crisp.chat']);
  assert.deepEqual(stub.cookies, [{ name: 'crisp-client/session', lifetime: '180 days', description: 'Seen by tamis-scan: describe it' }]);
  assert.match(stub.description, /TO CONFIRM/);
  for (const k of ['id', 'name', 'company', 'policyUrl']) assert.equal(typeof stub[k], 'string');
});

test('progress: plain lines when not a terminal, a bar redrawn in place on one, nothing with --quiet', async () => {
  const { Progress } = await import('../dist/scanner/src/progress.js');
  const stream = (isTTY) => ({ isTTY, columns: 100, out: '', write(s) { this.out += s; } });
  const plain = stream(false);
  const p = new Progress(1, 3, false, plain);
  p.tick('before', '/cart', 1200);
  p.tick('reject', '/cart', 2000);
  p.tick('accept', '/cart', 900, 'boom');
  assert.deepEqual(plain.out.trim().split('\n'), [
    'tamis-scan: 0/1 pages, visit 1/3 before /cart 1.2 s',
    'tamis-scan: 0/1 pages, visit 2/3 reject /cart 2.0 s',
    'tamis-scan: 1/1 pages, visit 3/3 accept /cart 0.9 s — boom',
  ]);
  const tty = stream(true);
  new Progress(2, 6, false, tty).tick('reject', '/', 10);
  assert.ok(tty.out.startsWith('\r\u001b[2K['), 'redrawn in place');
  assert.match(tty.out, /\[####\.+\] 0\/2 pages · 1\/6 visits · reject · \/$/);
  const quiet = stream(true);
  new Progress(2, 6, true, quiet).tick('reject', '/', 10);
  assert.equal(quiet.out, '');
});

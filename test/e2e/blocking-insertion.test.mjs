// Every way page code can insert a vendor tag: each must be stopped BEFORE the browser starts the
// fetch (zero requests), stay in the page in inert form, and load once consent is given.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer } from './browser.mjs';
import { openPage, settle } from '../fixtures/blocking/harness.mjs';

const URLS = {
  script: 'https://static.hotjar.com/c/hotjar-3456789.js?sv=6', // hotjar, analytics
  iframe: 'https://www.youtube.com/embed/M7lc1UVf-VE', // youtube, social
  img: 'https://www.facebook.com/tr?id=123456789012345&ev=PageView', // meta-pixel, pixels
};
const tagged = (kind, name) => `${URLS[kind]}${URLS[kind].includes('?') ? '&' : '?'}case=${encodeURIComponent(name)}`;
/** The `case` parameter of a URL (or of the first URL of a srcset). */
const caseOf = (url) => url && new URL(url.split(' ')[0]).searchParams.get('case');

// Insertion forms, run in the page: `u` is the case URL, `box` a connected <div>.
const FORMS = {
  append: 'box.append(el)',
  appendChild: 'box.appendChild(el)',
  insertBefore: 'box.insertBefore(el, box.firstChild)',
  prepend: 'box.prepend(el)',
  before: 'box.firstElementChild.before(el)',
  after: 'box.firstElementChild.after(el)',
  replaceWith: 'box.appendChild(document.createElement("span")).replaceWith(el)',
  replaceChild: 'box.replaceChild(el, box.appendChild(document.createElement("span")))',
  insertAdjacentElement: 'box.insertAdjacentElement("beforeend", el)',
  replaceChildren: 'box.appendChild(document.createElement("div")).replaceChildren(el)',
  'insert a detached parent': 'const p = document.createElement("div"); p.appendChild(el); box.append(p)',
  'fragment': 'const f = document.createDocumentFragment(); f.append(el); box.append(f)',
  'Range.insertNode': 'const r = document.createRange(); r.selectNodeContents(box); r.insertNode(el)',
};
// Ways to give the element its URL: before insertion (as snippets do) or once connected.
const SRC_FORMS = {
  '.src then insert': (insert) => `el.src = u; ${insert}`,
  'setAttribute("src") then insert': (insert) => `el.setAttribute("src", u); ${insert}`,
  'insert then .src': (insert) => `${insert}; el.src = u`,
  'insert then setAttribute("src")': (insert) => `${insert}; el.setAttribute("src", u)`,
};

const cases = [];
for (const kind of ['script', 'iframe']) {
  for (const [form, insert] of Object.entries(FORMS)) cases.push({ kind, name: `${kind}-${form}`, code: `const el = document.createElement("${kind}"); ${SRC_FORMS['.src then insert'](insert)}` });
  for (const [form, make] of Object.entries(SRC_FORMS)) cases.push({ kind, name: `${kind}-${form}`, code: `const el = document.createElement("${kind}"); ${make('box.append(el)')}` });
}
const img = (name, code) => cases.push({ kind: 'img', name, code });
img('img-new Image().src', 'const el = new Image(); el.src = u; window.__keep = (window.__keep || []).concat(el)');
img('img-.src on a detached img', 'const el = document.createElement("img"); el.src = u; box.append(el)');
img('img-setAttribute("src")', 'const el = document.createElement("img"); el.setAttribute("src", u); box.append(el)');
img('img-.srcset', 'const el = document.createElement("img"); el.srcset = u + " 1x"; box.append(el)');
img('img-setAttribute("srcset")', 'const el = document.createElement("img"); el.setAttribute("srcset", u + " 1x"); box.append(el)');
for (const kind of ['iframe', 'img']) {
  const tag = (u) => `<${kind} src="${u}" width="300" height="150">${kind == 'iframe' ? '</iframe>' : ''}`;
  cases.push({ kind, name: `${kind}-innerHTML`, code: `box.innerHTML = '<p>x</p>${tag("' + u + '")}'` });
  cases.push({ kind, name: `${kind}-innerHTML on a detached div`, code: `const d = document.createElement("div"); d.innerHTML = '${tag("' + u + '")}'; box.append(d)` });
  cases.push({ kind, name: `${kind}-outerHTML`, code: `box.appendChild(document.createElement("span")).outerHTML = '${tag("' + u + '")}'` });
  cases.push({ kind, name: `${kind}-insertAdjacentHTML`, code: `box.insertAdjacentHTML("beforeend", '${tag("' + u + '")}')` });
}
for (const kind of ['script', 'iframe', 'img']) {
  const tag = (u) => `<${kind} src="${u}">${kind == 'img' ? '' : `</${kind}>`}`;
  cases.push({ kind, name: `${kind}-createContextualFragment`, code: `box.append(document.createRange().createContextualFragment('${tag("' + u + '")}'))` });
}

// document.write only inserts while the page is parsing: these run from inline scripts in <body>.
const WRITES = ['script', 'iframe', 'img'].map((kind) => {
  const name = `${kind}-document.write`;
  const u = tagged(kind, name);
  const html = kind == 'img' ? `<img src="${u}">` : `<${kind} src="${u}"></${kind}>`;
  return { kind, name, body: `<script>document.write(${JSON.stringify(html).replace(/<\//g, '<\\/')})</script>` };
});

let browser, server, open;
before(async () => {
  browser = await launch();
  server = await startServer();
  open = await openPage(browser, server, { body: `<div id="boxes"></div>\n${WRITES.map((w) => w.body).join('\n')}` });
  await open.page.evaluate(
    (list) => {
      for (const c of list) {
        const box = document.getElementById('boxes').appendChild(document.createElement('div'));
        box.id = 'box-' + c.name;
        box.append(document.createElement('i'));
        new Function('box', 'u', c.code)(box, c.u);
      }
    },
    cases.map((c) => ({ ...c, u: tagged(c.kind, c.name) })),
  );
  await settle(open.page);
});
after(async () => {
  await open?.context.close();
  await browser?.close();
  await server?.close();
});

const requestsFor = (name) => open.fakes.requests.filter((r) => caseOf(r.url) === name);

test('before consent, no insertion form makes any request to the vendor', async (t) => {
  for (const c of [...cases, ...WRITES]) {
    await t.test(`${c.name}: no request`, () => assert.deepEqual(requestsFor(c.name).map((r) => r.url), []));
  }
  assert.deepEqual(await open.fakes.ran(open.page), []);
});

test('each blocked tag stays in the page in inert form with its vendor and purpose', async () => {
  const inert = await open.page.evaluate(() =>
    [...document.querySelectorAll('[data-tamis-blocked]')].map((el) => ({
      tag: el.localName,
      url: el.getAttribute('data-src') ?? el.getAttribute('data-srcset') ?? el.getAttribute('src'),
      type: el.getAttribute('type'),
      vendor: el.dataset.vendor,
      purpose: el.dataset.category,
      hasSrc: el.hasAttribute('src'),
    })),
  );
  const names = (list) => list.filter((c) => c.name != 'img-new Image().src').map((c) => c.name).sort();
  const found = inert.map((e) => caseOf(e.url)).sort();
  assert.deepEqual(found, names([...cases, ...WRITES]));
  for (const e of inert) {
    if (e.tag == 'script') assert.deepEqual([e.type, e.vendor, e.purpose], ['text/plain', 'hotjar', 'analytics']);
    if (e.tag == 'iframe') assert.deepEqual([e.hasSrc, e.vendor, e.purpose], [false, 'youtube', 'social']);
    if (e.tag == 'img') assert.deepEqual([e.hasSrc, e.vendor, e.purpose], [false, 'meta-pixel', 'pixels']);
  }
});

test('after consent each blocked script runs once and each frame and pixel loads once', async (t) => {
  const started = Date.now();
  await open.page.evaluate(() => window.tamis.acceptAll());
  // Scripts run one after the other (each waits for the previous one's load).
  await open.page.waitForFunction(() => !document.querySelector('[data-tamis-blocked]'), null, { timeout: 15000 });
  await settle(open.page);
  t.diagnostic(`released ${cases.length + WRITES.length - 1} tags in ${Date.now() - started} ms`);
  // Scripts set through innerHTML never run in browsers: none were made inert, none run.
  const expected = [...cases, ...WRITES].filter((c) => c.name != 'img-new Image().src');
  const counts = {};
  for (const c of expected) {
    const urls = requestsFor(c.name).map((r) => r.url);
    counts[c.name] = urls.length;
  }
  assert.deepEqual(Object.entries(counts).filter(([, n]) => n != 1), [], 'each loaded exactly once');
  const ran = await open.fakes.ran(open.page);
  assert.equal(ran.filter((v) => v == 'hotjar').length, expected.filter((c) => c.kind == 'script').length);
  assert.equal(await open.page.evaluate(() => document.querySelectorAll('[data-tamis-blocked], tamis-placeholder').length), 0);
});

test('after consent, tags of allowed vendors pass untouched and refused vendors stay blocked', async () => {
  const { page, fakes } = await openPage(browser, server);
  try {
    await page.evaluate(() => window.tamis.setConsent({ analytics: true }));
    await settle(page);
    fakes.reset();
    const state = await page.evaluate((urls) => {
      const s = document.createElement('script');
      s.src = urls.script + '?case=late-allowed';
      document.head.appendChild(s);
      const f = document.createElement('iframe');
      f.src = urls.iframe + '?case=late-refused';
      document.body.appendChild(f);
      document.body.insertAdjacentHTML('beforeend', `<img src="${urls.img}&case=late-refused-img">`);
      return { scriptAttrs: s.getAttributeNames().sort(), frameSrc: f.getAttribute('src') };
    }, URLS);
    await settle(page);
    assert.deepEqual(state, { scriptAttrs: ['src'], frameSrc: null });
    const hit = fakes.requests.map((r) => r.url);
    assert.ok(hit.some((u) => u.includes('case=late-allowed')), 'allowed script loaded');
    assert.ok(!hit.some((u) => u.includes('late-refused')), 'refused iframe and pixel not requested');
    assert.deepEqual(await fakes.ran(page), ['hotjar']);
  } finally {
    await page.context().close();
  }
});

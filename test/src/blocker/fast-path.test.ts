// The blocker's fast paths (issue #16) must not change what is blocked: URLs read as text give
// what the URL parser gives, vendor tags are still found deep in inserted subtrees, in template
// contents and in shadow roots, through every insertion method and sink, after the page has
// loaded (when the MutationObserver no longer watches).
import { expect } from '@open-wc/testing';
import { startBlocker, type Blocker } from '../../../src/blocker/index.js';
import { releaser } from '../../../src/blocker/release.js';
import { indexVendors, findVendor, locate, matchVendor } from '../../../src/blocker/url-matcher.js';
import { siteOf } from '../../../src/third-party.js';
import type { VendorDefinition } from '../../../src/types.js';
import { vendors } from './test-vendors.js';

const HOTJAR = 'https://static.hotjar.com/c/hotjar-1.js?sv=6';
const PIXEL = 'https://www.facebook.com/tr?id=1&ev=PageView';
const FRAME = 'https://www.youtube.com/embed/v1';

describe('URLs read as text', () => {
  const base = 'https://shop.example/dir/page.html?q=1';
  const parsed = (url: string) => {
    try {
      const u = new URL(url, base);
      return /^https?:$/.test(u.protocol) ? [u.hostname, u.pathname + u.search] : undefined;
    } catch {
      return undefined;
    }
  };
  const urls = [
    'img/a.png', '/img/a.png', '?x=1', 'a.png#frag', '/a?b=c&d=e#f', 'https://cdn.example/x.png', 'http://cdn.example',
    'https://cdn.example:8080/x?y', 'https://cdn.example?q', '../up.png', './here.png', '/a/./b.png', '/a/%2e%2e/b.png', '.hidden',
    ' https://static.hotjar.com/x.js', 'https://static.hotjar.com./x.js', 'HTTPS://Static.Hotjar.COM/x.js',
    'https://static.hot\tjar.com/x.js', '/tr\n?id=1', '//connect.facebook.net/en_US/fbevents.js', '\\\\evil.example/x',
    '/\\evil.example/x', 'https://user@evil.example/x', 'https://0x7f.1/x', 'javascript:alert(1)', 'data:image/png,xx',
    'mailto:a@b.c', 'a:b/c', '/p a t h.png', '/é.png', "/it's.png", '/x"y', '/{x}', '#only', 'https://[::1]/x',
    'https://xn--bcher-kva.example/x', 'https://shop.example/dir/page.html', '/matomo.js#x', 'stats/piwik.php?idsite=1',
  ];
  it('gives the host and pathname + search the URL parser gives, for plain and unusual URLs alike', () => {
    for (const url of urls) expect(locate(url, base), JSON.stringify(url)).to.deep.equal(parsed(url));
    // An empty src loads nothing the blocker cares about (the page itself).
    expect(locate('', base)).to.equal(undefined);
  });

  it('finds the vendor of a URL whatever the form it is written in', () => {
    expect(matchVendor(' https://static.hotjar.com/x.js', vendors)?.id).to.equal('hotjar');
    expect(matchVendor('https://static.hotjar.com./x.js', vendors)?.id).to.equal('hotjar');
    expect(matchVendor('https://www.facebook.com/t\tr?id=1', vendors)?.id).to.equal('meta-pixel');
    expect(matchVendor('/tr?id=1', vendors, 'https://www.facebook.com/x')?.id).to.equal('meta-pixel');
  });

  it('indexes RegExps anchored on one host under it, others for every host', () => {
    const index = indexVendors([
      { id: 'a', name: 'a', company: 'a', purpose: 'analytics', policyUrl: '', cookies: [], urls: [/^x\.example\/(?:a|b)/, /^y\.example\/z|w/, /\/path\.js$/] },
    ]);
    expect([...index.hosts.keys()]).to.deep.equal(['x.example']);
    expect(index.any.length).to.equal(2);
    expect(findVendor(index, 'other.example', 'w')?.id, 'top-level alternative').to.equal('a');
    expect(findVendor(index, 'any.example', '/path.js')?.id).to.equal('a');
  });

  it('tells sites apart by a compact registrable-domain rule', () => {
    expect(siteOf('www.shop.example')).to.equal('shop.example');
    expect(siteOf('static.shop.co.uk')).to.equal('shop.co.uk');
    expect(siteOf('a.b.example.com.br')).to.equal('example.com.br');
    expect(siteOf('127.0.0.1')).to.equal('127.0.0.1');
    expect(siteOf('localhost')).to.equal('localhost');
  });
});

describe('fast path: vendor tags are still blocked', () => {
  let blocker: Blocker | undefined;
  let allowed: string[] = [];
  const blocked: string[] = [];
  let box: HTMLElement;
  beforeEach(() => {
    box = document.body.appendChild(document.createElement('div'));
    blocker = startBlocker({
      vendors,
      isAllowed: (id) => !!id && allowed.includes(id),
      onBlocked: ({ vendor, element }) => blocked.push(`${vendor?.id}:${element?.localName}`),
      releaser: async () => releaser,
    });
  });
  afterEach(() => {
    blocker?.stop();
    box.remove();
    allowed = [];
    blocked.length = 0;
  });

  /** A table whose every row has a link and an image, with a vendor script, frame and pixel deep inside. */
  const subtree = () => {
    const t = document.createElement('template');
    // Template contents are inert: nothing here passes through the patches until imported.
    t.innerHTML = `<table><tbody>${'<tr><td><a href="/p">p</a></td><td><img src="/i.png"></td></tr>'.repeat(20)}
      <tr><td><div><span><script src="${HOTJAR}"></script><iframe src="${FRAME}"></iframe><img src="${PIXEL}"></span></div></td></tr></tbody></table>`;
    return document.importNode(t.content, true);
  };
  const inert = (root: ParentNode) => [...root.querySelectorAll('[data-tamis-blocked]')].map((el) => el.localName).sort();
  const forms: Record<string, (node: Node) => void> = {
    appendChild: (n) => box.appendChild(n),
    insertBefore: (n) => box.insertBefore(n, null),
    append: (n) => box.append(n),
    prepend: (n) => box.prepend(n),
    replaceChildren: (n) => box.replaceChildren(n),
    before: (n) => box.appendChild(document.createElement('i')).before(n),
    after: (n) => box.appendChild(document.createElement('i')).after(n),
    replaceWith: (n) => box.appendChild(document.createElement('i')).replaceWith(n),
    // Next to a text or comment anchor, as Svelte 5 and lit-html insert.
    'Text.before': (n) => box.appendChild(document.createTextNode('')).before(n),
    'Comment.after': (n) => box.appendChild(document.createComment('')).after(n),
    'Comment.replaceWith': (n) => box.appendChild(document.createComment('')).replaceWith(n),
    replaceChild: (n) => box.replaceChild(n, box.appendChild(document.createElement('i'))),
    // Only the first argument is inserted: the reference node is not what is checked.
    'insertBefore a node': (n) => box.insertBefore(n, box.appendChild(document.createElement('i'))),
    insertAdjacentElement: (n) => box.insertAdjacentElement('beforeend', (n as DocumentFragment).firstElementChild!),
    'Range.insertNode': (n) => {
      const r = document.createRange();
      r.selectNodeContents(box);
      r.insertNode(n);
    },
    // A shadow root is a fragment: its own append, prepend and replaceChildren.
    'ShadowRoot.append': (n) => box.appendChild(document.createElement('div')).attachShadow({ mode: 'open' }).append(n),
    'ShadowRoot.replaceChildren': (n) => box.appendChild(document.createElement('div')).attachShadow({ mode: 'open' }).replaceChildren(n),
    'ShadowRoot.appendChild': (n) => box.appendChild(document.createElement('div')).attachShadow({ mode: 'open' }).appendChild(n),
  };
  it('patches appendChild on elements, documents and fragments, and leaves Node.prototype.appendChild the platform\'s own', () => {
    // A JavaScript function there costs Chromium about 1 µs more for every image URL a page sets (issue #16).
    expect(Function.prototype.toString.call(Node.prototype.appendChild)).to.contain('[native code]');
    for (const proto of [Element.prototype, Document.prototype, DocumentFragment.prototype]) {
      expect(Object.getOwnPropertyNames(proto), proto.constructor.name).to.include('appendChild');
      expect(Function.prototype.toString.call(proto.appendChild)).not.to.contain('[native code]');
    }
    blocker!.stop();
    blocker = undefined;
    // Stopped, they inherit Node's again.
    for (const proto of [Element.prototype, Document.prototype, DocumentFragment.prototype]) expect(Object.getOwnPropertyNames(proto)).not.to.include('appendChild');
  });
  it('holds a vendor URL given through a setter whatever inserts the element, Node.prototype.appendChild.call too', () => {
    const script = document.createElement('script');
    script.src = HOTJAR;
    const pixel = new Image();
    pixel.setAttribute('src', PIXEL);
    for (const el of [script, pixel]) Node.prototype.appendChild.call(box, el);
    expect(inert(box)).to.deep.equal(['img', 'script']);
    expect(script.type).to.equal('text/plain');
    expect(pixel.hasAttribute('src')).to.equal(false);
  });
  it('keeps the platform\'s own answers to calls with missing or wrong arguments', () => {
    const missing = (call: () => unknown) => {
      try {
        call();
        return 'no error';
      } catch (error) {
        return (error as Error).name;
      }
    };
    const call = box.insertBefore as unknown as (...args: unknown[]) => unknown;
    const append = box.appendChild as unknown as (...args: unknown[]) => unknown;
    expect(missing(() => call.call(box, document.createElement('i'))), 'insertBefore with one argument').to.equal('TypeError');
    expect(missing(() => append.call(box)), 'appendChild with none').to.equal('TypeError');
    expect(missing(() => append.call(box, 'text')), 'appendChild of a string').to.equal('TypeError');
    expect(missing(() => box.appendChild(box)), 'a node into itself').to.equal('HierarchyRequestError');
    expect(box.childElementCount).to.equal(0);
  });

  /** Blocked elements in `box` and in the shadow roots of its children. */
  const inertDeep = () => [box, ...[...box.children].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))].flatMap(inert).sort();
  for (const [name, insert] of Object.entries(forms)) {
    it(`deep inside a subtree inserted with ${name}`, () => {
      insert(subtree());
      // Synchronously, in the call: the observer no longer watches insertions once the page has loaded.
      expect(inertDeep()).to.deep.equal(['iframe', 'img', 'script']);
      const scope = box.querySelector('script[data-tamis-blocked]') ? box : box.lastElementChild!.shadowRoot!;
      expect(scope.querySelector('script[data-tamis-blocked]')!.getAttribute('type')).to.equal('text/plain');
      expect(scope.querySelector(`iframe[src], img[src^="https://www.facebook"]`)).to.equal(null);
    });
  }

  it('in a leaf inserted alone: a script or frame from another document, a style set while detached, declarative markup', () => {
    // Made by DOMParser and adopted, these passed through no setter: insertion is where they are checked.
    const parsed = new DOMParser().parseFromString(`<script src="${HOTJAR}"></script><iframe src="${FRAME}"></iframe>`, 'text/html');
    for (const el of [...parsed.head.children, ...parsed.body.children]) box.appendChild(document.adoptNode(el));
    // A CSSOM write on a detached element makes no mutation record: the insertion is the only check.
    const styled = document.createElement('div');
    styled.style.backgroundImage = `url("${PIXEL}")`;
    box.appendChild(styled);
    const declared = document.createElement('div');
    declared.setAttribute('data-category', 'marketing');
    declared.setAttribute('data-vendor', 'meta-pixel');
    declared.setAttribute('data-style', `background-image:url("${PIXEL}")`);
    box.appendChild(declared);
    // Leaves with nothing to check: an element with no attribute, one with a class, a text.
    box.append(document.createElement('td'), Object.assign(document.createElement('p'), { className: 'x' }), 'text');
    expect(inert(box)).to.deep.equal(['div', 'iframe', 'script']);
    expect(styled.style.backgroundImage).to.equal('');
    expect(blocked).to.deep.equal(['hotjar:script', 'youtube:iframe', 'meta-pixel:div', 'meta-pixel:div']);
  });

  it('checks the images of another document as they are inserted, and of this one only declarative ones', () => {
    // An image of another document loads once adopted, which inserting it does: checked there.
    const parsed = new DOMParser().parseFromString(`<p><img src="${PIXEL}"></p><img src="${PIXEL}">`, 'text/html');
    box.appendChild(parsed.body.firstElementChild!);
    box.insertBefore(parsed.body.firstElementChild!, null);
    expect(inert(box)).to.deep.equal(['img', 'img']);
    expect(box.querySelector('img[src]')).to.equal(null);
    // An image of this document was checked when its URL was set; declarative markup is found when
    // inserted, alone or inside a subtree.
    const declared = () => {
      const img = document.createElement('img');
      img.setAttribute('data-category', 'pixels');
      img.setAttribute('data-vendor', 'meta-pixel');
      img.setAttribute('data-src', PIXEL);
      return img;
    };
    blocked.length = 0;
    box.appendChild(declared());
    const wrapper = document.createElement('div');
    wrapper.appendChild(declared());
    box.appendChild(wrapper);
    box.appendChild(Object.assign(document.createElement('img'), { src: '/i.png', alt: '' }));
    expect(blocked).to.deep.equal(['meta-pixel:img', 'meta-pixel:img']);
  });

  it('as the new parent given to Range.surroundContents', () => {
    // surroundContents empties its new parent first: the frame itself is what it inserts. Made
    // by DOMParser and adopted, it has passed through no patch before.
    const parsed = new DOMParser().parseFromString(`<iframe src="${FRAME}"></iframe>`, 'text/html');
    const frame = document.adoptNode(parsed.body.firstElementChild!);
    expect(frame.getAttribute('src')).to.equal(FRAME);
    const r = document.createRange();
    r.selectNodeContents(box.appendChild(document.createElement('p')));
    r.surroundContents(frame);
    expect(inert(box)).to.deep.equal(['iframe']);
    expect(box.querySelector('iframe[src]')).to.equal(null);
  });

  it('deep inside an element first filled while detached, then inserted', () => {
    const outer = document.createElement('section');
    outer.appendChild(document.createElement('div')).appendChild(subtree());
    // The template's HTML string already had its frame and pixel made inert; its script (scripts
    // set through innerHTML never run) is caught when the subtree is inserted.
    expect(inert(outer), 'detached').to.deep.equal(['iframe', 'img']);
    box.appendChild(outer);
    expect(inert(box)).to.deep.equal(['iframe', 'img', 'script']);
  });

  it('in a shadow root, through its methods and its innerHTML', () => {
    const root = box.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    root.appendChild(subtree());
    root.innerHTML += `<p><iframe src="${FRAME}?2"></iframe></p>`;
    expect(inert(root)).to.deep.equal(['iframe', 'iframe', 'img', 'script']);
    expect(root.querySelector('iframe[src]')).to.equal(null);
  });

  it('in the contents of a template, once they are inserted', () => {
    const t = document.createElement('template');
    t.innerHTML = `<div><img src="${PIXEL}"><iframe src="${FRAME}"></iframe></div>`;
    expect(inert(t.content), 'HTML strings are rewritten, template or not').to.deep.equal(['iframe', 'img']);
    box.append(t.content.cloneNode(true));
    expect(inert(box)).to.deep.equal(['iframe', 'img']);
  });

  it('through innerHTML, outerHTML and insertAdjacentHTML, among rows of non-vendor tags', () => {
    const rows = '<tr><td><img src="/i.png"></td></tr>'.repeat(50);
    box.innerHTML = `<table>${rows}<tr><td><img src="${PIXEL}"></td></tr></table>`;
    box.insertAdjacentHTML('beforeend', `<p><iframe src="${FRAME}"></iframe></p>`);
    box.appendChild(document.createElement('span')).outerHTML = `<img srcset="${PIXEL} 1x">`;
    expect(inert(box)).to.deep.equal(['iframe', 'img', 'img']);
    expect(box.querySelectorAll('img[src="/i.png"]').length).to.equal(50);
  });

  it('leaves HTML strings without vendor URLs as they are, entities included', () => {
    box.innerHTML = '<p><img alt="a" src="/i.png?a=1&amp;b=2"><img src=https://cdn.example/x.png></p>';
    expect([...box.querySelectorAll('img')].map((i) => i.getAttribute('src'))).to.deep.equal(['/i.png?a=1&b=2', 'https://cdn.example/x.png']);
    expect(inert(box)).to.deep.equal([]);
  });

  it('finds a vendor URL written with a character reference in an HTML string', () => {
    box.innerHTML = '<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView">';
    expect(inert(box)).to.deep.equal(['img']);
    expect(box.querySelector('img')!.getAttribute('data-src')).to.equal(PIXEL);
  });

  it('through src, srcset and setAttribute in any case, and not through other attributes', () => {
    const img = box.appendChild(document.createElement('img'));
    img.setAttribute('SRC', PIXEL);
    const frame = box.appendChild(document.createElement('iframe'));
    frame.setAttribute('src', FRAME);
    const a = box.appendChild(document.createElement('a'));
    a.setAttribute('href', PIXEL);
    expect(inert(box)).to.deep.equal(['iframe', 'img']);
    expect(a.getAttribute('href')).to.equal(PIXEL);
  });

  it('reports, after the page has loaded, declarative markup inserted by code and releases it on consent', async () => {
    box.innerHTML = `<img data-category="pixels" data-vendor="meta-pixel" data-src="${PIXEL}">`;
    const frame = document.createElement('iframe');
    frame.setAttribute('data-category', 'social');
    frame.setAttribute('data-vendor', 'youtube');
    frame.setAttribute('data-src', FRAME);
    box.append(frame);
    expect(blocked).to.deep.equal(['meta-pixel:img', 'youtube:iframe']);
    expect(frame.hasAttribute('data-tamis-blocked')).to.equal(true);
    allowed = ['youtube', 'meta-pixel'];
    await blocker!.release();
    expect(frame.getAttribute('src')).to.equal(FRAME);
    expect(box.querySelector('img')!.getAttribute('src')).to.equal(PIXEL);
  });

  it('reports, after the page has loaded, what HTML strings write in a shadow root or next to an element', async () => {
    const root = box.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    // A video facade's own shadow root (issue #15), then markup written next to an element.
    root.innerHTML = `<p>video</p>`;
    root.firstElementChild!.insertAdjacentHTML('afterend', `<iframe src="${FRAME}"></iframe>`);
    box.appendChild(document.createElement('span')).outerHTML = `<img data-category="pixels" data-vendor="meta-pixel" data-src="${PIXEL}">`;
    expect(blocked).to.deep.equal(['youtube:iframe', 'meta-pixel:img']);
    expect(root.querySelector('iframe')!.hasAttribute('data-tamis-blocked')).to.equal(true);
    allowed = ['youtube', 'meta-pixel'];
    await blocker!.release();
    expect(root.querySelector('iframe')!.getAttribute('src')).to.equal(FRAME);
    expect(box.querySelector('img')!.getAttribute('src')).to.equal(PIXEL);
  });

  it('blocks a vendor src given to an element after a first-party one, once inserted and later', () => {
    const img = box.appendChild(document.createElement('img'));
    img.src = '/i.png';
    img.setAttribute('src', PIXEL);
    const script = document.createElement('script');
    script.src = '/app.js';
    box.appendChild(script);
    const late = document.createElement('script');
    late.src = '/app.js';
    late.setAttribute('src', HOTJAR);
    box.appendChild(late);
    expect(img.getAttribute('data-src')).to.equal(PIXEL);
    expect(img.hasAttribute('src')).to.equal(false);
    expect(script.hasAttribute('data-tamis-blocked')).to.equal(false);
    expect(late.getAttribute('type')).to.equal('text/plain');
    expect(blocked).to.deep.equal(['meta-pixel:img', 'hotjar:script']);
  });

  it('checks src in any case through setAttribute only on the tags that load, not on others', () => {
    const frame = box.appendChild(document.createElement('iframe'));
    frame.setAttribute('Src', FRAME);
    const div = box.appendChild(document.createElement('div'));
    div.setAttribute('src', FRAME);
    expect(frame.getAttribute('data-src')).to.equal(FRAME);
    expect(div.getAttribute('src')).to.equal(FRAME);
  });

  it('asks consent again for a URL it saw before: allowed, then refused', () => {
    allowed = ['meta-pixel'];
    const first = new Image();
    first.src = PIXEL;
    expect(first.getAttribute('src')).to.equal(PIXEL);
    allowed = [];
    const second = new Image();
    second.src = PIXEL;
    expect(second.hasAttribute('src')).to.equal(false);
    expect(second.getAttribute('data-src')).to.equal(PIXEL);
  });

  it('leaves the hrefs of a list of links unread, and still holds a link hint in the same kind of string', () => {
    const links = '<li><a href="https://www.facebook.com/tr?id=1&amp;x=2">a</a></li>'.repeat(20);
    box.innerHTML = `<ul>${links}</ul>`;
    expect(inert(box)).to.deep.equal([]);
    expect(box.querySelectorAll('a[href^="https://www.facebook.com/tr"]').length).to.equal(20);
    box.innerHTML = `<ul>${links}</ul><link rel="preconnect" href="https://static.hotjar.com">`;
    expect(inert(box)).to.deep.equal(['link']);
    expect(box.querySelector('link')!.getAttribute('data-href')).to.equal('https://static.hotjar.com');
    expect(box.querySelectorAll('a[href^="https://www.facebook.com/tr"]').length).to.equal(20);
  });

  it('holds a link hint written in an HTML string in any case, in a shadow root and a template', () => {
    const root = box.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    root.innerHTML = `<LINK REL=dns-prefetch HREF=//static.hotjar.com>`;
    expect(inert(root)).to.deep.equal(['link']);
    const t = document.createElement('template');
    t.innerHTML = `<p><a href="/x">x</a><link rel="preload" as="script" href="${HOTJAR}"></p>`;
    expect(inert(t.content)).to.deep.equal(['link']);
    box.append(t.content.cloneNode(true));
    expect(box.querySelector('link[href]')).to.equal(null);
  });

  it('blocks an SVG script href written in a fragment once the fragment is inserted', () => {
    const r = document.createRange();
    r.selectNodeContents(box);
    const fragment = r.createContextualFragment(`<svg><script href="${HOTJAR}"></script></svg>`);
    box.append(fragment);
    const script = box.querySelector('svg script')!;
    expect(script.getAttribute('type')).to.equal('text/plain');
    expect(script.hasAttribute('data-tamis-blocked')).to.equal(true);
  });

  it('blocks an SVG script that loads from xlink:href, written in markup or set with setAttributeNS', async () => {
    const r = document.createRange();
    r.selectNodeContents(box);
    box.append(r.createContextualFragment(`<svg><script xlink:href="${HOTJAR}"></script></svg>`));
    const svg = box.querySelector('svg')!;
    const script = document.createElementNS('http://www.w3.org/2000/svg', 'script');
    script.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', HOTJAR + '&two');
    svg.append(script);
    const scripts = [...box.querySelectorAll('svg script')];
    expect(scripts.map((s) => [s.getAttribute('type'), s.hasAttribute('data-tamis-blocked')])).to.deep.equal([
      ['text/plain', true],
      ['text/plain', true],
    ]);
    await new Promise((done) => setTimeout(done, 50));
    expect(performance.getEntriesByType('resource').filter((e) => e.name.startsWith('https://static.hotjar.com'))).to.deep.equal([]);
  });

  it('lets an allowed vendor through untouched, and asks no more than the vendor table', () => {
    allowed = ['youtube'];
    box.innerHTML = `<iframe src="${FRAME}"></iframe>`;
    expect(box.querySelector('iframe')!.getAttribute('src')).to.equal(FRAME);
    expect(blocked).to.deep.equal([]);
  });
});

// deniedVendor remembers the URLs it found harmless (no vendor's, no held host's), per blocker and
// base URL: what a vendor's URL gets must still follow consent, config and base at every check.
describe('harmless URLs remembered', () => {
  const started: Blocker[] = [];
  let allowed: string[] = [];
  const asked: string[] = [];
  const start = (list = vendors, unknown?: (host: string) => boolean) => {
    started.push(startBlocker({ vendors: list, isAllowed: (id) => !!id && allowed.includes(id), unknown, releaser: async () => releaser }));
  };
  /** A detached script given `url`: its src setter checks the URL, and a detached script fetches nothing. */
  const script = (url: string) => {
    const s = document.createElement('script');
    s.src = url;
    return s;
  };
  const held = (s: Element) => s.getAttribute('type') == 'text/plain' && s.hasAttribute('data-tamis-blocked');
  afterEach(() => {
    started.splice(0).forEach((b) => b.stop());
    allowed = [];
    asked.length = 0;
  });

  it('blocks a URL found harmless before, once a new init() declares a site vendor on its host', () => {
    const url = 'https://cdn.shop.example/widget.js';
    start();
    expect(held(script(url)), 'no vendor of the first config').to.equal(false);
    expect(held(script(url)), 'remembered').to.equal(false);
    started.splice(0).forEach((b) => b.stop());
    // A new init() with a config that declares the site's own vendor starts a new blocker.
    const site: VendorDefinition = { id: 'shop-widget', name: 'w', company: 'w', purpose: 'advertising', policyUrl: '', cookies: [], urls: ['cdn.shop.example'] };
    start([...vendors, site]);
    const again = script(url);
    expect(held(again)).to.equal(true);
    expect(again.getAttribute('data-vendor')).to.equal('shop-widget');
  });

  it('asks consent at each check of a vendor URL: refused, allowed, refused after withdrawal', () => {
    start();
    expect(held(script(HOTJAR)), 'no consent').to.equal(true);
    allowed = ['hotjar'];
    expect(held(script(HOTJAR)), 'consent given').to.equal(false);
    expect(held(script(HOTJAR)), 'consent given, again').to.equal(false);
    allowed = [];
    expect(held(script(HOTJAR)), 'consent withdrawn').to.equal(true);
  });

  it('keeps holding an unknown third party in strict mode, asking once per host', () => {
    start(vendors, (host) => (asked.push(host), host == 'tracker.example'));
    const url = 'https://tracker.example/t.js';
    expect([held(script(url)), held(script(url)), held(script('https://cdn.shop.example/a.js')), held(script('https://cdn.shop.example/a.js'))])
      .to.deep.equal([true, true, false, false]);
    // (The test runner's own requests to the page's host are asked too.)
    expect(asked.filter((h) => h.endsWith('.example'))).to.deep.equal(['tracker.example', 'cdn.shop.example']);
  });

  it('reads a relative URL against the base it is checked with', () => {
    start();
    expect(held(script('/tr?id=1')), 'the page itself').to.equal(false);
    const base = document.head.appendChild(document.createElement('base'));
    base.href = 'https://www.facebook.com/';
    try {
      const img = document.createElement('img');
      img.src = '/tr?id=1';
      expect(img.hasAttribute('src')).to.equal(false);
      expect(img.getAttribute('data-vendor')).to.equal('meta-pixel');
    } finally {
      base.remove();
    }
    expect(held(script('/tr?id=1')), 'the page itself again').to.equal(false);
  });

  it('remembers an absolute URL whatever the base, and reads relative and protocol-relative ones against it', () => {
    start();
    const harmless = 'https://cdn.shop.example/a.js';
    expect([held(script(harmless)), held(script(harmless)), held(script('//www.facebook.com/tr?id=1'))]).to.deep.equal([false, false, true]);
    const base = document.head.appendChild(document.createElement('base'));
    base.href = 'https://www.facebook.com/';
    try {
      expect(held(script(harmless)), 'the same absolute URL under another base').to.equal(false);
      expect(held(script('tr?id=2')), 'relative, now on the vendor').to.equal(true);
      expect(held(script('//www.facebook.com/tr?id=1')), 'protocol-relative').to.equal(true);
    } finally {
      base.remove();
    }
  });

  it('gives the same answers past its bound (thousands of distinct URLs)', () => {
    start();
    const answers = [];
    for (let i = 0; i < 6000; i++) answers.push(held(script(`https://cdn.shop.example/p/${i}.js`)));
    expect(answers.filter(Boolean).length).to.equal(0);
    expect([0, 3999, 5999].map((i) => held(script(`https://cdn.shop.example/p/${i}.js`)))).to.deep.equal([false, false, false]);
    expect([1, 2].map((i) => held(script(`${HOTJAR}&n=${i}`)))).to.deep.equal([true, true]);
    allowed = ['hotjar'];
    expect(held(script(`${HOTJAR}&n=1`))).to.equal(false);
  });
});

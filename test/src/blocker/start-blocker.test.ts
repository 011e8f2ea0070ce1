import { expect } from '@open-wc/testing';
import { startBlocker, type Blocker } from '../../../src/blocker/index.js';
import { releaser } from '../../../src/blocker/release.js';
import { vendors } from './test-vendors.js';

const PATCHED: Array<[object, string]> = [
  [Node.prototype, 'appendChild'],
  [Node.prototype, 'insertBefore'],
  [Node.prototype, 'replaceChild'],
  [Element.prototype, 'append'],
  [Element.prototype, 'setAttribute'],
  [Element.prototype, 'innerHTML'],
  [Element.prototype, 'outerHTML'],
  [Element.prototype, 'insertAdjacentHTML'],
  [HTMLScriptElement.prototype, 'src'],
  [HTMLIFrameElement.prototype, 'src'],
  [HTMLImageElement.prototype, 'src'],
  [HTMLImageElement.prototype, 'srcset'],
  [Document.prototype, 'write'],
  [Range.prototype, 'createContextualFragment'],
  [HTMLLinkElement.prototype, 'href'],
  [HTMLElement.prototype, 'style'],
  [Element.prototype, 'attachShadow'],
  [window, 'fetch'],
  [window, 'WebSocket'],
  [window, 'EventSource'],
  [XMLHttpRequest.prototype, 'open'],
  [Navigator.prototype, 'sendBeacon'],
];
const descriptors = () => PATCHED.map(([proto, name]) => Object.getOwnPropertyDescriptor(proto, name));

describe('startBlocker', () => {
  let blocker: Blocker | undefined;
  let allowed: string[] = [];
  const blocked: string[] = [];
  const start = () =>
    (blocker = startBlocker({
      vendors,
      isAllowed: (id) => !!id && allowed.includes(id),
      onBlocked: ({ vendor, element }) => blocked.push(`${vendor?.id}:${element?.localName ?? "request"}`),
      releaser: async () => releaser,
    }));
  afterEach(() => {
    blocker?.stop();
    blocker = undefined;
    allowed = [];
    blocked.length = 0;
    document.querySelectorAll('.t').forEach((el) => el.remove());
  });

  it('stop() puts back every DOM primitive it patched', () => {
    const original = descriptors();
    start().stop();
    const after = descriptors();
    PATCHED.forEach(([, name], i) => expect(after[i], name).to.deep.equal(original[i]));
  });

  it('after stop() vendor images load normally again', () => {
    start().stop();
    const img = new Image();
    img.src = 'https://www.facebook.com/tr?id=1';
    expect(img.getAttribute('src')).to.equal('https://www.facebook.com/tr?id=1');
  });

  it('blocks a vendor pixel at the moment its src is set, even detached', () => {
    start();
    const img = new Image();
    img.src = 'https://www.facebook.com/tr?id=1';
    expect(img.hasAttribute('src')).to.equal(false);
    expect(img.dataset.src).to.equal('https://www.facebook.com/tr?id=1');
    expect(blocked).to.deep.equal(['meta-pixel:img']);
  });

  it('reports each blocked element once through onBlocked', async () => {
    start();
    const s = document.createElement('script');
    s.className = 't';
    s.src = 'https://static.hotjar.com/c/hotjar-1.js';
    document.head.appendChild(s);
    await new Promise((r) => setTimeout(r));
    expect(blocked).to.deep.equal(['hotjar:script']);
  });

  it('makes a vendor script inert again when its type is set back before insertion', () => {
    start();
    const s = document.createElement('script');
    s.className = 't';
    s.src = 'https://static.hotjar.com/c/hotjar-1.js';
    s.type = 'text/javascript';
    document.head.appendChild(s);
    expect(s.type).to.equal('text/plain');
    expect(s.dataset.type).to.equal('text/javascript');
  });

  it('lets the tags of allowed vendors through untouched', () => {
    allowed = ['hotjar'];
    start();
    const s = document.createElement('script');
    s.src = 'https://static.hotjar.com/c/hotjar-1.js';
    expect(s.getAttributeNames()).to.deep.equal(['src']);
    expect(blocked).to.deep.equal([]);
  });

  it('release() is queued: two calls release an element once', async () => {
    start();
    const img = document.createElement('img');
    img.className = 't';
    img.src = 'https://www.facebook.com/tr?id=2';
    document.body.append(img);
    allowed = ['meta-pixel'];
    const seen: string[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => r.attributeName == 'src' && seen.push(r.attributeName)));
    observer.observe(img, { attributes: true });
    await Promise.all([blocker!.release(), blocker!.release()]);
    await new Promise((r) => setTimeout(r));
    observer.disconnect();
    expect(img.getAttribute('src')).to.equal('https://www.facebook.com/tr?id=2');
    expect(seen).to.deep.equal(['src']);
  });
});

import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../../src/blocker/html-string-sanitizer.js';
import type { BlockerContext } from '../../../src/blocker/context.js';
import { vendors } from './test-vendors.js';
import { indexVendors } from '../../../src/blocker/url-matcher.js';

const context = (allowed: string[] = []): BlockerContext & { blocked: Element[] } => {
  const blocked: Element[] = [];
  return {
    vendors,
    isAllowed: (id) => !!id && allowed.includes(id),
    onBlocked: ({ element }) => blocked.push(element!),
    passed: new WeakSet(),
    seen: new Set(),
    fresh: new WeakSet(),
    index: indexVendors(vendors),
    hosts: new Map(),
    harmless: new Map(),
    rel() {},
    blocked,
  };
};
const parse = (html: unknown) => {
  const t = document.createElement('template');
  t.innerHTML = html as string;
  return t.content;
};

describe('sanitizeHtml', () => {
  it('returns strings without vendor tags unchanged, byte for byte', () => {
    const html = `<p class='x'>Hi<img src="/logo.png" alt=logo></p><script src="/app.js"></script>`;
    expect(sanitizeHtml(context(), html, 'script,iframe,img')).to.equal(html);
  });

  it('moves a vendor iframe src to data-src with its vendor and purpose', () => {
    const out = parse(sanitizeHtml(context(), '<iframe width="560" height="315" src="https://www.youtube.com/embed/v1" allowfullscreen></iframe>', 'iframe,img'));
    const frame = out.querySelector('iframe')!;
    expect(frame.hasAttribute('src')).to.equal(false);
    expect(frame.getAttribute('data-src')).to.equal('https://www.youtube.com/embed/v1');
    expect(frame.getAttribute('data-vendor')).to.equal('youtube');
    expect(frame.getAttribute('data-category')).to.equal('social');
    expect(frame.hasAttribute('data-tamis-blocked')).to.equal(true);
    expect(frame.getAttribute('width')).to.equal('560');
    expect(frame.hasAttribute('allowfullscreen')).to.equal(true);
  });

  it('moves a tracking pixel src and srcset to data attributes', () => {
    const out = parse(sanitizeHtml(context(), '<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" srcset="https://www.facebook.com/tr?id=1 1x">', 'iframe,img'));
    const img = out.querySelector('img')!;
    expect(img.hasAttribute('src')).to.equal(false);
    expect(img.hasAttribute('srcset')).to.equal(false);
    expect(img.getAttribute('data-src')).to.equal('https://www.facebook.com/tr?id=1&ev=PageView');
    expect(img.getAttribute('data-srcset')).to.equal('https://www.facebook.com/tr?id=1 1x');
  });

  it('makes vendor scripts text/plain where the browser would run them, keeping the original type', () => {
    const out = parse(sanitizeHtml(context(), '<script type="text/javascript" async src="https://static.hotjar.com/c/hotjar-1.js?sv=6"></script>', 'script,iframe,img'));
    const script = out.querySelector('script')!;
    expect(script.getAttribute('type')).to.equal('text/plain');
    expect(script.getAttribute('data-type')).to.equal('text/javascript');
    expect(script.getAttribute('src')).to.equal('https://static.hotjar.com/c/hotjar-1.js?sv=6');
    expect(script.hasAttribute('async')).to.equal(true);
  });

  it('leaves scripts alone in innerHTML strings, where they never run', () => {
    const html = '<script src="https://static.hotjar.com/c/hotjar-1.js"></script>';
    expect(sanitizeHtml(context(), html, 'iframe,img')).to.equal(html);
  });

  it('leaves tags of allowed vendors and other hosts untouched', () => {
    const html = '<iframe src="https://www.youtube.com/embed/v1"></iframe><img src="https://cdn.example/a.png">';
    expect(sanitizeHtml(context(['youtube']), html, 'script,iframe,img')).to.equal(html);
  });

  it('blocks only the refused one of two tags in the same string', () => {
    const out = parse(sanitizeHtml(context(['youtube']), '<div><iframe src="https://www.youtube.com/embed/v1"></iframe><img src="https://px.ads.linkedin.com/collect/?pid=1&fmt=gif"></div>', 'iframe,img'));
    expect(out.querySelector('iframe')!.getAttribute('src')).to.equal('https://www.youtube.com/embed/v1');
    expect(out.querySelector('img')!.getAttribute('data-vendor')).to.equal('linkedin');
  });

  it('keeps table context intact when rewriting rows', () => {
    const out = parse(sanitizeHtml(context(), '<tr><td><img src="https://px.ads.linkedin.com/collect/?pid=1"></td></tr>', 'iframe,img'));
    expect(out.querySelector('tr > td > img[data-src]')).to.not.equal(null);
  });

  it('does not report elements of the throw-away template as blocked', () => {
    const c = context();
    sanitizeHtml(c, '<img src="https://px.ads.linkedin.com/collect/?pid=1">', 'iframe,img');
    expect(c.blocked).to.have.length(0);
  });

  it('passes Trusted Types objects and other non-strings through', () => {
    const value = { toString: () => '<img src="https://px.ads.linkedin.com/collect/">' };
    expect(sanitizeHtml(context(), value, 'iframe,img')).to.equal(value);
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../components/index.js';
import type { TamisBanner } from '../../components/index.js';
import { installFakeTamis, uninstall, type FakeOptions } from './fake-tamis.js';
import { expectAccessible } from './axe.js';
import { LANGUAGES } from '../../src/language.js';
import { textsOutsideNoSnippet } from './nosnippet.js';

async function banner(options?: FakeOptions) {
  const tamis = installFakeTamis(options);
  const element = await fixture<TamisBanner>(html`<tamis-banner></tamis-banner>`);
  await waitUntil(() => element.shadowRoot!.querySelector('button'), 'banner rendered');
  const button = (name: string) => element.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${name}"]`)!;
  return { tamis, element, button };
}

const hex64 = /^[0-9a-f]{64}$/;

describe('<tamis-banner>', () => {
  afterEach(async () => {
    uninstall();
    document.documentElement.removeAttribute('style');
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  it('names the purposes in use and links to the privacy policy', async () => {
    const { element } = await banner({ policyUrl: '/our-privacy' });
    const text = element.shadowRoot!.querySelector('[part="text"]')!.textContent!;
    expect(text).to.include('for: Audience measurement (exempt), Analytics, Advertising, Social media.');
    expect(text).not.to.include('Strictly necessary');
    expect(element.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/our-privacy');
    expect(element.shadowRoot!.querySelector('section')!.getAttribute('aria-labelledby')).to.equal('title');
  });

  it('records acceptance with the hash of the texts shown, then removes itself', async () => {
    const { tamis, element, button } = await banner();
    button('accept').click();
    await waitUntil(() => tamis.calls.length === 1);
    expect(tamis.calls[0].method).to.equal('acceptAll');
    expect((tamis.calls[0].args[0] as { textsHash: string }).textsHash).to.match(hex64);
    expect(element.isConnected).to.equal(false);
  });

  it('records a refusal from Reject all, then removes itself', async () => {
    const { tamis, element, button } = await banner();
    button('reject').click();
    await waitUntil(() => tamis.calls.length === 1);
    expect(tamis.calls[0].method).to.equal('rejectAll');
    expect(element.isConnected).to.equal(false);
  });

  it('records a refusal from "Continue without accepting" when the site offers it', async () => {
    const { tamis, button } = await banner({ ui: { continueWithoutAccepting: true } });
    expect(button('continue').textContent).to.include('Continue without accepting');
    button('continue').click();
    await waitUntil(() => tamis.calls.length === 1);
    expect(tamis.calls[0].method).to.equal('rejectAll');
  });

  it('offers no "Continue without accepting" by default', async () => {
    const { button } = await banner();
    expect(button('continue')).to.equal(null);
  });

  it('opens the preferences from Customize without recording anything', async () => {
    const { tamis, button } = await banner();
    button('customize').click();
    await waitUntil(() => document.querySelector('tamis-preferences')?.shadowRoot?.querySelector('dialog[open]'), 'dialog opened');
    expect(tamis.calls).to.deep.equal([]);
  });

  it('removes itself when a decision is made elsewhere (another tab, the dialog)', async () => {
    const { tamis, element } = await banner();
    tamis.setConsent({ analytics: true });
    expect(element.isConnected).to.equal(false);
    expect(tamis.listenerCount('change')).to.equal(0);
  });

  it('says that Global Privacy Control is honoured when the browser sends it', async () => {
    const { element } = await banner({ gpc: true });
    expect(element.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.include(
      'Global Privacy Control signal and we honour it: advertising, social media and tracking pixels stay off',
    );
  });

  it('speaks French when the runtime says so', async () => {
    const { element, button } = await banner({ language: 'fr' });
    expect(element.lang).to.equal('fr');
    expect(button('accept').textContent!.trim()).to.equal('Tout accepter');
    expect(button('reject').textContent!.trim()).to.equal('Tout refuser');
    expect(button('customize').textContent!.trim()).to.equal('Personnaliser');
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('Les cookies sur ce site');
  });

  it('uses the texts the site overrides', async () => {
    const { element, button } = await banner({ texts: { en: { bannerTitle: 'Your privacy' }, '*': { acceptAll: 'OK for all' } } });
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal('Your privacy');
    expect(button('accept').textContent!.trim()).to.equal('OK for all');
  });

  for (const layout of ['bar', 'box', 'center'] as const)
    it(`is fixed in the viewport without covering the whole page in the ${layout} layout`, async () => {
      const { element } = await banner({ ui: { layout } });
      expect(element.getAttribute('layout')).to.equal(layout);
      expect(getComputedStyle(element).position).to.equal('fixed');
      const box = element.getBoundingClientRect();
      expect(box.height).to.be.lessThan(innerHeight);
      expect(box.bottom).to.be.at.most(innerHeight + 0.5);
    });

  // Every language, German, Finnish and Hungarian (the longest labels) first.
  for (const language of ['de', 'fi', 'hu', ...LANGUAGES.filter((l) => !['de', 'fi', 'hu'].includes(l))])
  for (const width of [320, 1280])
    it(`shows Accept all and Reject all side by side with the same size and weight at ${width} px, in every layout, in ${language}`, async () => {
      await setViewport({ width, height: 568 });
      for (const layout of ['bar', 'box', 'center'] as const) {
        const { button } = await banner({ language, ui: { layout } });
        const accept = button('accept');
        const reject = button('reject');
        const a = accept.getBoundingClientRect();
        const r = reject.getBoundingClientRect();
        expect(a.width, language).to.be.closeTo(r.width, 0.5);
        expect(a.height, language).to.be.closeTo(r.height, 0.5);
        expect(a.top, `${language}: same row`).to.be.closeTo(r.top, 0.5);
        for (const property of ['font-size', 'font-weight', 'font-family', 'background-color', 'color', 'border-color'])
          expect(getComputedStyle(accept).getPropertyValue(property), property).to.equal(getComputedStyle(reject).getPropertyValue(property));
        for (const rect of [a, r]) {
          expect(rect.left).to.be.at.least(0);
          expect(rect.right).to.be.at.most(innerWidth);
          expect(rect.top).to.be.at.least(0);
          expect(rect.bottom).to.be.at.most(innerHeight);
        }
        uninstall();
      }
    });

  it('keeps its text out of search snippets: data-nosnippet on the host and on the section holding every text', async () => {
    const { element } = await banner({ gpc: true, ui: { continueWithoutAccepting: true } });
    expect(element.hasAttribute('data-nosnippet')).to.equal(true);
    expect(textsOutsideNoSnippet(element.shadowRoot!)).to.deep.equal([]);
  });

  it('lays out right to left in Arabic and Hebrew: dir="rtl", the box in the bottom-left corner, the buttons mirrored', async () => {
    await setViewport({ width: 1280, height: 600 });
    for (const language of ['ar', 'he']) {
      const { element, button } = await banner({ language, ui: { layout: 'box', continueWithoutAccepting: true } });
      expect(element.lang).to.equal(language);
      expect(element.dir).to.equal('rtl');
      const box = element.getBoundingClientRect();
      expect(box.left, `${language}: box at the start (left) edge`).to.be.closeTo(16, 1);
      expect(box.right).to.be.lessThan(innerWidth / 2);
      // Accept comes first in reading order, so it sits to the right of Reject.
      expect(button('accept').getBoundingClientRect().left).to.be.greaterThan(button('reject').getBoundingClientRect().right - 1);
      // "Continue without accepting" sits at the end corner: top left.
      const banner_ = element.shadowRoot!.querySelector('[part="banner"]')!.getBoundingClientRect();
      expect(button('continue').getBoundingClientRect().left - banner_.left).to.be.lessThan(banner_.right - button('continue').getBoundingClientRect().right);
      uninstall();
    }
    // And left to right again in English: the box in the bottom-right corner.
    const { element, button } = await banner({ language: 'en', ui: { layout: 'box' } });
    expect(element.dir).to.equal('ltr');
    expect(innerWidth - element.getBoundingClientRect().right).to.be.closeTo(16, 1);
    expect(button('accept').getBoundingClientRect().right).to.be.lessThan(button('reject').getBoundingClientRect().left + 1);
  });

  for (const layout of ['bar', 'box', 'center'] as const)
  it(`keeps every Tab stop of the page visible, down to the last one, in the ${layout} layout (WCAG 2.4.11)`, async () => {
    await setViewport({ width: 400, height: 500 });
    const page = await fixture(html`<div>
      ${Array.from({ length: 30 }, (_, i) => html`<p style="margin:0 0 12px"><a href="#l${i}">Link ${i}</a></p>`)}
    </div>`);
    const { element } = await banner({ ui: { layout } });
    document.body.focus();
    const links = [...page.querySelectorAll('a')];
    for (const link of links) {
      await sendKeys({ press: 'Tab' });
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      // The banner's own buttons come last in the page's Tab order.
      expect(document.activeElement?.textContent).to.equal(link.textContent);
      const box = link.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit?.textContent, `${link.textContent} is covered by ${hit?.localName}`).to.equal(link.textContent);
    }
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.localName).to.equal(element.localName);
  });

  it('gives focus back to Customize when the preferences close with Esc, and shows a visible focus ring', async () => {
    const { element, button } = await banner();
    button('customize').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => document.querySelector('tamis-preferences')?.shadowRoot?.querySelector('dialog[open]'), 'dialog opened');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => element.shadowRoot!.activeElement === button('customize'), 'focus back on Customize');
    const ring = getComputedStyle(button('customize'));
    expect([ring.outlineStyle, ring.outlineWidth]).to.deep.equal(['solid', '3px']);
  });

  it('sets Enter and Space to work on its buttons', async () => {
    const { tamis, button } = await banner();
    button('reject').focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => tamis.calls.length === 1);
    expect(tamis.calls[0].method).to.equal('rejectAll');
    const second = await banner();
    second.button('accept').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => second.tamis.calls.length === 1);
    expect(second.tamis.calls[0].method).to.equal('acceptAll');
  });

  for (const language of ['en', 'fr'])
    for (const scheme of ['light', 'dark'] as const) {
      it(`passes axe (target-size included) in ${language}, ${scheme} scheme`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const { element } = await banner({ language, gpc: true, ui: { continueWithoutAccepting: true } });
        expect(getComputedStyle(element.shadowRoot!.querySelector('section')!).backgroundColor).to.equal(
          scheme === 'dark' ? 'rgb(29, 32, 37)' : 'rgb(255, 255, 255)',
        );
        await expectAccessible(element);
      });
    }

  it('slides in, unless the visitor asked for reduced motion', async () => {
    const { element } = await banner();
    expect(element.shadowRoot!.getAnimations().length).to.equal(1);
    uninstall();
    await emulateMedia({ reducedMotion: 'reduce' });
    const calm = await banner();
    expect(calm.element.shadowRoot!.getAnimations().length).to.equal(0);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('follows a forced dark theme even when the system is light', async () => {
    const { element } = await banner({ ui: { theme: 'dark' } });
    expect(element.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(element.shadowRoot!.querySelector('section')!).backgroundColor).to.equal('rgb(29, 32, 37)');
    await expectAccessible(element);
  });
});

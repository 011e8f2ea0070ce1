import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../components/index.js';
import { installFakeTamis, uninstall } from './fake-tamis.js';
import type { VendorDefinition } from '../../src/types.js';
import { expectAccessible } from './axe.js';
import { textsOutsideNoSnippet } from './nosnippet.js';

// Generous: a placeholder may wait for the full catalog, 100+ modules served one by one in tests.
const rendered = (element: Element) => waitUntil(() => element.shadowRoot?.firstElementChild, 'rendered', { timeout: 8000 });

describe('<tamis-placeholder>', () => {
  afterEach(uninstall);

  it('names the vendor and purpose, takes the blocked iframe size, and allows that vendor alone', async () => {
    const tamis = installFakeTamis();
    const element = await fixture(html`<tamis-placeholder vendor="youtube" purpose="social" width="560" height="315"></tamis-placeholder>`);
    await rendered(element);
    const box = element.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([560, 315]);
    expect(element.shadowRoot!.textContent).to.include('YouTube content is blocked because you have not allowed Social media.');
    const button = element.shadowRoot!.querySelector('button')!;
    expect(button.textContent!.trim()).to.equal('Allow YouTube and load');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => tamis.calls.length === 1);
    expect(tamis.calls[0].method).to.equal('setConsent');
    expect(tamis.calls[0].args.slice(0, 2)).to.deep.equal([{}, { youtube: true }]);
    expect(tamis.hasConsent('youtube')).to.equal(true);
    expect(tamis.hasConsent('social')).to.equal(false);
  });

  it('keeps what it says out of search snippets (data-nosnippet)', async () => {
    installFakeTamis();
    const element = await fixture(html`<tamis-placeholder vendor="youtube" purpose="social"></tamis-placeholder>`);
    await rendered(element);
    expect(textsOutsideNoSnippet(element.shadowRoot!)).to.deep.equal([]);
  });

  it('follows a change of its vendor attribute', async () => {
    installFakeTamis();
    const element = await fixture(html`<tamis-placeholder vendor="youtube" purpose="social"></tamis-placeholder>`);
    await rendered(element);
    element.setAttribute('vendor', 'meta-pixel');
    element.setAttribute('purpose', 'advertising');
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(element.shadowRoot!.textContent).to.include('Meta Pixel content is blocked because you have not allowed Advertising.');
  });

  it('names a listed vendor from the full catalog when its <head> copy has no name', async () => {
    // dist/tamis.js strips vendor names from its catalog (scripts/rollup-strip-vendor-details.mjs).
    const youtube = { id: 'youtube', purpose: 'social', urls: ['youtube.com'], cookies: [] } as unknown as VendorDefinition;
    installFakeTamis({ purposes: [{ id: 'necessary', rule: 'locked', vendors: [] }, { id: 'social', rule: 'opt-in', vendors: [youtube] }] });
    const element = await fixture(html`<tamis-placeholder vendor="youtube" purpose="social"></tamis-placeholder>`);
    await waitUntil(() => element.shadowRoot?.textContent?.includes('YouTube content is blocked'), 'named from the catalog', { timeout: 8000 });
    expect(element.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Allow YouTube and load');
  });

  it('keeps the name a site gives its own vendor', async () => {
    const own = { id: 'youtube', name: 'Our videos', purpose: 'social', urls: ['youtube.com'], cookies: [] } as unknown as VendorDefinition;
    installFakeTamis({ purposes: [{ id: 'necessary', rule: 'locked', vendors: [] }, { id: 'social', rule: 'opt-in', vendors: [own] }] });
    const element = await fixture(html`<tamis-placeholder vendor="youtube" purpose="social"></tamis-placeholder>`);
    await rendered(element);
    expect(element.shadowRoot!.textContent).to.include('Our videos content is blocked');
  });

  it('falls back to the catalog id for a vendor the site does not list', async () => {
    installFakeTamis({ language: 'fr' });
    const element = await fixture(html`<tamis-placeholder vendor="vimeo" purpose="social"></tamis-placeholder>`);
    await rendered(element);
    expect(element.shadowRoot!.textContent).to.include('Le contenu vimeo est bloqué');
  });
});

describe('<tamis-placeholder> theme', () => {
  afterEach(async () => {
    uninstall();
    await emulateMedia({ colorScheme: 'light' });
  });

  /** [r, g, b] in 0–255 from `rgb(…)` or `color(srgb …)` (how Chromium gives a color-mix()). */
  const rgb = (colour: string) => {
    const values = colour.match(/[\d.]+/g)!.map(Number).slice(0, 3);
    return colour.startsWith('color(srgb') ? values.map((v) => Math.round(v * 255)) : values.map(Math.round);
  };

  /** Colours the visitor sees: the box's background and text, the button's background and text. */
  const colours = (element: Element) => {
    const box = element.shadowRoot!.querySelector('[part=placeholder]')!;
    const button = element.shadowRoot!.querySelector('button')!;
    return {
      bg: getComputedStyle(box).backgroundColor,
      fg: getComputedStyle(box).color,
      button: getComputedStyle(button).backgroundColor,
      onButton: getComputedStyle(button).color,
      font: getComputedStyle(box).fontFamily,
    };
  };

  it("takes the site's colours from the custom properties the banner uses", async () => {
    installFakeTamis();
    const element = await fixture(html`<tamis-placeholder
      vendor="youtube"
      purpose="social"
      style="--tamis-bg: rgb(10, 20, 40); --tamis-fg: rgb(250, 240, 220); --tamis-accent: rgb(200, 30, 60); --tamis-on-accent: rgb(255, 255, 0); --tamis-font: monospace"
    ></tamis-placeholder>`);
    await rendered(element);
    const seen = colours(element);
    expect(seen.fg).to.equal('rgb(250, 240, 220)');
    expect(seen.button).to.equal('rgb(200, 30, 60)');
    expect(seen.onButton).to.equal('rgb(255, 255, 0)');
    expect(seen.font).to.equal('monospace');
    // The site's dark background, shaded 6% toward its text colour (color-mix, sRGB).
    expect(rgb(seen.bg)).to.deep.equal([24, 33, 51]);
  });

  it('keeps --tamis-placeholder-bg when the site sets it', async () => {
    installFakeTamis();
    const element = await fixture(html`<tamis-placeholder vendor="youtube" style="--tamis-placeholder-bg: rgb(1, 2, 3)"></tamis-placeholder>`);
    await rendered(element);
    expect(colours(element).bg).to.equal('rgb(1, 2, 3)');
  });

  it('follows ui.theme as the banner does: dark colours on a light system when the site forces dark', async () => {
    await emulateMedia({ colorScheme: 'light' });
    installFakeTamis({ ui: { theme: 'dark' } });
    const placeholder = await fixture(html`<tamis-placeholder vendor="youtube"></tamis-placeholder>`);
    await rendered(placeholder);
    const banner = await fixture(html`<tamis-banner></tamis-banner>`);
    await rendered(banner);
    const section = banner.shadowRoot!.querySelector('section')!;
    const seen = colours(placeholder);
    expect(placeholder.getAttribute('theme')).to.equal('dark');
    expect(seen.fg).to.equal(getComputedStyle(section).color);
    expect(seen.button).to.equal(getComputedStyle(banner.shadowRoot!.querySelector('[part~=accept]')!).backgroundColor);
    // Dark: the box is darker than mid-grey, whatever the system asks.
    const [r, g, b] = rgb(seen.bg);
    expect(r + g + b).to.be.below(3 * 128);
  });
});

describe('<tamis-cookie-table>', () => {
  afterEach(uninstall);

  it('lists each purpose in a captioned table with the cookies of its vendors', async () => {
    installFakeTamis();
    const element = await fixture(html`<tamis-cookie-table></tamis-cookie-table>`);
    await rendered(element);
    const tables = [...element.shadowRoot!.querySelectorAll('table')];
    const captions = tables.map((table) => table.caption!.textContent!.replace(table.caption!.querySelector('small')!.textContent!, '').trim());
    expect(captions).to.deep.equal([
      'Strictly necessary: cookies and trackers',
      'Audience measurement (exempt): cookies and trackers',
      'Analytics: cookies and trackers',
      'Advertising: cookies and trackers',
      'Social media: cookies and trackers',
    ]);
    const headers = [...tables[0].querySelectorAll('thead th')].map((th) => [th.textContent, th.getAttribute('scope')]);
    expect(headers).to.deep.equal([
      ['Cookie', 'col'],
      ['Provider', 'col'],
      ['Lifetime', 'col'],
      ['Use', 'col'],
      ['Third party', 'col'],
    ]);
    const row = (table: HTMLTableElement, index: number) =>
      [...table.tBodies[0].rows[index].cells].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
    expect(row(tables[0], 0)).to.deep.equal(['tamis_consent', 'This site', '6 months', 'Keeps your cookie choices', 'No']);
    expect(row(tables[1], 0)).to.deep.equal(['_pk_id.*.*', 'MatomoThis site (self-hosted)', '13 months', 'Counts returning visitors.', 'No']);
    expect(row(tables[2], 1)).to.deep.equal(['_ga_*', 'Google AnalyticsGoogle Ireland Limited', '2 years', 'Keeps the session state.', 'No']);
    expect(row(tables[4], 0)).to.deep.equal(['YSC', 'YouTubeGoogle Ireland Limited', 'session', 'Counts video views.', 'Yes']);
  });

  it('fetches what the runtime strips from its catalog copy (lifetimes, companies, third-party cookies)', async () => {
    // dist/tamis.js keeps only what blocking needs: this is how its YouTube entry reaches the UI.
    const stripped = { id: 'youtube', name: 'YouTube', purpose: 'social' as const, urls: ['youtube.com'], cookies: [] } as unknown as VendorDefinition;
    installFakeTamis({ purposes: [{ id: 'social', rule: 'opt-in', vendors: [stripped] }] });
    const element = await fixture(html`<tamis-cookie-table></tamis-cookie-table>`);
    await waitUntil(() => element.shadowRoot!.textContent!.includes('VISITOR_INFO1_LIVE'), 'catalog details', { timeout: 8000 });
    const text = element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('Google Ireland Limited').and.include('180 days');
  });

  describe('on a narrow screen', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('stacks each row into labelled lines: every column stays visible, nothing scrolls sideways', async () => {
      installFakeTamis();
      const element = await fixture(html`<tamis-cookie-table></tamis-cookie-table>`);
      await rendered(element);
      const table = element.shadowRoot!.querySelectorAll('table')[2];
      const row = table.tBodies[0].rows[1];
      const cells = () => [...row.cells].map((cell) => cell.getBoundingClientRect());

      // Wide: one line of five cells side by side.
      expect(new Set(cells().map((box) => Math.round(box.top))).size).to.equal(1);

      await setViewport({ width: 360, height: 740 });
      await waitUntil(() => new Set(cells().map((box) => Math.round(box.top))).size == 5, 'the cells stack');
      const rowBox = row.getBoundingClientRect();
      for (const [i, box] of cells().entries()) {
        expect(box.width, `cell ${i} takes the row's width`).to.be.closeTo(rowBox.width, 2);
        expect(box.height, `cell ${i} is visible`).to.be.greaterThan(0);
      }
      const section = table.closest('section')!;
      expect(section.scrollWidth, 'no sideways scrolling').to.be.at.most(section.clientWidth);
      // Each line shows its column's header; the headers stay in the accessibility tree.
      expect([...row.cells].map((cell) => getComputedStyle(cell, '::before').content)).to.deep.equal(
        ['"Cookie"', '"Provider"', '"Lifetime"', '"Use"', '"Third party"'],
      );
      expect(table.tHead!.getBoundingClientRect().height).to.be.at.most(1);
      await expectAccessible(element);
    });
  });

  for (const language of ['en', 'fr'])
    for (const scheme of ['light', 'dark'] as const)
      it(`passes axe in ${language}, ${scheme} scheme`, async () => {
        await emulateMedia({ colorScheme: scheme });
        installFakeTamis({ language });
        const element = await fixture(html`<tamis-cookie-table></tamis-cookie-table>`);
        await rendered(element);
        await expectAccessible(element);
        await emulateMedia({ colorScheme: 'light' });
      });
});

describe('<tamis-preferences-link>', () => {
  afterEach(uninstall);

  it('is a named floating button on the configured side that opens the preferences', async () => {
    installFakeTamis({ ui: { preferencesLink: 'left' } });
    const element = await fixture(html`<tamis-preferences-link></tamis-preferences-link>`);
    await rendered(element);
    expect(getComputedStyle(element).position).to.equal('fixed');
    expect(element.getBoundingClientRect().left).to.be.lessThan(innerWidth / 2);
    const button = element.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).to.equal('Cookie preferences');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => document.querySelector('tamis-preferences')?.shadowRoot?.querySelector('dialog[open]'), 'dialog opened');
  });

  it('sits on the right by default', async () => {
    installFakeTamis({ ui: { preferencesLink: true } });
    const element = await fixture(html`<tamis-preferences-link></tamis-preferences-link>`);
    await rendered(element);
    expect(element.getBoundingClientRect().right).to.be.greaterThan(innerWidth / 2);
  });
});

describe('placeholder and link accessibility', () => {
  afterEach(uninstall);
  for (const language of ['en', 'fr'])
    for (const scheme of ['light', 'dark'] as const)
      it(`pass axe (target-size included) in ${language}, ${scheme} scheme`, async () => {
        await emulateMedia({ colorScheme: scheme });
        installFakeTamis({ language });
        const wrapper = await fixture(html`<div>
          <tamis-placeholder vendor="youtube" purpose="social"></tamis-placeholder>
          <tamis-preferences-link></tamis-preferences-link>
        </div>`);
        for (const element of wrapper.children) {
          await rendered(element);
          await expectAccessible(element);
        }
        await emulateMedia({ colorScheme: 'light' });
      });

  it('axe here does check target-size: a 16 px button fails', async () => {
    const wrapper = await fixture(html`<div><button style="width:16px;height:16px;padding:0">x</button><button style="width:16px;height:16px;padding:0">y</button></div>`);
    let failure = '';
    await expectAccessible(wrapper).catch((error: Error) => (failure = error.message));
    expect(failure).to.include('target-size');
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../components/index.js';
import { installFakeTamis, uninstall, type FakeOptions } from './fake-tamis.js';
import { expectAccessible } from './axe.js';
import { textsOutsideNoSnippet } from './nosnippet.js';
import type { VendorDefinition } from '../../src/types.js';

async function open(options?: FakeOptions, prepare?: (tamis: ReturnType<typeof installFakeTamis>) => void) {
  const tamis = installFakeTamis(options);
  prepare?.(tamis);
  const opener = await fixture<HTMLButtonElement>(html`<button>Cookie settings</button>`);
  opener.focus();
  const element = document.body.appendChild(document.createElement('tamis-preferences'));
  await element.show();
  const root = element.shadowRoot!;
  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const switchOf = (id: string) => $<HTMLInputElement>(`#${id}`);
  return { tamis, element, opener, root, $, switchOf, dialog: $<HTMLDialogElement>('dialog') };
}

const activeInside = (element: Element) => element.shadowRoot!.activeElement;

describe('<tamis-preferences>', () => {
  afterEach(async () => {
    uninstall();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('opens as a modal dialog named by its title', async () => {
    const { dialog, $ } = await open();
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect($(`#${dialog.getAttribute('aria-labelledby')}`).textContent).to.equal('Cookie preferences');
  });

  it('shows one labelled switch per purpose: locked on, exempt audience on, the rest off', async () => {
    const { switchOf, root } = await open();
    const switches = [...root.querySelectorAll<HTMLInputElement>('[part="purpose"] > .row > input')];
    expect(switches.map((input) => input.labels![0].textContent)).to.deep.equal([
      'Strictly necessary',
      'Audience measurement (exempt)',
      'Analytics',
      'Advertising',
      'Social media',
    ]);
    for (const input of switches) expect(input.getAttribute('role')).to.equal('switch');
    expect([switchOf('p-necessary').checked, switchOf('p-necessary').disabled]).to.deep.equal([true, true]);
    expect(switchOf('p-necessary').closest('.row')!.textContent).to.include('Always on');
    expect(switchOf('p-necessary').getAttribute('aria-describedby')).to.equal('d-necessary');
    expect(switchOf('p-audience').checked).to.equal(true);
    expect(switchOf('p-audience').disabled).to.equal(false);
    for (const id of ['analytics', 'advertising', 'social']) expect(switchOf(`p-${id}`).checked, id).to.equal(false);
  });

  it('saves per-purpose choices with method custom and the texts hash', async () => {
    const { tamis, switchOf, $, dialog } = await open();
    switchOf('p-analytics').click();
    switchOf('p-audience').click();
    $('[part~="save"]').click();
    await waitUntil(() => tamis.calls.length === 1);
    const [purposes, vendors, details] = tamis.calls[0].args as [object, object, { method: string; textsHash: string }];
    expect(tamis.calls[0].method).to.equal('setConsent');
    expect(purposes).to.deep.equal({ audience: false, analytics: true, advertising: false, social: false });
    expect(vendors).to.include({ 'google-analytics': true, hotjar: true, matomo: false, youtube: false });
    expect(details.method).to.equal('custom');
    expect(details.textsHash).to.match(/^[0-9a-f]{64}$/);
    expect(dialog.open).to.equal(false);
  });

  it('saves a single vendor of a purpose when only that vendor is switched on', async () => {
    const { tamis, switchOf, $, root } = await open();
    const details = root.querySelectorAll('details')[1];
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    switchOf('v-hotjar').click();
    expect(switchOf('p-analytics').checked).to.equal(false);
    $('[part~="save"]').click();
    await waitUntil(() => tamis.calls.length === 1);
    const [purposes, vendors] = tamis.calls[0].args as [Record<string, boolean>, Record<string, boolean>];
    expect(purposes.analytics).to.equal(false);
    expect(vendors.hotjar).to.equal(true);
    expect(vendors['google-analytics']).to.equal(false);
  });

  it('switches every vendor of a purpose with it', async () => {
    const { switchOf } = await open();
    switchOf('p-analytics').click();
    await waitUntil(() => switchOf('v-hotjar').checked);
    expect(switchOf('v-google-analytics').checked).to.equal(true);
  });

  it('records Accept all and Reject all from the dialog and announces the save politely', async () => {
    for (const [part, method] of [['accept', 'acceptAll'], ['reject', 'rejectAll']]) {
      const { tamis, $, dialog } = await open();
      $(`[part~="${part}"]`).click();
      await waitUntil(() => tamis.calls.length === 1);
      expect(tamis.calls[0].method).to.equal(method);
      expect(dialog.open).to.equal(false);
      const status = $('[role="status"]');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      await waitUntil(() => status.textContent === 'Your choices have been saved', 'announced');
      uninstall();
    }
  });

  it('keeps its screen-reader-only texts out of sight: the Close button\'s name and the status line', async () => {
    const { $ } = await open();
    for (const hidden of [$('[part~="close"] .sr'), $('[role="status"]')]) {
      const box = hidden.getBoundingClientRect();
      expect([box.width, box.height], hidden.outerHTML).to.deep.equal([1, 1]);
      expect(getComputedStyle(hidden).clipPath).to.equal('inset(50%)');
    }
    expect($('[part~="close"]').textContent).to.include('Close');
  });

  it('closes on Esc without recording anything and gives focus back to the opener', async () => {
    const { tamis, dialog, opener } = await open();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    expect(tamis.calls).to.deep.equal([]);
    expect(document.activeElement === opener).to.equal(true);
  });

  it('reports tamis-show when it opens and tamis-after-hide once focus is back', async () => {
    const seen: string[] = [];
    const listen = (event: Event) => seen.push(`${event.type}:${document.activeElement?.localName}`);
    document.addEventListener('tamis-show', listen);
    document.addEventListener('tamis-after-hide', listen);
    const { element } = await open();
    element.hide();
    await waitUntil(() => seen.length === 2, 'after-hide');
    document.removeEventListener('tamis-show', listen);
    document.removeEventListener('tamis-after-hide', listen);
    expect(seen).to.deep.equal(['tamis-show:tamis-preferences', 'tamis-after-hide:button']);
  });

  it('closes from its Close button without recording anything', async () => {
    const { tamis, dialog, $, opener } = await open();
    $('[part~="close"]').click();
    expect(dialog.open).to.equal(false);
    expect(tamis.calls).to.deep.equal([]);
    expect(document.activeElement === opener).to.equal(true);
  });

  it('shows the current choices when reopened', async () => {
    const { element, switchOf } = await open(undefined, (tamis) =>
      tamis.setConsent({ advertising: true, audience: false }, { youtube: true }),
    );
    expect(switchOf('p-advertising').checked).to.equal(true);
    expect(switchOf('p-audience').checked).to.equal(false);
    expect(switchOf('v-youtube').checked).to.equal(true);
    expect(switchOf('p-social').checked).to.equal(false);
    switchOf('p-analytics').click();
    element.hide();
    await element.show();
    // Unsaved changes are dropped: the dialog shows what is recorded.
    expect(switchOf('p-analytics').checked).to.equal(false);
  });

  it('moves focus in Tab order through close, switches, vendor lists and buttons, and operates them by keyboard', async () => {
    const { element, switchOf, tamis } = await open();
    const order: string[] = [];
    for (let i = 0; i < 10; i++) {
      const active = activeInside(element) as HTMLElement;
      order.push(active.id || active.getAttribute('part') || active.localName);
      await sendKeys({ press: 'Tab' });
    }
    expect(order).to.deep.equal([
      'button close',
      'p-audience',
      'summary',
      'p-analytics',
      'summary',
      'p-advertising',
      'summary',
      'p-social',
      'summary',
      'button accept',
    ]);
    switchOf('p-analytics').focus();
    await sendKeys({ press: 'Space' });
    expect(switchOf('p-analytics').checked).to.equal(true);
    const summary = switchOf('p-analytics').closest('section')!.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(summary.parentElement!.hasAttribute('open')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(activeInside(element)!.id).to.equal('v-google-analytics');
    await sendKeys({ press: 'Space' });
    expect(switchOf('v-google-analytics').checked).to.equal(false);
    (element.shadowRoot!.querySelector('[part~="save"]') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => tamis.calls.length === 1);
    expect((tamis.calls[0].args[1] as Record<string, boolean>)['google-analytics']).to.equal(false);
  });

  it('names vendors whose <head> copy has no name from the full catalog, in the switch and the details', async () => {
    // dist/tamis.js strips vendor names from its catalog (scripts/rollup-strip-vendor-details.mjs).
    const hotjar = { id: 'hotjar', purpose: 'analytics', urls: ['hotjar.com'], cookies: [] } as unknown as VendorDefinition;
    const { root } = await open({ purposes: [{ id: 'necessary', rule: 'locked', vendors: [] }, { id: 'analytics', rule: 'opt-in', vendors: [hotjar] }] });
    await waitUntil(() => root.querySelector('label[for="v-hotjar"]')?.textContent?.includes('Hotjar'), 'switch named from the catalog', { timeout: 8000 });
    expect(root.querySelector('[part~="details"]')!.textContent).to.include('Hotjar');
  });

  it('opens vendor details in a popover placed next to its button, and closes it with Esc without closing the dialog', async () => {
    const { root, dialog } = await open();
    // Slow the dialog's entrance down so that the click lands while it still moves the button.
    const entrance = root.getAnimations();
    for (const animation of entrance) animation.playbackRate = 0.05;
    root.querySelectorAll('details')[1].open = true;
    const button = root.querySelectorAll<HTMLButtonElement>('[part~="details"]')[1];
    expect(button.textContent).to.include('Details').and.include('Google Analytics');
    button.click();
    const popover = root.querySelector<HTMLElement>('[popover]')!;
    // Generous: the details wait for the full catalog, 100+ modules served one by one in tests.
    await waitUntil(() => popover.matches(':popover-open') && popover.style.top, 'popover positioned', { timeout: 8000 });
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const text = popover.textContent!.replace(/\s+/g, ' ');
    for (const expected of ['Google Ireland Limited', 'Analytics', '_ga', '_ga_*', '2 years'])
      expect(text).to.include(expected);
    expect(popover.querySelector('a')!.href).to.equal('https://policies.google.com/privacy');
    // Once the entrance ends, the popover must sit 6 px below (or above) the button.
    expect(entrance.length, 'the dialog has an entrance animation').to.be.above(0);
    for (const animation of entrance) animation.finish();
    const nextToButton = () => {
      const b = button.getBoundingClientRect();
      const p = popover.getBoundingClientRect();
      return Math.abs(p.top - b.bottom - 6) < 1 || Math.abs(b.top - p.bottom - 6) < 1;
    };
    await waitUntil(nextToButton, 'next to the button', { timeout: 1000 });
    const p = popover.getBoundingClientRect();
    expect(p.left).to.be.at.least(8 - 0.5);
    expect(p.right).to.be.at.most(innerWidth - 8 + 0.5);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !popover.matches(':popover-open'));
    expect(dialog.open).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('says that Global Privacy Control is honoured', async () => {
    const { $ } = await open({ gpc: true });
    expect($('[part="notice"]').textContent).to.include('Global Privacy Control');
  });

  it('keeps its text out of search snippets: every text sits in a data-nosnippet div, the host carries it too', async () => {
    const { element, root } = await open({ gpc: true });
    expect(element.hasAttribute('data-nosnippet')).to.equal(true);
    root.querySelector<HTMLButtonElement>('[part~="details"]')!.click();
    await waitUntil(() => root.querySelector('[popover] h3'), 'details shown');
    expect(textsOutsideNoSnippet(root)).to.deep.equal([]);
  });

  it('mirrors in Hebrew: dir="rtl" on the dialog, switches slide from right to left', async () => {
    const { element, switchOf, $ } = await open({ language: 'he' });
    expect(element.dir).to.equal('rtl');
    expect(getComputedStyle($('dialog')).direction).to.equal('rtl');
    const knob = (input: HTMLInputElement) => parseFloat(getComputedStyle(input, '::before').insetInlineStart);
    const necessary = switchOf('p-necessary');
    expect(necessary.checked).to.equal(true);
    expect(getComputedStyle(necessary, '::before').right).to.equal(getComputedStyle(necessary, '::before').insetInlineStart);
    expect(knob(necessary)).to.be.greaterThan(knob(switchOf('p-analytics')));
    // The switch sits at the start (right) of its row, before its label.
    const row = necessary.parentElement!.getBoundingClientRect();
    expect(row.right - necessary.getBoundingClientRect().right).to.be.lessThan(necessary.getBoundingClientRect().left - row.left);
  });

  it('says how long choices are kept with the plural forms of the language', async () => {
    const { $ } = await open({ language: 'cs' });
    expect($('[part="body"] > p').textContent!.replace(/\s/g, ' ')).to.include('uchovává 6 měsíců');
  });

  it('speaks French, including lifetimes', async () => {
    const { $, root, element } = await open({ language: 'fr' });
    expect(element.lang).to.equal('fr');
    expect($('h2').textContent).to.equal('Gérer mes cookies');
    expect($('[part~="accept"]').textContent!.trim()).to.equal('Tout accepter');
    expect($('[part~="reject"]').textContent!.trim()).to.equal('Tout refuser');
    expect($('[part~="save"]').textContent!.trim()).to.equal('Enregistrer mes choix');
    root.querySelectorAll('details')[0].open = true;
    root.querySelector<HTMLButtonElement>('[part~="details"]')!.click();
    await waitUntil(() => root.querySelector('[popover]')!.textContent!.match(/13\smois/), 'lifetime in French');
  });

  for (const language of ['en', 'fr'])
    for (const scheme of ['light', 'dark'] as const)
      it(`passes axe (target-size included) in ${language}, ${scheme} scheme, with vendors and details open`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const { element, root } = await open({ language, gpc: true });
        for (const details of root.querySelectorAll('details')) details.open = true;
        root.querySelectorAll<HTMLButtonElement>('[part~="details"]')[1].click();
        await waitUntil(() => root.querySelector<HTMLElement>('[popover]')!.style.top, 'popover positioned');
        await expectAccessible(element);
      });
});

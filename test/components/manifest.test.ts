import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import type { TamisPreferences } from '../../components/index.js';
import { installFakeTamis, uninstall } from './fake-tamis.js';

/** What custom-elements.json (written by `npm run build`) says about one element. */
interface Declaration {
  tagName?: string;
  name: string;
  summary?: string;
  cssParts?: Array<{ name: string; description?: string }>;
  cssProperties?: Array<{ name: string }>;
  events?: Array<{ name: string }>;
  attributes?: Array<{ name: string }>;
}
interface Manifest {
  modules: Array<{ path: string; declarations?: Declaration[]; exports?: Array<{ kind: string; name: string; declaration: { name: string; module: string } }> }>;
}

const TAGS = ['tamis-banner', 'tamis-preferences', 'tamis-placeholder', 'tamis-cookie-table', 'tamis-preferences-link'];

let manifest: Manifest;
const declaration = (tag: string) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!;

/** Every `part` name the element's shadow DOM uses right now. */
const partsOf = (element: Element) =>
  new Set([...element.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/)));

/** The text of the element's styles, to find the custom properties it reads. */
const stylesOf = (element: Element) =>
  element.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');

/** Each element rendered in the state that shows every part it has. */
const render: Record<string, () => Promise<Element>> = {
  'tamis-banner': async () => {
    installFakeTamis({ gpc: true, policyUrl: '/privacy', ui: { continueWithoutAccepting: true } });
    const element = await fixture(html`<tamis-banner></tamis-banner>`);
    await waitUntil(() => element.shadowRoot!.querySelector('button'));
    return element;
  },
  'tamis-preferences': async () => {
    installFakeTamis({ gpc: true });
    const element = document.body.appendChild(document.createElement('tamis-preferences')) as TamisPreferences;
    await element.show();
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="details"]')!.click();
    await waitUntil(() => element.shadowRoot!.querySelector('[popover] a'), 'vendor details shown');
    return element;
  },
  'tamis-placeholder': async () => {
    installFakeTamis();
    const element = await fixture(html`<tamis-placeholder vendor="youtube" purpose="social"></tamis-placeholder>`);
    await waitUntil(() => element.shadowRoot!.querySelector('button'));
    return element;
  },
  'tamis-cookie-table': async () => {
    installFakeTamis();
    const element = await fixture(html`<tamis-cookie-table></tamis-cookie-table>`);
    await waitUntil(() => element.shadowRoot!.querySelector('table a'));
    return element;
  },
  'tamis-preferences-link': async () => {
    installFakeTamis();
    const element = await fixture(html`<tamis-preferences-link></tamis-preferences-link>`);
    await waitUntil(() => element.shadowRoot!.querySelector('button'));
    return element;
  },
};

describe('custom-elements.json', () => {
  before(async () => {
    const response = await fetch('/custom-elements.json');
    if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run build` first');
    manifest = await response.json();
  });
  afterEach(uninstall);

  it('is named by package.json and shipped in the package', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(pkg.customElements).to.equal('custom-elements.json');
    expect(pkg.files).to.include('custom-elements.json');
    expect(pkg.exports['./custom-elements.json']).to.equal('./custom-elements.json');
  });

  it('declares every element tamis defines, with its tag, summary and definition', () => {
    const definitions = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
    for (const tag of TAGS) {
      expect(customElements.get(tag), tag).to.be.a('function');
      expect(declaration(tag), tag).to.be.an('object');
      expect(declaration(tag).name).to.equal(customElements.get(tag)!.name);
      expect(declaration(tag).summary, tag).to.be.a('string').and.not.equal('');
      expect(definitions.map((d) => d.name)).to.include(tag);
    }
    expect(definitions.map((d) => d.name).sort()).to.deep.equal([...TAGS].sort());
  });

  for (const tag of TAGS)
    it(`documents exactly the parts <${tag}> renders, and custom properties it reads`, async () => {
      const element = await render[tag]();
      const documented = (declaration(tag).cssParts ?? []).map((p) => p.name).sort();
      expect(documented, `${tag}: parts in the manifest`).to.deep.equal([...partsOf(element)].sort());
      for (const part of declaration(tag).cssParts!) expect(part.description, `${tag}::part(${part.name})`).to.be.a('string').and.not.equal('');
      const css = stylesOf(element);
      for (const { name } of declaration(tag).cssProperties ?? []) expect(css, `${tag} reads ${name}`).to.include(`var(${name}`);
    });

  it('documents the attributes and events of the elements', async () => {
    const names = (tag: string, key: 'attributes' | 'events') => (declaration(tag)[key] ?? []).map((item) => item.name);
    expect(names('tamis-banner', 'attributes')).to.include.members(['layout', 'theme']);
    expect(names('tamis-placeholder', 'attributes')).to.include.members(['vendor', 'purpose']);
    expect(names('tamis-preferences-link', 'attributes')).to.include('position');
    // The events the dialog dispatches are the events the manifest lists.
    const element = await render['tamis-preferences']();
    const seen: string[] = [];
    for (const { name } of declaration('tamis-preferences').events ?? []) element.addEventListener(name, () => seen.push(name));
    (element as TamisPreferences).hide();
    await waitUntil(() => seen.includes('tamis-after-hide'));
    await (element as TamisPreferences).show();
    expect(seen).to.deep.equal(['tamis-after-hide', 'tamis-show']);
  });
});

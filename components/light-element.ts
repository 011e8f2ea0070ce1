import type { Consent, PurposeId, TamisApi } from '../src/types.js';
import { getTamis } from './tamis.js';
import { loadTexts, type Translator } from './i18n/texts.js';

/** One constructable style sheet per element class, shared by every instance. */
const sheets = new WeakMap<object, CSSStyleSheet>();

/**
 * Base of the elements drawn with the DOM alone, without Lit (about 6 kB gzip), so that a returning
 * visitor's placeholder (dist/tamis-placeholder.js) costs a few kB (issue 13). Renders nothing until
 * the runtime and the texts are there, then `content(api, t)`, and again on every `change` and
 * observed attribute. Keeps no copy of consent (architecture.md, "Runtime <-> UI contract").
 * `updateComplete` resolves once the current state is drawn, as Lit's does.
 */
export abstract class TamisLightElement extends HTMLElement {
  /** The element's CSS text, adopted once as a shared sheet. */
  static css = '';
  /** The runtime, while connected. */
  protected api?: TamisApi;
  /** Texts of the page's language; `undefined` until loaded. */
  protected t?: Translator;
  /** Resolves once the element has drawn its current state. */
  updateComplete: Promise<boolean> = Promise.resolve(true);
  private queued = false;
  private unsubscribe?: () => void;

  constructor() {
    super();
    const element = this.constructor as typeof TamisLightElement;
    let sheet = sheets.get(element);
    if (!sheet) {
      sheets.set(element, (sheet = new CSSStyleSheet()));
      sheet.replaceSync(element.css);
    }
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
  }

  connectedCallback(): void {
    const api = (this.api = getTamis());
    if (!api) return;
    this.unsubscribe = api.on('change', ({ consent }) => {
      this.consentChanged(consent);
      this.requestUpdate();
    });
    // `ui.theme` as given: without the deferred module (a returning visitor) nothing resolved it.
    const { theme } = api.config.ui;
    if ((theme == 'light' || theme == 'dark') && !this.hasAttribute('theme')) this.setAttribute('theme', theme);
    const texts = loadTexts(api.config);
    if (texts instanceof Promise) void texts.then((t) => this.setTexts(t));
    else this.setTexts(texts);
  }

  disconnectedCallback(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  attributeChangedCallback(): void {
    this.requestUpdate();
  }

  /** Called on each decision, before the element draws again. */
  protected consentChanged(_consent: Consent | null): void {}

  /** Called once, after the first draw. */
  protected firstDrawn(): void {}

  /** The element's content for the current state. */
  protected abstract content(api: TamisApi, t: Translator): HTMLElement;

  /** Label of a purpose in the page's language. */
  protected label(id: PurposeId): string {
    return this.t!(`purpose.${id}`);
  }

  /** Draws again in a microtask (several changes in a row draw once). */
  requestUpdate(): void {
    if (this.queued) return;
    this.queued = true;
    // The first draw too, in the task that connected the element: a timer cost the banner a task
    // hop on the critical path (10-40 ms on a busy page), and its script there is about 1 ms at 4x
    // CPU (docs/head-bytes.md, "Banner clickable").
    this.updateComplete = Promise.resolve().then(() => {
      this.queued = false;
      const { api, t, shadowRoot } = this;
      if (!api || !t || !this.isConnected) return true;
      const drawn = !!shadowRoot!.firstElementChild;
      const next = this.content(api, t);
      // The same content drawn again would lose focus and the text selection: keep the old nodes.
      if (!shadowRoot!.firstElementChild?.isEqualNode(next)) shadowRoot!.replaceChildren(next);
      if (!drawn) this.firstDrawn();
      return true;
    });
  }

  private setTexts(t: Translator): void {
    this.t = t;
    // Screen readers pronounce the element in its own language (WCAG 3.1.2); Arabic and Hebrew
    // lay out right to left (the styles use logical properties, so they mirror).
    this.lang = t.lang;
    this.dir = t.dir;
    this.requestUpdate();
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Consent, TamisApi } from '../src/types.js';
import { getTamis } from './tamis.js';
import { loadTexts, type Translator } from './i18n/texts.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Binds an element to the runtime: re-renders on every `change`, loads the texts of the page's
 * language and applies a forced theme. Keeps no copy of consent: elements read
 * `api.getConsent()` when they render (architecture.md, "Runtime <-> UI contract").
 */
export class TamisController implements ReactiveController {
  /** The runtime, while the host is connected. */
  api?: TamisApi;
  /** Texts of the page's language; `undefined` until loaded. */
  t?: Translator;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: Host,
    private readonly onChange?: (consent: Consent | null) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const api = (this.api = getTamis());
    if (!api) return;
    this.unsubscribe = api.on('change', ({ consent }) => {
      this.host.requestUpdate();
      this.onChange?.(consent);
    });
    const { theme } = api.config.ui;
    if (theme !== 'auto' && !this.host.hasAttribute('theme')) this.host.setAttribute('theme', theme);
    const texts = loadTexts(api.config);
    if (texts instanceof Promise) void texts.then((t) => this.setTexts(t));
    else this.setTexts(texts);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private setTexts(t: Translator): void {
    this.t = t;
    // Screen readers pronounce the element in its own language (WCAG 3.1.2).
    this.host.lang = t.lang;
    // Arabic and Hebrew lay out right to left; the styles use logical properties, so they mirror.
    this.host.dir = t.dir;
    this.host.requestUpdate();
  }
}

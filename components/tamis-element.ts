import { LitElement, nothing, type TemplateResult } from 'lit';
import type { Consent, PurposeId, TamisApi } from '../src/types.js';
import { TamisController } from './tamis-controller.js';
import type { Translator } from './i18n/texts.js';

/**
 * Base of every tamis element: renders nothing until the runtime and the texts are there, then
 * `content(api, t)`. Subclasses react to decisions by overriding `consentChanged`.
 */
export abstract class TamisElement extends LitElement {
  protected readonly tamis = new TamisController(this, (consent) => this.consentChanged(consent));

  protected consentChanged(_consent: Consent | null): void {}

  /** Label of a purpose in the page's language. */
  protected label(id: PurposeId): string {
    return this.tamis.t!(`purpose.${id}`);
  }

  protected abstract content(api: TamisApi, t: Translator): TemplateResult;

  override render() {
    const { api, t } = this.tamis;
    return api && t ? this.content(api, t) : nothing;
  }
}

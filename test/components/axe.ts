// axe-core through @open-wc/testing's `.accessible()`, with the WCAG 2.2 `target-size` rule
// (2.5.8, 24×24 px) switched on: axe ships it disabled by default.
import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';

type Axe = { configure(spec: { rules: Array<{ id: string; enabled: boolean }> }): void };
(window as unknown as { axe: Axe }).axe.configure({ rules: [{ id: 'target-size', enabled: true }] });

/** Fails with axe's report when the element has any violation, `target-size` included. */
export async function expectAccessible(element: Element): Promise<void> {
  // Let entrance animations end: axe measures colours as they are painted.
  await Promise.all((element.shadowRoot ?? document).getAnimations().map((animation) => animation.finished));
  await expect(element).to.be.accessible();
}

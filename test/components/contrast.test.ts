import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../components/index.js';
import { installFakeTamis, uninstall } from './fake-tamis.js';

// WCAG 2.x relative luminance and contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio).
const luminance = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('default colours', () => {
  afterEach(async () => {
    uninstall();
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const scheme of ['light', 'dark'] as const)
    it(`meet WCAG 2.2 AA in the ${scheme} scheme: text 4.5:1 (1.4.3), switches and focus ring 3:1 (1.4.11)`, async () => {
      await emulateMedia({ colorScheme: scheme });
      installFakeTamis();
      const element = await fixture(html`<tamis-banner></tamis-banner>`);
      await waitUntil(() => element.shadowRoot!.querySelector('section'));
      // Resolve each custom property to a colour the way the elements use it.
      const probe = document.createElement('i');
      element.shadowRoot!.append(probe);
      const colour = (name: string) => {
        probe.style.color = `var(--tamis-${name})`;
        return getComputedStyle(probe).color;
      };
      const [bg, fg, muted, accent, onAccent, border, focus] = ['bg', 'fg', 'muted', 'accent', 'on-accent', 'border', 'focus'].map(colour);
      expect(bg).to.equal(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(29, 32, 37)');
      expect(contrast(fg, bg), 'text').to.be.at.least(4.5);
      expect(contrast(muted, bg), 'secondary text').to.be.at.least(4.5);
      expect(contrast(accent, bg), 'links and outlined buttons').to.be.at.least(4.5);
      expect(contrast(onAccent, accent), 'text on buttons').to.be.at.least(4.5);
      expect(contrast(border, bg), 'switch border').to.be.at.least(3);
      expect(contrast(focus, bg), 'focus ring').to.be.at.least(3);
      expect(contrast(onAccent, accent), 'switch knob when on').to.be.at.least(3);
    });
});

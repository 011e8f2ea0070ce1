import { themeBase, themeMore } from '../styles/theme-text.js';

/** The banner's CSS text (no Lit: the banner is drawn with the DOM, see light-element.ts). */
export const bannerStyles =
  themeBase +
  themeMore +
  `
    /* Fixed, so showing it shifts nothing in the page (CLS); never a full-page overlay (no cookie wall). */
    :host {
      position: fixed;
      z-index: var(--tamis-z-index);
      inset: auto 0 0 0;
      display: block;
    }
    /* Logical sides: the box sits in the end corner, bottom right, or bottom left in Arabic and Hebrew. */
    :host([layout='box']) {
      inset-block: auto 1rem;
      inset-inline: auto 1rem;
      width: min(26rem, calc(100vw - 2rem));
    }
    :host([layout='center']) {
      inset: 50% auto auto 50%;
      transform: translate(-50%, -50%);
      width: min(34rem, calc(100vw - 2rem));
    }
    :host([edge='top']) {
      inset: 0 0 auto 0;
    }
    :host([layout='box'][edge='top']) {
      inset-block: 1rem auto;
    }
    :host([layout='center'][edge]) {
      transform: translateX(-50%);
      top: 1rem;
    }
    :host([layout='center'][edge='bottom']) {
      top: auto;
      bottom: 1rem;
    }
    [part='banner'] {
      position: relative;
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      max-height: 100dvh;
      padding: 1rem;
      background: var(--tamis-bg);
      box-shadow: var(--tamis-shadow);
      border-top: 1px solid var(--tamis-border);
      animation: tamis-in 0.25s ease-out;
    }
    :host(:not([layout='bar'])) [part='banner'] {
      border: 1px solid var(--tamis-border);
      border-radius: var(--tamis-radius);
      max-height: calc(100dvh - 2rem);
    }
    [part='title'] {
      font-size: 1.125rem;
    }
    :host([layout='bar']) [part='title'],
    :host([layout='bar']) [part='text'],
    :host([layout='bar']) [part='actions'] {
      width: 100%;
      max-width: 72rem;
      margin-inline: auto;
    }
    /* The text scrolls if it must; the buttons stay in view at 320 px (WCAG 1.4.10). */
    [part='text'] {
      overflow: auto;
      min-height: 3rem;
      display: grid;
      gap: 0.5rem;
    }
    :host([compact]) [part='text'] {
      display: none;
    }
    [part='notice'] {
      color: var(--tamis-muted);
      font-size: 0.9375rem;
    }
    [part='actions'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    /* Accept and Reject: same size, style and weight, side by side (CNIL, EDPB taskforce type C-E). */
    [part~='accept'],
    [part~='reject'] {
      flex: 1 1 0;
      min-width: 0;
    }
    [part~='customize'] {
      flex: 1 1 100%;
    }
    @media (min-width: 40rem) {
      :host([layout='bar']) [part~='customize'] {
        flex: 1 1 0;
      }
    }
    [part~='continue'] {
      align-self: flex-end;
      margin-block: -0.5rem;
      margin-inline: 0 -0.5rem;
      background: none;
      border: 0;
      color: var(--tamis-accent);
      font-weight: 400;
      text-decoration: underline;
      padding: 0.25rem 0.5rem;
      min-height: 2rem;
    }
  `;

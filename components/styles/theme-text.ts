import { visuallyHidden } from './visually-hidden.js';

/**
 * Shared look, as CSS text (no Lit): `--tamis-*` custom properties with light and dark defaults on
 * `:host`. `light-dark()` follows `color-scheme`, which follows `prefers-color-scheme` unless the
 * element has `theme="light"|"dark"` (from `ui.theme`). Default colours were chosen for WCAG 2.2 AA
 * in both schemes: text >= 4.5:1 (1.4.3), control borders and focus ring >= 3:1 (1.4.11).
 *
 * `themeBase` is what the placeholder needs (dist/tamis-placeholder.js, drawn without Lit);
 * `themeMore` adds headings, links, switches and motion for the other elements (theme.ts).
 */
export const themeBase = `
  :host {
    color-scheme: light dark;
    --tamis-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --tamis-font-size: 1rem;
    --tamis-bg: light-dark(#ffffff, #1d2025);
    --tamis-fg: light-dark(#1b1d21, #eceef1);
    --tamis-muted: light-dark(#4a5059, #b9bfc8);
    --tamis-border: light-dark(#767c85, #8e959f);
    --tamis-accent: light-dark(#1f4fd1, #9ab8ff);
    --tamis-on-accent: light-dark(#ffffff, #0b1533);
    --tamis-focus: light-dark(#1f4fd1, #9ab8ff);
    --tamis-radius: 0.5rem;
    --tamis-shadow: 0 0.25rem 1.5rem rgb(0 0 0 / 0.3);
    --tamis-z-index: 2147483000;
    font: var(--tamis-font-size) / 1.45 var(--tamis-font);
    color: var(--tamis-fg);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  p {
    margin: 0;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--tamis-radius);
    border: 2px solid var(--tamis-accent);
    background: var(--tamis-accent);
    color: var(--tamis-on-accent);
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--tamis-accent);
  }
  :focus-visible {
    outline: 3px solid var(--tamis-focus);
    outline-offset: 2px;
  }
  /* Motion only for those who have not asked for less (WCAG 2.3.3). */
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::backdrop {
      animation: none !important;
      transition: none !important;
    }
  }
`;

/** Headings, links, switches, screen-reader text and the entrance animation. */
export const themeMore = `  h2,
  h3 {
    margin: 0;
  }
  a {
    color: var(--tamis-accent);
    text-underline-offset: 0.15em;
  }
  /* The native checkbox, drawn as a switch; role="switch" makes it one for assistive tech. */
  input[role='switch'] {
    appearance: none;
    flex: none;
    position: relative;
    width: 2.75rem;
    height: 1.5rem;
    margin: 0;
    border: 2px solid var(--tamis-border);
    border-radius: 1rem;
    background: var(--tamis-bg);
    cursor: pointer;
  }
  input[role='switch']::before {
    content: '';
    position: absolute;
    inset-block-start: 0.125rem;
    inset-inline-start: 0.125rem;
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    background: var(--tamis-border);
    transition: inset-inline-start 0.15s;
  }
  input[role='switch']:checked {
    background: var(--tamis-accent);
    border-color: var(--tamis-accent);
  }
  input[role='switch']:checked::before {
    background: var(--tamis-on-accent);
    /* A logical offset, not translateX: the knob slides toward the end side in right-to-left too. */
    inset-inline-start: 1.375rem;
  }
  input[role='switch']:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .sr {
    ${visuallyHidden}
  }
  /* A slide, no fade: the buttons are seen, and can be pressed, from the first frame (issue 13). */
  @keyframes tamis-in {
    from {
      transform: translateY(0.75rem);
    }
  }
`;

import { css, unsafeCSS } from 'lit';
import { themeBase, themeText } from './theme-base.js';

/**
 * The shared look (theme-base.ts) for Lit elements, plus the controls only the preferences dialog
 * draws (switches, visually hidden text). Lit flattens the nested array in `static styles`.
 */
export const theme = [
  unsafeCSS(themeBase + themeText),
  css`
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
    inset: 0.125rem auto auto 0.125rem;
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    background: var(--tamis-border);
    transition: transform 0.15s;
  }
  input[role='switch']:checked {
    background: var(--tamis-accent);
    border-color: var(--tamis-accent);
  }
  input[role='switch']:checked::before {
    background: var(--tamis-on-accent);
    transform: translateX(1.25rem);
  }
  input[role='switch']:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  `,
];

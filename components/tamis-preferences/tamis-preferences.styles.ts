import { css } from 'lit';
import { theme } from '../styles/theme.js';

export const preferencesStyles = [
  theme,
  css`
    [part='dialog'] {
      width: min(40rem, calc(100vw - 1rem));
      max-height: calc(100dvh - 1rem);
      padding: 0;
      border: 1px solid var(--tamis-border);
      border-radius: var(--tamis-radius);
      background: var(--tamis-bg);
      color: var(--tamis-fg);
      box-shadow: var(--tamis-shadow);
    }
    [part='dialog'][open] {
      display: flex;
      flex-direction: column;
      animation: tamis-in 0.2s ease-out;
    }
    [part='dialog']::backdrop {
      background: rgb(0 0 0 / 0.45);
    }
    [part='header'],
    [part='footer'] {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      padding: 0.75rem 1rem;
    }
    [part='header'] {
      justify-content: space-between;
      border-bottom: 1px solid var(--tamis-border);
    }
    [part='title'] {
      font-size: 1.25rem;
    }
    [part~='close'] {
      font-size: 1.5rem;
      line-height: 1;
      padding: 0;
    }
    [part='body'] {
      overflow: auto;
      padding: 1rem;
      display: grid;
      gap: 1rem;
    }
    [part='notice'],
    [part='description'],
    [part='always-on'] {
      color: var(--tamis-muted);
      font-size: 0.9375rem;
    }
    [part='purpose'] {
      display: grid;
      gap: 0.375rem;
      padding-top: 1rem;
      border-top: 1px solid var(--tamis-border);
    }
    .row {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      min-height: 2.75rem;
    }
    [part='label'] {
      flex: 1;
      font-weight: 600;
      cursor: pointer;
    }
    [part='vendor'] [part='label'] {
      font-weight: 400;
    }
    summary {
      display: flex;
      align-items: center;
      min-height: 2.75rem;
      width: fit-content;
      color: var(--tamis-accent);
      font-weight: 600;
      cursor: pointer;
    }
    summary::before {
      content: '▸';
      margin-inline-end: 0.5rem;
      transition: transform 0.15s;
    }
    [open] > summary::before {
      transform: rotate(90deg);
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [part~='details'] {
      min-height: 2.25rem;
      padding: 0.25rem 0.75rem;
      font-size: 0.9375rem;
    }
    [part='footer'] {
      flex-wrap: wrap;
      border-top: 1px solid var(--tamis-border);
    }
    /* Equal widths while they fit on one line; each wraps whole rather than breaking its label. */
    [part='footer'] button {
      flex: 1 1 0;
      min-width: max-content;
    }
    [part='popover'] {
      position: fixed;
      inset: auto;
      margin: 0;
      width: max-content;
      max-width: min(22rem, calc(100vw - 1rem));
      padding: 1rem;
      border: 1px solid var(--tamis-border);
      border-radius: var(--tamis-radius);
      background: var(--tamis-bg);
      color: var(--tamis-fg);
      box-shadow: var(--tamis-shadow);
      font-size: 0.9375rem;
    }
    [part='popover'] h3 {
      font-size: 1rem;
      margin: 0 0 0.5rem;
    }
    dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.25rem 0.75rem;
      margin: 0.5rem 0;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
  `,
];

import { svg, html, type TemplateResult } from 'lit';

/** Colours of the decision methods, shared by every chart and legend (contrast ≥ 3:1 on white). */
export const METHOD_COLOURS: Record<string, string> = {
  'accept-all': '#1a7f37',
  custom: '#8250df',
  'reject-all': '#cf222e',
  gpc: '#9a6700',
};
export const METHOD_LABELS: Record<string, string> = {
  'accept-all': 'Accept all',
  custom: 'Custom choice',
  'reject-all': 'Reject all',
  gpc: 'Global Privacy Control',
};

const pct = (n: number) => `${Math.round(n * 100)}%`;

/**
 * Opt-in over time: per day, the share of decisions by method as stacked columns (100% each),
 * with the day's decision count in the accessible name of each column.
 */
export function methodsOverTime(days: { day: string; total: number; methods: Record<string, number> }[]): TemplateResult {
  const width = 720;
  const height = 220;
  const pad = { left: 40, bottom: 28, top: 8 };
  const plot = height - pad.bottom - pad.top;
  const step = days.length ? (width - pad.left) / days.length : 0;
  const bar = Math.max(2, Math.min(28, step * 0.7));
  const summary = days.length
    ? `Decisions per day from ${days[0].day} to ${days[days.length - 1].day}, split by how the visitor decided.`
    : 'No decisions in this range.';
  return html`<svg viewBox="0 0 ${width} ${height}" role="img" aria-label=${summary} part="chart">
    ${[0, 0.5, 1].map(
      (y) => svg`<line x1=${pad.left} x2=${width} y1=${pad.top + plot * (1 - y)} y2=${pad.top + plot * (1 - y)} stroke="#d0d7de" />
        <text x=${pad.left - 6} y=${pad.top + plot * (1 - y) + 4} text-anchor="end" font-size="11" fill="#57606a">${pct(y)}</text>`,
    )}
    ${days.map((d, i) => {
      let y = pad.top + plot;
      const x = pad.left + i * step + (step - bar) / 2;
      return svg`<g><title>${d.day}: ${d.total} decisions, ${Object.entries(d.methods).map(([m, n]) => `${METHOD_LABELS[m] ?? m} ${n}`).join(', ')}</title>
        ${Object.keys(METHOD_COLOURS).map((m) => {
          const h = d.total ? (plot * (d.methods[m] ?? 0)) / d.total : 0;
          y -= h;
          return svg`<rect x=${x} y=${y} width=${bar} height=${h} fill=${METHOD_COLOURS[m]} />`;
        })}
        ${i % Math.ceil(days.length / 8) == 0 ? svg`<text x=${x + bar / 2} y=${height - 8} text-anchor="middle" font-size="11" fill="#57606a">${d.day.slice(5)}</text>` : ''}
      </g>`;
    })}
  </svg>`;
}

/** One horizontal bar per row, showing `share` (0–1) with its label and percentage. */
export function shareBars(rows: { label: string; share: number; detail: string }[], colour = '#0969da'): TemplateResult {
  return html`<ul class="bars">
    ${rows.map(
      (row) => html`<li>
        <span class="bar-label">${row.label}</span>
        <span class="bar-track" role="img" aria-label="${row.label}: ${pct(row.share)} (${row.detail})">
          <span class="bar-fill" style="width:${(row.share * 100).toFixed(1)}%;background:${colour}"></span>
        </span>
        <span class="bar-value">${pct(row.share)} <small>${row.detail}</small></span>
      </li>`,
    )}
  </ul>`;
}

/** The accept / reject / custom split as one stacked bar with a legend. */
export function splitBar(methods: Record<string, number>): TemplateResult {
  const total = Object.values(methods).reduce((a, b) => a + b, 0);
  const parts = Object.keys(METHOD_COLOURS).filter((m) => methods[m]);
  return html`<div class="split" role="img" aria-label=${parts.map((m) => `${METHOD_LABELS[m]} ${pct(methods[m] / total)}`).join(', ') || 'No decisions'}>
      ${parts.map((m) => html`<span style="flex:${methods[m]};background:${METHOD_COLOURS[m]}"></span>`)}
    </div>
    <ul class="legend">
      ${Object.keys(METHOD_COLOURS).map(
        (m) => html`<li><span class="swatch" style="background:${METHOD_COLOURS[m]}"></span>${METHOD_LABELS[m]}: ${methods[m] ?? 0}${total ? ` (${pct((methods[m] ?? 0) / total)})` : ''}</li>`,
      )}
    </ul>`;
}

// Medians and ranges over runs.

/** Median of the finite numbers in `values`, or null when there are none. */
export function median(values) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/**
 * Median, min, max and the number of runs that produced a value.
 * @param {Array<number | null | undefined>} values
 */
export function summary(values) {
  const v = values.filter(Number.isFinite);
  return v.length
    ? { median: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length, of: values.length }
    : { median: null, min: null, max: null, n: 0, of: values.length };
}

/**
 * {@link summary} of several fields of the same rows, keyed and ordered as `fields` lists them:
 * `{ clickableMs: 'clickableAt' }` summarises each row's `clickableAt` as `clickableMs`.
 * @param {object[]} rows
 * @param {Record<string, string>} fields result key -> the rows' field
 */
export const summaries = (rows, fields) =>
  Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, summary(rows.map((row) => row[field]))]));

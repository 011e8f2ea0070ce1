/**
 * Writes a configuration as JavaScript source for an inline `<script>`: JSON plus regular
 * expressions (custom vendors match URLs and cookie names with them). A function cannot be written
 * into HTML: it is refused with its path, so the build fails instead of shipping a config without it.
 * `<` is escaped everywhere so that no string can close the `<script>` element (HTML §4.12.1.3).
 */
export function serialize(value: unknown, path = 'config'): string {
  if (value instanceof RegExp) return `new RegExp(${serialize(value.source, path)},${JSON.stringify(value.flags)})`;
  if (typeof value == 'function' || typeof value == 'symbol' || typeof value == 'bigint')
    throw new TypeError(`tamis/vite: ${path} is a ${typeof value}, which cannot be written into index.html; ` +
      'give it to init() in your code instead (for ui.load, the plugin already serves tamis-ui.js)');
  if (Array.isArray(value)) return `[${value.map((v, i) => (v === undefined ? 'null' : serialize(v, `${path}[${i}]`))).join(',')}]`;
  if (value && typeof value == 'object')
    return `{${Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `${JSON.stringify(k)}:${serialize(v, `${path}.${k}`)}`).join(',')}}`;
  return (JSON.stringify(value) ?? 'undefined').replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

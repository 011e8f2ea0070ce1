// Rollup plugin for the browser bundles. dist/tamis-deferred.js needs what clears a vendor (cookie
// names, storage keys), and from its own catalog copy nothing else (it blocks and releases with the
// <head> copy): `stripVendorDetails({ clearing: true })` also drops `name`, `purpose` and `urls`. The <head> runtime, dist/tamis.js, needs only what
// blocks a vendor (id, purpose, urls): `stripVendorDetails({ data: true })` also drops the vendor's
// `name`, empties `cookies` (kept as `[]`, a required field the UI reads) and drops `storage`; the
// deferred module takes them from its own catalog copy when it clears. What is shown to people
// (name, company, policy URL, descriptions, cookie lifetimes) stays in vendors/*.ts, the single
// source of truth, and reaches the page with the UI, which loads the full catalog when it shows a
// vendor (components/vendor-details.ts); that copy too goes without `source` (where each fact was
// checked, maintainers' material): `stripVendorDetails({ ui: true })`.
import MagicString from 'magic-string';
import { walk } from 'estree-walker';

const VENDOR_DETAILS = new Set(['company', 'country', 'policyUrl', 'description', 'source']);
const COOKIE_DETAILS = new Set(['lifetime', 'description']);

const keyName = (property) =>
  property.type === 'Property' && !property.computed
    ? (property.key.name ?? property.key.value)
    : undefined;

// A third-party cookie lives on the vendor's domain: no script on the site can delete it, so the
// runtime does not need it (and must not delete a first-party cookie that shares its name).
const isThirdPartyCookie = (node) =>
  node?.type === 'ObjectExpression' &&
  node.properties.some((p) => keyName(p) === 'thirdParty' && p.value.value === true);

function dropThirdPartyCookies(array, out) {
  const { elements } = array;
  elements.forEach((element, index) => {
    if (!isThirdPartyCookie(element)) return;
    const keptAfter = elements.slice(index + 1).some((e) => !isThirdPartyCookie(e));
    if (keptAfter) out.remove(element.start, elements[index + 1].start);
    else out.remove(index > 0 ? elements[index - 1].end : element.start, element.end);
  });
}

/**
 * @param {{ data?: boolean, ui?: boolean, clearing?: boolean }} [options] `data`: also strip cookie
 *   names and storage keys (<head>). `ui`: strip only `source`, keeping everything people read (the
 *   UI bundle). `clearing`: keep only what clears a vendor: id, cookie names, storage (deferred).
 * @returns {import('rollup').Plugin}
 */
export function stripVendorDetails({ data = false, ui = false, clearing = false } = {}) {
  // Vendor level only (objects with an `id`): a cookie's `name` is what the deferred module deletes.
  const vendorDetails = ui
    ? new Set(['source'])
    : data
      ? new Set([...VENDOR_DETAILS, 'name', 'storage'])
      : clearing
        ? new Set([...VENDOR_DETAILS, 'name', 'purpose', 'urls'])
        : VENDOR_DETAILS;
  return {
    name: 'tamis-strip-vendor-details',
    transform(code, id) {
      if (!/[\\/]vendors[\\/](?!index\.)[^\\/]+\.(ts|js)$/.test(id)) return null;
      const ast = this.parse(code);
      const out = new MagicString(code);
      walk(ast, { enter(node) {
        if (node.type === 'ArrayExpression') return data || ui ? undefined : dropThirdPartyCookies(node, out);
        if (node.type !== 'ObjectExpression') return;
        const keys = node.properties.map(keyName);
        if (data && keys.includes('id')) {
          const cookies = node.properties[keys.indexOf('cookies')];
          if (cookies) out.overwrite(cookies.value.start, cookies.value.end, '[]');
        }
        const drop = keys.includes('id') ? vendorDetails : keys.includes('lifetime') && !data && !ui ? COOKIE_DETAILS : null;
        if (!drop) return;
        const { properties } = node;
        properties.forEach((property, index) => {
          if (!drop.has(keys[index])) return;
          // Remove the property with its separating comma: up to the next property while a kept
          // one follows, else back to the end of the previous property.
          const keptAfter = keys.slice(index + 1).some((key) => !drop.has(key));
          if (keptAfter) out.remove(property.start, properties[index + 1].start);
          else out.remove(index > 0 ? properties[index - 1].end : property.start, property.end);
        });
      } });
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

// The React workload of the page-overhead benchmark, in the style of js-framework-benchmark
// (krausest/js-framework-benchmark, its "keyed" React implementation): a table of rows with an id,
// a label link and a remove link; "create" renders N rows into an empty table, "replace" renders N
// new rows over N existing ones. Bundled with esbuild by bench/dom/build.mjs (production React).
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';

const A = ['pretty', 'large', 'big', 'small', 'tall', 'short', 'long', 'handsome', 'plain', 'quaint', 'clean', 'elegant', 'easy', 'angry', 'crazy', 'helpful', 'mushy', 'odd', 'unsightly', 'adorable', 'important', 'inexpensive', 'cheap', 'expensive', 'fancy'];
const C = ['red', 'yellow', 'blue', 'green', 'pink', 'brown', 'purple', 'brown', 'white', 'black', 'orange'];
const N = ['table', 'chair', 'house', 'bbq', 'desk', 'car', 'pony', 'cookie', 'sandwich', 'burger', 'pizza', 'mouse', 'keyboard'];

let nextId = 1;
let seed = 1;
// A fixed sequence (not Math.random): both pages render exactly the same labels.
const random = (max) => ((seed = (seed * 16807) % 2147483647) % max);
const buildData = (count) =>
  Array.from({ length: count }, () => ({ id: nextId++, label: `${A[random(A.length)]} ${C[random(C.length)]} ${N[random(N.length)]}` }));

function Row({ item, selected }) {
  return (
    <tr className={selected ? 'danger' : ''}>
      <td className="col-md-1">{item.id}</td>
      <td className="col-md-4"><a>{item.label}</a></td>
      <td className="col-md-1"><a><span className="glyphicon glyphicon-remove" aria-hidden="true" /></a></td>
      <td className="col-md-6" />
    </tr>
  );
}

function Table({ data }) {
  return (
    <table className="table table-hover table-striped test-data">
      <tbody>{data.map((item) => <Row key={item.id} item={item} selected={false} />)}</tbody>
    </table>
  );
}

let root;
const render = (data) => flushSync(() => root.render(<Table data={data} />));

/** Times one operation (ms), after a microtask turn so that observer callbacks count. */
async function time(fn) {
  await null;
  // As in workloads.js: earlier garbage collected before the timing starts (--expose-gc).
  window.gc?.();
  const start = performance.now();
  fn();
  await new Promise((resolve) => queueMicrotask(resolve));
  return performance.now() - start;
}

window.__reactBench = {
  /** Renders `count` rows into an empty table, then replaces them all; returns both times. */
  async run(count) {
    const host = document.getElementById('work');
    host.replaceChildren();
    root = createRoot(host);
    render([]);
    const create = await time(() => render(buildData(count)));
    const replace = await time(() => render(buildData(count)));
    root.unmount();
    return { create, replace };
  },
};

// The DOM workloads of the page-overhead benchmark (bench/dom/run.mjs), run in the page: ordinary
// DOM work with nothing of a vendor in it, timed with performance.now() inside the page. Each
// timing ends after a microtask turn, so that MutationObserver callbacks queued by the work (the
// blocker's observer) are counted: the page pays for them before it can do anything else.
(() => {
  const ROWS = 2000;
  // A link and an image per row, like a product list: same-origin relative images and images from
  // a third-party CDN (not a catalog vendor), every other row. 50 distinct files each.
  const image = (i) => (i % 2 ? `https://img.cdn-bench.example/p/${i % 50}.png` : `img/${i % 50}.png`);
  const link = (i) => `/products/${i}`;
  const container = () => document.getElementById('work');
  const clear = () => container().replaceChildren();
  const tick = () => new Promise((resolve) => queueMicrotask(resolve));
  // A full garbage collection before each timed try (the browser runs with --expose-gc), as
  // js-framework-benchmark does: a collection of earlier garbage then never lands inside one
  // page's timing and not the other's.
  const collectGarbage = () => window.gc?.();

  function row(i) {
    const tr = document.createElement('tr');
    const name = tr.appendChild(document.createElement('td'));
    const a = name.appendChild(document.createElement('a'));
    a.href = link(i);
    a.textContent = `Product ${i}`;
    const td = tr.appendChild(document.createElement('td'));
    const img = td.appendChild(document.createElement('img'));
    img.alt = '';
    img.width = 16;
    img.height = 16;
    img.src = image(i);
    return tr;
  }

  /** Work to time, each a function of the repetition; `setup` runs untimed before each. */
  const workloads = {
    // Build the whole table detached, then insert it once (5 times).
    detached: {
      reps: 5,
      run() {
        const table = document.createElement('table');
        const body = table.appendChild(document.createElement('tbody'));
        for (let i = 0; i < ROWS; i++) body.appendChild(row(i));
        container().appendChild(table);
      },
    },
    // Insert each row into a connected table, then give its image a URL (3 times).
    connected: {
      reps: 3,
      run() {
        const body = container().appendChild(document.createElement('table')).appendChild(document.createElement('tbody'));
        for (let i = 0; i < ROWS; i++) {
          const tr = body.appendChild(document.createElement('tr'));
          const name = tr.appendChild(document.createElement('td'));
          const a = name.appendChild(document.createElement('a'));
          a.setAttribute('href', link(i));
          a.textContent = `Product ${i}`;
          const img = tr.appendChild(document.createElement('td')).appendChild(document.createElement('img'));
          img.setAttribute('alt', '');
          img.src = image(i);
        }
      },
    },
    // The whole table as one HTML string (5 times).
    innerHTML: {
      reps: 5,
      setup() {
        let html = '<table><tbody>';
        for (let i = 0; i < ROWS; i++) html += `<tr><td><a href="${link(i)}">Product ${i}</a></td><td><img alt="" width="16" height="16" src="${image(i)}"></td></tr>`;
        return html + '</tbody></table>';
      },
      run(html) {
        container().innerHTML = html;
      },
    },
  };

  /** Runs one workload: its repetitions, each on an empty container; returns the total ms. */
  async function run(name) {
    const w = workloads[name];
    let total = 0;
    for (let rep = 0; rep < w.reps; rep++) {
      clear();
      const input = w.setup?.();
      await tick();
      collectGarbage();
      const start = performance.now();
      w.run(input);
      await tick();
      total += performance.now() - start;
    }
    clear();
    return total;
  }

  /**
   * Cost of ONE appendChild, in microseconds: `n` elements are made first (untimed), then each is
   * appended to a connected element. `kind`: a plain <div>; a non-vendor <img> (third-party CDN);
   * a vendor <script> (Hotjar) made with no interception on the way (a template's content,
   * imported), so that appendChild itself is what finds and blocks it.
   */
  async function append(kind, n = 1000) {
    const t = document.createElement('template');
    const html = {
      div: '<div class="card">text</div>',
      img: '<img alt="" src="https://img.cdn-bench.example/p/1.png">',
      vendor: '<script async src="https://static.hotjar.com/c/hotjar-3456789.js?sv=6"></script>',
    }[kind];
    t.innerHTML = html.repeat(n);
    const nodes = [...document.importNode(t.content, true).children];
    clear();
    const box = container();
    await tick();
    collectGarbage();
    const start = performance.now();
    for (const node of nodes) box.appendChild(node);
    await tick();
    const us = ((performance.now() - start) * 1000) / n;
    clear();
    return us;
  }

  window.__domBench = { run, append, names: Object.keys(workloads) };
})();

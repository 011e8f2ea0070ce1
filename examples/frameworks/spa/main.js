// A small router over the History API: each route replaces the content of <main>.
const routes = {
  '/spa/': () => '<h1>Home</h1><p>Nothing to block here.</p>',
  // Inserted when the route shows, long after tamis started: blocked until YouTube is allowed.
  '/spa/video': () =>
    '<h1>Video</h1><iframe title="Video" width="320" height="180" src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"></iframe>',
  '/spa/stats': () => '<h1>Statistics</h1><p>This route loads Google Analytics, once allowed.</p>',
};

function render(path) {
  const view = document.getElementById('view');
  view.innerHTML = (routes[path] ?? routes['/spa/'])();
  if (path == '/spa/stats') {
    // How an app adds a tag on one route: tamis sees the insertion and holds the script back.
    const script = document.createElement('script');
    script.async = true;
    script.src = 'https://www.googletagmanager.com/gtag/js?id=G-7H3QK2M9PL';
    view.append(script);
  }
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element && event.target.closest('a[data-route]');
  if (!link) return;
  event.preventDefault();
  history.pushState(null, '', link.getAttribute('href'));
  render(location.pathname);
});
addEventListener('popstate', () => render(location.pathname));

// One subscription for the life of the page: the runtime is the same on every route.
window.tamis.on('change', () => {
  const output = document.getElementById('changes');
  output.value = String(Number(output.value) + 1);
});
render(location.pathname);

// Sends a stray path under the site back to the app (see 404.html for how this
// script is found: the build writes the site's path into its URL there). This
// file lives at the site's root, so the folder of its own URL is the site. The
// stray path becomes a hash route: /site/section/s3 opens /site/#/section/s3,
// and a path the app does not know gets its not-found message.
(() => {
  const script = document.currentScript;
  if (!script) return;
  const root = new URL('./', script.src);
  if (root.origin !== location.origin || !location.pathname.startsWith(root.pathname)) return;
  const rest = location.pathname.slice(root.pathname.length).replace(/\/+$/, '');
  // A hash route already in the address (e.g. /site/index.htm#/p/p5) wins.
  const route = location.hash.startsWith('#/') ? location.hash : `#/${rest === '404.html' ? '' : rest}`;
  location.replace(root.href + route);
})();

// While it redirects, the page speaks the reader's language (the strings come from
// src/view/strings.rs: the build writes them into 404.html as a JSON block, after
// this script, hence on DOMContentLoaded).
(() => {
  const apply = () => {
    let table = {};
    try {
      table = JSON.parse(document.getElementById('strings')?.textContent ?? '{}');
    } catch { return; }
    let chosen = null;
    try { chosen = localStorage.getItem('qazaq-reader.lang'); } catch { /* storage blocked */ }
    const tags = [chosen, ...(navigator.languages ?? [navigator.language])];
    const code = tags.map((tag) => String(tag ?? '').toLowerCase().split(/[-_]/)[0]).find((c) => table[c]);
    const t = table[code];
    if (!t) return;
    document.documentElement.lang = code;
    document.title = t.not_found_title;
    const heading = document.querySelector('h1');
    const status = document.querySelector('body p');
    if (heading) heading.textContent = t.not_found_title;
    if (status) status.textContent = t.redirecting;
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', apply, { once: true });
  else apply();
})();

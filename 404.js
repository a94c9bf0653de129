// Sends a stray path under the site back to the app (see 404.html for how this
// script is found). This file lives at the site's root, so the folder of its own
// URL is the site. The stray path becomes a hash route: /site/section/s3 opens
// /site/#/section/s3, and a path the app does not know gets its not-found message.
(() => {
  const script = document.currentScript;
  // Listed several times in 404.html; only the first copy that loads acts.
  if (!script || document.documentElement.dataset.redirecting) return;
  const root = new URL('./', script.src);
  if (root.origin !== location.origin || !location.pathname.startsWith(root.pathname)) return;
  document.documentElement.dataset.redirecting = 'true';
  const rest = location.pathname.slice(root.pathname.length).replace(/\/+$/, '');
  // A hash route already in the address (e.g. /site/index.htm#/p/p5) wins.
  const route = location.hash.startsWith('#/') ? location.hash : `#/${rest === '404.html' ? '' : rest}`;
  location.replace(root.href + route);
})();

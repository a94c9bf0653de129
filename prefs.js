// Before the first paint: the stored theme, text size, repairs' marks and language onto <html>
// (keys and values of src/core/prefs.rs), so nothing flashes or jumps while the app
// loads. Blocked or junk storage leaves the defaults.
(() => {
  const html = document.documentElement;
  const stored = (key) => {
    try {
      const value = window.localStorage.getItem(key);
      return typeof value === 'string' ? value.trim() : null;
    } catch {
      return null;
    }
  };
  const langOf = (tag) => {
    const primary = String(tag).trim().split(/[-_]/)[0].toLowerCase();
    return ['kk', 'ru', 'en'].includes(primary) ? primary : null;
  };

  const theme = stored('qazaq-reader.theme');
  if (theme === 'light' || theme === 'dark') html.setAttribute('data-theme', theme);

  const font = stored('qazaq-reader.font');
  if (font && /^[+-]?\d{1,3}$/.test(font)) {
    const step = Number(font);
    if (step >= -2 && step <= 4 && step !== 0) html.setAttribute('data-font', String(step));
  }

  // The marks of the repairs are in the page; style.css shows them under this.
  if (stored('qazaq-reader.repairs') === 'on') html.setAttribute('data-repairs', '');

  let lang = langOf(stored('qazaq-reader.lang') ?? '');
  if (!lang) {
    try {
      lang = (navigator.languages ?? [navigator.language]).map(langOf).find(Boolean) ?? null;
    } catch {
      lang = null;
    }
  }
  // A page of its own (people.en.html: the build marks it with its site
  // title) is in the language its link was made in; the opening page
  // follows the reader's.
  if (lang && !html.hasAttribute('data-site-title')) html.setAttribute('lang', lang);

  // Without the app (boot.js did not load or run, or it failed: then
  // data-app="failed"), the article's own links still go where they point:
  // a section or a paragraph of the text is scrolled to.
  addEventListener('hashchange', () => {
    if (html.dataset.app !== 'failed') return;
    const target = /^#\/(?:section|p)\/([\w-]+)/.exec(location.hash);
    document.getElementById(target?.[1] ?? '')?.scrollIntoView();
  });
  // boot.js marks the page (data-boot) as its first act; module scripts run
  // before DOMContentLoaded, so a page unmarked by then will have no app: one
  // line says what is unavailable, in the reader's language (the build's
  // #strings block). Text only; the CSP forbids inline script, hence here.
  document.addEventListener('DOMContentLoaded', () => {
    if (html.dataset.boot || document.getElementById('fatal')) return;
    html.dataset.app = 'failed';
    let table = {};
    try {
      table = JSON.parse(document.getElementById('strings')?.textContent ?? '{}') ?? {};
    } catch {
      table = {};
    }
    const t = table[html.lang] ?? table.kk ?? {};
    const box = document.createElement('div');
    box.id = 'fatal';
    box.setAttribute('role', 'alert');
    const text = document.createElement('p');
    text.textContent = t.app_unavailable ?? 'Search and the indexes are unavailable.';
    box.append(text);
    document.body.prepend(box);
  });
})();

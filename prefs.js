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
  if (lang) html.setAttribute('lang', lang);
})();

// Loads the Wasm app and the article in parallel. The browser parses the JSON
// (`response.json()`), and the app converts the parsed value into Rust types.
// Relative URLs only, so the site works from any sub-path.
import init, { start } from './qazaq_reader.js';

function showError(message) {
  const box = document.createElement('div');
  box.id = 'fatal';
  box.setAttribute('role', 'alert');
  box.textContent = message; // text, never HTML
  document.body.prepend(box);
}

async function loadArticle() {
  const response = await fetch('./article.json');
  if (!response.ok) throw new Error(`article.json: HTTP ${response.status}`);
  return response.json();
}

try {
  const [, article] = await Promise.all([init(), loadArticle()]);
  start(article);
} catch (error) {
  console.error(error);
  showError(`Мақаланы жүктеу мүмкін болмады. Бетті қайта жүктеп көріңіз. (${error})`);
}

// Loads the Wasm app, the article, the people and the places in parallel. The browser
// parses the JSON (`response.json()`), and the app converts the parsed value into Rust types.
// Relative URLs only, so the site works from any sub-path.
import init, { start } from './qazaq_reader.js';

function showError(message) {
  const box = document.createElement('div');
  box.id = 'fatal';
  box.setAttribute('role', 'alert');
  box.textContent = message; // text, never HTML
  document.body.prepend(box);
}

async function loadJson(name) {
  const response = await fetch(`./${name}`);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return response.json();
}

try {
  const [, article, people, places] = await Promise.all([
    init(),
    loadJson('article.json'),
    loadJson('people.json'),
    loadJson('places.json'),
  ]);
  start(article, people, places);
  // Tests and styles can tell when the page is interactive.
  document.documentElement.dataset.app = 'ready';
} catch (error) {
  console.error(error);
  showError(`Мақаланы жүктеу мүмкін болмады. Бетті қайта жүктеп көріңіз. (${error})`);
}

// The same article as other kinds of page, for comparing the app with them: a plain
// static page (no script), a Pagefind page (the plain page with Pagefind's search) and
// an mdBook book (one chapter per section). All built from data/article.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Pinned here and installed into the project's .tools/ (gitignored) on first use. */
export const MDBOOK_VERSION = '0.5.4';
const TOOLS = resolve('.tools');
const MDBOOK = join(TOOLS, 'bin', 'mdbook');

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function blocksHtml(section) {
  return section.blocks.map((b) => (b.kind === 'paragraph'
    ? `<p id="${b.id}">${escape(b.text)}</p>`
    : `<figure id="${b.id}"><figcaption>${escape(b.caption)}</figcaption></figure>`)).join('\n');
}

/**
 * The article as one static HTML page with the site's stylesheet and the same ids.
 * `head` and `before` add to `<head>` and before the article; `articleAttrs` to `<article>`.
 */
export function plainPage(article, { head = '', before = '', articleAttrs = '' } = {}) {
  const { meta, sections, bibliography } = article;
  const entries = bibliography.entries.map((e) => `<li id="${e.id}">${escape(e.text)}${
    e.url ? ` <a href="${escape(e.url)}">${escape(e.url)}</a>` : ''}</li>`).join('\n');
  return `<!doctype html>
<html lang="${escape(meta.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(meta.title)}</title>
<meta name="description" content="${escape(meta.author)}. ${escape(meta.title)}">
<link rel="stylesheet" href="../style.css">
${head}</head>
<body>
<div class="layout"><main id="main">${before}<article${articleAttrs}>
<header class="article-header">
<p class="author">${escape(meta.author)}</p>
<p class="position">${escape(meta.position)}</p>
<h1>${escape(meta.title)}</h1>
<p class="dedication">${escape(meta.dedication ?? '')}</p>
</header>
${sections.map((s) => `<section id="${s.id}">${s.title ? `<h2>${escape(s.title)}</h2>` : ''}\n${blocksHtml(s)}</section>`).join('\n')}
<section id="${bibliography.id}" class="bibliography"><h2>${escape(bibliography.title)}</h2><ol>
${entries}
</ol></section>
</article></main></div>
</body>
</html>
`;
}

/** Writes the plain page into `dir`/index.html. */
export function buildPlain(article, dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), plainPage(article));
}

/**
 * The plain page with Pagefind's default search UI above the article, indexed by the
 * pinned `pagefind` from npm (`data-pagefind-body` marks what it indexes).
 */
export function buildPagefind(article, dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), plainPage(article, {
    head: '<link rel="stylesheet" href="pagefind/pagefind-ui.css">\n'
      + '<script src="pagefind/pagefind-ui.js"></script>\n<script src="search.js"></script>\n',
    before: '<div id="search"></div>',
    articleAttrs: ' data-pagefind-body',
  }));
  writeFileSync(join(dir, 'search.js'),
    "window.addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search' }));\n");
  execFileSync(resolve('node_modules/.bin/pagefind'), ['--site', dir], { stdio: 'pipe' });
}

// Markdown from plain text: every ASCII punctuation mark escaped (CommonMark allows
// it for all of them), so nothing in the text becomes markup or an mdBook directive.
const md = (s) => String(s).replace(/[!-/:-@[-`{-~]/g, '\\$&');

/** mdBook at the pinned version, installed from crates.io into .tools/ when missing. */
export function ensureMdbook() {
  const version = () => {
    try {
      return execFileSync(MDBOOK, ['--version'], { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  if (version() !== `mdbook v${MDBOOK_VERSION}`) {
    console.error(`report: installing mdbook ${MDBOOK_VERSION} into .tools/ (a few minutes, once)`);
    execFileSync('cargo', ['install', '--locked', '--version', MDBOOK_VERSION, 'mdbook', '--root', TOOLS],
      { stdio: ['ignore', 'inherit', 'inherit'] });
  }
  return MDBOOK;
}

/** An mdBook book of the article, one chapter per section and one for the bibliography, built into `dir`. */
export function buildMdbook(article, dir, work) {
  const mdbook = ensureMdbook();
  const { meta, sections, bibliography } = article;
  const src = join(work, 'src');
  mkdirSync(src, { recursive: true });
  writeFileSync(join(work, 'book.toml'), `[book]
title = ${JSON.stringify(meta.title)}
authors = [${JSON.stringify(meta.author)}]
language = ${JSON.stringify(meta.lang)}

[output.html]
`);
  const chapters = sections.map((s, i) => {
    const title = s.title ?? meta.title;
    const body = s.blocks.map((b) => (b.kind === 'paragraph' ? md(b.text) : `*${md(b.caption)}*`)).join('\n\n');
    const head = i === 0 ? `# ${md(meta.title)}\n\n${md(meta.author)}\n\n${md(meta.position)}\n\n` : `# ${md(title)}\n\n`;
    writeFileSync(join(src, `${s.id}.md`), `${head}${body}\n`);
    return `- [${md(title)}](${s.id}.md)`;
  });
  const refs = bibliography.entries.map((e, i) => `${i + 1}. ${md(e.text)}${e.url ? ` <${e.url}>` : ''}`).join('\n');
  writeFileSync(join(src, 'bibliography.md'), `# ${md(bibliography.title)}\n\n${refs}\n`);
  chapters.push(`- [${md(bibliography.title)}](bibliography.md)`);
  writeFileSync(join(src, 'SUMMARY.md'), `# Summary\n\n${chapters.join('\n')}\n`);
  execFileSync(mdbook, ['build', work, '--dest-dir', resolve(dir)], { stdio: 'pipe' });
}

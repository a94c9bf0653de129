//! The article as plain text (UTF-8) and as Markdown.
//!
//! The plain text holds the article's words and nothing else, in order
//! (`tests/downloads.rs` checks it), so it can be searched, diffed or read
//! aloud. Markdown adds headings, emphasis and links.

use super::edition::Edition;
use crate::core::article::Block;

/// The article as plain text: title, byline, dedication, then each section's
/// title and blocks, then the bibliography, one paragraph per line with blank
/// lines between. A translation says so under its title, with the original's.
pub fn to_plain_text(edition: &Edition) -> String {
    let article = &edition.article;
    let meta = &article.meta;
    let words = edition.words();
    let mut parts: Vec<String> = vec![meta.title.clone()];
    if let Some(notice) = words.notice {
        parts.push(format!(
            "{}: {}\n\n{notice}",
            words.original_title, edition.original_title
        ));
    }
    parts.extend([
        format!("{}\n{}", meta.author, meta.position),
        meta.dedication.clone(),
    ]);
    for section in &article.sections {
        if let Some(title) = &section.title {
            parts.push(title.clone());
        }
        parts.extend(section.blocks.iter().map(|b| b.text().to_string()));
    }
    let bibliography = &article.bibliography;
    parts.push(bibliography.title.clone());
    for entry in &bibliography.entries {
        parts.push(match &entry.url {
            Some(url) => format!("{}\n{url}", entry.text),
            None => entry.text.clone(),
        });
    }
    if let Some(ornament) = &meta.ornament {
        parts.push(ornament.clone());
    }
    parts.join("\n\n") + "\n"
}

/// Escapes what Markdown would read as markup, so the text prints as written.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    // A line that starts with a number and a full stop would become a list.
    if let Some(dot) = out.find(". ") {
        if dot > 0 && out[..dot].chars().all(|c| c.is_ascii_digit()) {
            out.insert(dot, '\\');
        }
    }
    out
}

/// The article as Markdown: headings, the caption in italics, the
/// bibliography as a numbered list with its links. A translation says so
/// under its title, in a block quote, with the original's title.
pub fn to_markdown(edition: &Edition) -> String {
    let article = &edition.article;
    let meta = &article.meta;
    let words = edition.words();
    let mut parts: Vec<String> = vec![format!("# {}", escape_markdown(&meta.title))];
    if let Some(notice) = words.notice {
        parts.push(format!(
            "> **{}**\n>\n> {}: {}",
            escape_markdown(notice),
            words.original_title,
            escape_markdown(&edition.original_title)
        ));
    }
    parts.extend([
        format!(
            "**{}**  \n*{}*",
            escape_markdown(&meta.author),
            escape_markdown(&meta.position)
        ),
        format!("*{}*", escape_markdown(&meta.dedication)),
    ]);
    for section in &article.sections {
        if let Some(title) = &section.title {
            parts.push(format!("## {}", escape_markdown(title)));
        }
        for block in &section.blocks {
            parts.push(match block {
                Block::Paragraph { text, .. } => escape_markdown(text),
                Block::Figure { caption, .. } => format!("*{}*", escape_markdown(caption)),
            });
        }
    }
    let bibliography = &article.bibliography;
    parts.push(format!("## {}", escape_markdown(&bibliography.title)));
    let entries: Vec<String> = bibliography
        .entries
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let text = escape_markdown(&entry.text);
            match &entry.url {
                Some(url) => format!("{}. {text} <{url}>", i + 1),
                None => format!("{}. {text}", i + 1),
            }
        })
        .collect();
    parts.push(entries.join("\n"));
    if let Some(ornament) = &meta.ornament {
        parts.push(ornament.clone());
    }
    parts.join("\n\n") + "\n"
}

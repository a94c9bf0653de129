//! Turns the raw PDF text into the article model, repairing page-break damage.
//!
//! The source is blocks of lines separated by blank lines. A page break shows up as
//! a block boundary in the middle of a sentence (sometimes in the middle of a word,
//! `Ал-` / `баниясы`), and the photo caption (`*…*`) was dropped wherever its page
//! ended. The rules, in order:
//! - a block that does not end a sentence continues into the next text block;
//!   a word hyphenated across the break is joined without its hyphen, unless the
//!   hyphenated spelling occurs elsewhere in the text (a real compound);
//! - a caption becomes a figure placed after the paragraph it interrupted;
//! - a short line that follows a finished sentence and ends none is a heading;
//! - after the bibliography heading every block is an entry, and a block that is
//!   only a URL (or a URL wrapped over lines) belongs to the entry before it.

use super::article::{Article, Bibliography, Block, Meta, Reference, Section};

/// Bibliography headings we recognise (Kazakh, Russian, English).
const BIBLIOGRAPHY_TITLES: [&str; 4] = [
    "Әдебиеттер тізімі",
    "Пайдаланылған әдебиеттер",
    "Литература",
    "References",
];

/// A heading is a single line no longer than this (in chars). The article's
/// headings are 55 and 56 chars; the sentence fragment left before the page break
/// at `Армения және` / `Грузиядан` is 87.
const MAX_HEADING_CHARS: usize = 80;

/// Words a title never ends with but a sentence cut by a page break may:
/// conjunctions and particles that need something after them.
const CONNECTIVES: [&str; 16] = [
    "және",
    "мен",
    "пен",
    "бен",
    "немесе",
    "әрі",
    "не",
    "да",
    "де",
    "та",
    "те",
    "ал",
    "бірақ",
    "яғни",
    "деген",
    "деп",
];

/// Why the source could not be turned into an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RepairError {
    /// The front matter (author, position, title, dedication) is incomplete.
    MissingFrontMatter,
    /// No body text after the front matter.
    EmptyBody,
}

impl std::fmt::Display for RepairError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RepairError::MissingFrontMatter => {
                write!(f, "expected author, position, title and dedication blocks")
            }
            RepairError::EmptyBody => write!(f, "no body text after the front matter"),
        }
    }
}

impl std::error::Error for RepairError {}

/// Split the source into blocks (runs of non-blank lines), trimmed.
pub fn blocks(source: &str) -> Vec<Vec<&str>> {
    let mut out: Vec<Vec<&str>> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in source.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Does this text end a sentence (looking through closing quotes and brackets)?
pub fn ends_sentence(text: &str) -> bool {
    let last = text
        .trim_end()
        .chars()
        .rev()
        .find(|c| !matches!(c, '»' | '”' | '"' | '’' | ')' | ']'));
    matches!(last, Some('.' | '!' | '?' | '…'))
}

/// Join two fragments of running text split by a line or page break.
///
/// `corpus` is the whole source, used to tell a real compound (`келісім-шарты`)
/// from a word hyphenated only because the line ended.
pub fn join_fragments(left: &str, right: &str, corpus: &str) -> String {
    let left = left.trim_end();
    let right = right.trim_start();
    if let Some(stem) = broken_word_stem(left) {
        // Before a capital or a digit the hyphen is part of a compound of names
        // (`Баку-Тбилиси`); before a lower-case letter it usually only broke a word.
        let keep_hyphen = if right.chars().next().is_some_and(char::is_lowercase) {
            let compound = format!("{}-{}", last_word(stem), first_word(right));
            corpus.contains(&compound)
        } else {
            true
        };
        let glue = if keep_hyphen { "-" } else { "" };
        return format!("{stem}{glue}{right}");
    }
    format!("{left} {right}")
}

/// If `text` ends in a word cut by a hyphen (`Ал-`), the text without the hyphen.
fn broken_word_stem(text: &str) -> Option<&str> {
    let stem = text.strip_suffix('-')?;
    stem.chars()
        .next_back()
        .is_some_and(char::is_alphabetic)
        .then_some(stem)
}

fn last_word(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &text[start..]
}

fn first_word(text: &str) -> &str {
    let end = text
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(text.len(), |(i, _)| i);
    &text[..end]
}

/// Join the lines of one block as running text.
fn join_lines(lines: &[&str], corpus: &str) -> String {
    let mut text = String::new();
    for line in lines {
        text = if text.is_empty() {
            (*line).to_string()
        } else {
            join_fragments(&text, line, corpus)
        };
    }
    text
}

/// A caption block is wrapped in asterisks: `*Caption text*`.
fn caption(lines: &[&str]) -> Option<String> {
    let joined = lines.join(" ");
    let inner = joined.strip_prefix('*')?.strip_suffix('*')?;
    Some(inner.trim().to_string())
}

/// Split a trailing ornament (`❀`: a token with no letters, digits or ordinary
/// punctuation) off the end of a block.
fn split_ornament(text: &str) -> (&str, Option<&str>) {
    let trimmed = text.trim_end();
    let start = trimmed.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let token = &trimmed[start..];
    let is_ornament = !token.is_empty()
        && token
            .chars()
            .all(|c| !c.is_alphanumeric() && !c.is_ascii() && !"«»“”‘’—–…".contains(c));
    if is_ornament {
        (trimmed[..start].trim_end(), Some(token))
    } else {
        (trimmed, None)
    }
}

/// Split `text <url>` into the text and the URL; a URL wrapped over lines has
/// lost nothing but whitespace, which a URL cannot contain.
pub fn split_reference(entry: &str) -> (String, Option<String>) {
    match (entry.find('<'), entry.rfind('>')) {
        (Some(open), Some(close)) if open < close => {
            let url: String = entry[open + 1..close]
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            let text = format!("{} {}", entry[..open].trim(), entry[close + 1..].trim());
            (text.trim().to_string(), Some(url))
        }
        _ => (entry.trim().to_string(), None),
    }
}

fn is_bibliography_title(text: &str) -> bool {
    let text = text.trim_end_matches(':').trim();
    BIBLIOGRAPHY_TITLES.iter().any(|t| t == &text)
}

/// A short single line that ends no sentence, contains none and does not stop on
/// a connective is a heading; anything else that ends no sentence is a fragment
/// continued after a page break.
fn is_heading(text: &str) -> bool {
    let last = last_word(text).to_lowercase();
    !text.contains('\n')
        && text.chars().count() <= MAX_HEADING_CHARS
        && !ends_sentence(text)
        && !text.contains(". ")
        && !text.ends_with([',', ';', ':', '-', '—'])
        && !CONNECTIVES.contains(&last.as_str())
}

/// Assembles sections while walking the body blocks.
struct Builder {
    /// Never empty: the article opens with an untitled section.
    sections: Vec<Section>,
    /// A paragraph still waiting for the end of its sentence.
    open: Option<String>,
    /// Captions met while a paragraph was open: placed after it.
    waiting_figures: Vec<String>,
    paragraphs: usize,
    figures: usize,
}

impl Builder {
    fn new() -> Self {
        Builder {
            sections: vec![Section {
                id: "s1".into(),
                title: None,
                blocks: Vec::new(),
            }],
            open: None,
            waiting_figures: Vec::new(),
            paragraphs: 0,
            figures: 0,
        }
    }

    fn current(&mut self) -> &mut Section {
        let last = self.sections.len() - 1;
        &mut self.sections[last]
    }

    fn start_section(&mut self, title: Option<String>) {
        self.flush();
        let current = self.current();
        if current.blocks.is_empty() && current.title.is_none() {
            // No untitled opening part: the first heading names the first section.
            current.title = title;
            return;
        }
        let id = format!("s{}", self.sections.len() + 1);
        self.sections.push(Section {
            id,
            title,
            blocks: Vec::new(),
        });
    }

    fn text(&mut self, text: String, corpus: &str) {
        let text = match self.open.take() {
            Some(open) => join_fragments(&open, &text, corpus),
            None => text,
        };
        if ends_sentence(&text) {
            self.push_paragraph(text);
        } else {
            self.open = Some(text);
        }
    }

    fn figure(&mut self, caption: String) {
        if self.open.is_some() {
            self.waiting_figures.push(caption);
        } else {
            self.push_figure(caption);
        }
    }

    fn push_paragraph(&mut self, text: String) {
        self.paragraphs += 1;
        let id = format!("p{}", self.paragraphs);
        self.current().blocks.push(Block::Paragraph { id, text });
        for caption in std::mem::take(&mut self.waiting_figures) {
            self.push_figure(caption);
        }
    }

    fn push_figure(&mut self, caption: String) {
        self.figures += 1;
        let id = format!("fig{}", self.figures);
        self.current().blocks.push(Block::Figure { id, caption });
    }

    /// Close an open paragraph even if its sentence never ended.
    fn flush(&mut self) {
        if let Some(open) = self.open.take() {
            self.push_paragraph(open);
        }
        for caption in std::mem::take(&mut self.waiting_figures) {
            self.push_figure(caption);
        }
    }
}

/// Parse and repair the raw source text.
pub fn repair(source: &str) -> Result<Article, RepairError> {
    let all = blocks(source);
    if all.len() < 4 {
        return Err(RepairError::MissingFrontMatter);
    }
    let (front, body) = all.split_at(4);
    if body.is_empty() {
        return Err(RepairError::EmptyBody);
    }

    let mut builder = Builder::new();
    let mut bibliography: Option<Bibliography> = None;
    let mut ornament = None;

    for lines in body {
        if let Some(caption) = caption(lines) {
            builder.figure(caption);
            continue;
        }
        let joined = join_lines(lines, source);
        let (text, trailing) = split_ornament(&joined);
        if trailing.is_some() {
            ornament = trailing.map(str::to_string);
        }
        let text = text.to_string();

        if let Some(bib) = bibliography.as_mut() {
            add_reference(bib, &text);
        } else if is_bibliography_title(&text) {
            builder.flush();
            bibliography = Some(Bibliography {
                id: "bibliography".into(),
                title: text.trim_end_matches(':').trim().to_string(),
                entries: Vec::new(),
            });
        } else if builder.open.is_none() && is_heading(&text) {
            builder.start_section(Some(text));
        } else {
            builder.text(text, source);
        }
    }
    builder.flush();

    let meta = Meta {
        author: join_lines(&front[0], source),
        position: join_lines(&front[1], source),
        title: join_lines(&front[2], source),
        dedication: join_lines(&front[3], source),
        lang: "kk".into(),
        ornament,
    };
    Ok(Article {
        meta,
        sections: builder.sections,
        bibliography: bibliography.unwrap_or_else(|| Bibliography {
            id: "bibliography".into(),
            title: String::new(),
            entries: Vec::new(),
        }),
    })
}

/// A bibliography block is a new entry, or only a URL that wrapped away from the
/// entry it belongs to.
fn add_reference(bib: &mut Bibliography, block: &str) {
    let url_only = block.starts_with('<') && block.ends_with('>');
    if url_only {
        if let Some(last) = bib.entries.last_mut() {
            if last.url.is_none() {
                last.url = split_reference(block).1;
                return;
            }
        }
    }
    let (text, url) = split_reference(block);
    let id = format!("ref{}", bib.entries.len() + 1);
    bib.entries.push(Reference { id, text, url });
}

#[cfg(test)]
mod tests;

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
//!
//! Long (near 500 lines): the rules run in order over one pass of the text;
//! each is a short function below, the record of changes is in `repair/trace.rs`.

use std::collections::HashMap;
use std::ops::Range;

use super::article::{Article, Bibliography, Meta, Reference, META_AUTHOR_ID};

mod builder;
pub mod trace;

use builder::Builder;

use trace::{Placed, Traced, META_DEDICATION_ID, META_POSITION_ID, META_TITLE_ID};
pub use trace::{Repair, RepairKind, TraceItem};

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
        let glue = if keep_hyphen(stem, right, corpus) {
            "-"
        } else {
            ""
        };
        return format!("{stem}{glue}{right}");
    }
    format!("{left} {right}")
}

/// Before a capital or a digit the hyphen is part of a compound of names
/// (`Баку-Тбилиси`); before a lower-case letter it usually only broke a word,
/// unless the hyphenated spelling occurs elsewhere.
fn keep_hyphen(stem: &str, right: &str, corpus: &str) -> bool {
    if right.chars().next().is_some_and(char::is_lowercase) {
        let compound = format!("{}-{}", last_word(stem), first_word(right));
        corpus.contains(&compound)
    } else {
        true
    }
}

/// [`join_fragments`] keeping the trace: the source between the two, up to
/// `gap_end` (where a caption that interrupted them starts, or `right`), is
/// what the repair replaced.
fn join_traced(left: &Traced, right: &Traced, gap_end: usize, corpus: &str) -> Traced {
    let left = left.trim();
    let right = right.trim();
    if let Some(stem) = broken_word_stem(&left.text) {
        let glue = if keep_hyphen(stem, &right.text, corpus) {
            "-"
        } else {
            ""
        };
        // The repair covers the whole word, and any repair already inside it.
        let inside = |t: &Traced, at: usize| {
            t.pieces
                .iter()
                .find(|p| p.kind.is_some() && p.dst.start < at && at < p.dst.end)
                .map(|p| (p.dst.start, p.dst.end))
        };
        let start = stem.len() - last_word(stem).len();
        let start = inside(&left, start).map_or(start, |(s, _)| s);
        let len = first_word(&right.text).len();
        let len = inside(&right, len).map_or(len, |(_, e)| e);
        if let Some(t) = Traced::join_word(&left, stem.len(), start, glue, &right, len) {
            return t;
        }
    }
    Traced::joined(
        &left,
        " ",
        left.src_end()..gap_end,
        RepairKind::Break,
        &right,
    )
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

/// Where `part` (a slice of `source`) starts in it.
fn offset(source: &str, part: &str) -> usize {
    part.as_ptr() as usize - source.as_ptr() as usize
}

/// Join the lines of one block as running text.
fn join_lines(lines: &[&str], source: &str) -> Traced {
    let mut text: Option<Traced> = None;
    for line in lines {
        let next = Traced::verbatim(source, line);
        text = Some(match text {
            Some(t) => join_traced(&t, &next, offset(source, line), source),
            None => next,
        });
    }
    text.unwrap_or_default()
}

/// A caption block is wrapped in asterisks: `*Caption text*`. Its lines are
/// joined with spaces, never as a broken word.
fn caption(lines: &[&str], source: &str) -> Option<Traced> {
    let mut joined: Option<Traced> = None;
    for line in lines {
        let next = Traced::verbatim(source, line);
        joined = Some(match joined {
            Some(t) => {
                let gap = t.src_end()..offset(source, line);
                Traced::joined(&t, " ", gap, RepairKind::Break, &next)
            }
            None => next,
        });
    }
    let joined = joined?;
    let text = &joined.text;
    let wrapped = text.len() >= 2 && text.starts_with('*') && text.ends_with('*');
    wrapped.then(|| joined.slice(1..text.len() - 1).trim())
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

/// Parse and repair the raw source text; the article carries its repairs.
pub fn repair(source: &str) -> Result<Article, RepairError> {
    repair_traced(source).map(|(article, _)| article)
}

/// [`repair`], and where every stretch of the source went, in source order
/// (what [`trace::restore`] puts back together).
pub fn repair_traced(source: &str) -> Result<(Article, Vec<TraceItem>), RepairError> {
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
    let mut items = Vec::new();

    for lines in body {
        let block_start = lines.first().map_or(0, |l| offset(source, l));
        if let Some(caption) = caption(lines, source) {
            builder.figure(caption, block_start);
            continue;
        }
        let joined = join_lines(lines, source);
        let (text, trailing) = split_ornament(&joined.text);
        let text = joined.slice(0..text.len());
        if let Some(token) = trailing {
            let start = offset(&joined.text, token);
            let src = joined.slice(start..start + token.len());
            items.push(TraceItem {
                src: src.pieces.first().map_or(0, |p| p.src.start)..src.src_end(),
                placed: Placed::Ornament,
            });
            ornament = Some(token.to_string());
        }

        if let Some(bib) = bibliography.as_mut() {
            add_reference(bib, &text, &mut builder.traced, &mut items);
        } else if is_bibliography_title(&text.text) {
            builder.flush();
            let title = text.slice(0..text.text.trim_end_matches(':').len()).trim();
            bibliography = Some(Bibliography {
                id: "bibliography".into(),
                title: title.text.clone(),
                entries: Vec::new(),
            });
            builder.traced.insert("bibliography".into(), title);
        } else if builder.open.is_none() && is_heading(&text.text) {
            builder.start_section(text);
        } else {
            builder.text(text, source);
        }
    }
    builder.flush();

    let [author, position, title, dedication] = [0, 1, 2, 3].map(|i| join_lines(&front[i], source));
    let meta = Meta {
        author: author.text.clone(),
        position: position.text.clone(),
        title: title.text.clone(),
        dedication: dedication.text.clone(),
        lang: "kk".into(),
        ornament,
    };
    let mut traced = builder.traced;
    traced.insert(META_AUTHOR_ID.into(), author);
    traced.insert(META_POSITION_ID.into(), position);
    traced.insert(META_TITLE_ID.into(), title);
    traced.insert(META_DEDICATION_ID.into(), dedication);
    let mut article = Article {
        meta,
        sections: builder.sections,
        bibliography: bibliography.unwrap_or_else(|| Bibliography {
            id: "bibliography".into(),
            title: String::new(),
            entries: Vec::new(),
        }),
        repairs: Vec::new(),
    };

    // The repairs in reading order, and where each piece of the source went.
    let ids: Vec<String> = [
        META_AUTHOR_ID,
        META_POSITION_ID,
        META_TITLE_ID,
        META_DEDICATION_ID,
    ]
    .into_iter()
    .map(str::to_string)
    .chain(article.blocks().skip(1).map(|b| b.id.to_string()))
    .collect();
    for id in ids {
        let Some(t) = traced.get(&id) else { continue };
        for p in &t.pieces {
            let placed = match p.kind {
                Some(_) => Placed::Repaired {
                    index: article.repairs.len(),
                },
                None => Placed::Copied {
                    block: id.clone(),
                    dst: p.dst.clone(),
                },
            };
            items.push(TraceItem {
                src: p.src.clone(),
                placed,
            });
            if let Some(kind) = p.kind {
                article.repairs.push(Repair {
                    block: id.clone(),
                    start: p.dst.start,
                    end: p.dst.end,
                    kind,
                    orig: source.get(p.src.clone()).unwrap_or_default().to_string(),
                });
            }
        }
    }
    items.retain(|i| !i.src.is_empty() || matches!(i.placed, Placed::Repaired { .. }));
    items.sort_by_key(|i| (i.src.start, i.src.end));
    Ok((article, items))
}

/// A bibliography block is a new entry, or only a URL that wrapped away from the
/// entry it belongs to.
fn add_reference(
    bib: &mut Bibliography,
    block: &Traced,
    traced: &mut HashMap<String, Traced>,
    items: &mut Vec<TraceItem>,
) {
    let text = &block.text;
    let url_only = text.starts_with('<') && text.ends_with('>');
    let (entry, url) = split_reference_traced(block);
    let place_url = |id: &str, items: &mut Vec<TraceItem>| {
        if let Some((_, src)) = &url {
            items.push(TraceItem {
                src: src.clone(),
                placed: Placed::Url {
                    entry: id.to_string(),
                },
            });
        }
    };
    if url_only {
        if let Some(last) = bib.entries.last_mut() {
            if last.url.is_none() {
                place_url(&last.id, items);
                last.url = url.map(|(u, _)| u);
                return;
            }
        }
    }
    let id = format!("ref{}", bib.entries.len() + 1);
    place_url(&id, items);
    bib.entries.push(Reference {
        id: id.clone(),
        text: entry.text.clone(),
        url: url.map(|(u, _)| u),
    });
    traced.insert(id, entry);
}

/// [`split_reference`] keeping the trace: the entry's text, and the URL with
/// the stretch of the source it was read from.
fn split_reference_traced(entry: &Traced) -> (Traced, Option<(String, Range<usize>)>) {
    let (text, url) = split_reference(&entry.text);
    let Some(url) = url else {
        return (entry.trim(), None);
    };
    let (open, close) = match (entry.text.find('<'), entry.text.rfind('>')) {
        (Some(open), Some(close)) => (open, close),
        _ => return (entry.trim(), Some((url, 0..0))),
    };
    let inner = entry.slice(open + 1..close);
    let src = inner.pieces.first().map_or(0, |p| p.src.start)..inner.src_end();
    let before = entry.slice(0..open).trim();
    let after = entry.slice(close + 1..entry.text.len()).trim();
    let traced = if after.text.is_empty() {
        before
    } else {
        // Text after the URL: the URL between them is read as one space.
        let gap = before.src_end()..after.pieces.first().map_or(0, |p| p.src.start);
        Traced::joined(&before, " ", gap, RepairKind::Break, &after)
    };
    debug_assert_eq!(traced.text, text);
    (traced, Some((url, src)))
}

#[cfg(test)]
mod tests;

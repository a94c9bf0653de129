//! Finding years, ranges, decades and days in a text, and telling them apart
//! from anniversaries (`100 жылдық`) and numbers that are not years (`16 мың`,
//! `220,7 миллион`, `№ 154`).
//!
//! In the article a year is written with a year word after it (`1991 жылы`,
//! `1911-1913 жылдары`, `1920 жылдың сәуір айында`); a bare number is not a
//! year there, except a range of two (`1937-1938`). A bibliography entry gives
//! its year bare (`Bakı, 2004`), so there `bare_years` accepts one alone.

use std::ops::Range;

use super::Precision;

/// Years a date may name; anything else is a count or a page.
const YEARS: std::ops::RangeInclusive<u32> = 1000..=2100;
/// Widest range read as two years rather than, say, page numbers.
const MAX_RANGE_YEARS: u32 = 100;

/// Kazakh month names (stems: `мамыры`, `ақпаны` inflect them).
pub const KAZAKH_MONTHS: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];
/// Russian month stems, for the bibliography's `28 декабря 2017 года`; May,
/// too short for a stem, is matched whole.
const RUSSIAN_MONTHS: [&str; 12] = [
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
];

/// A date as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub start_year: u16,
    /// The last year of a range or a decade.
    pub end_year: Option<u16>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub precision: Precision,
}

impl Date {
    /// Just the year.
    pub fn year(start_year: u16) -> Self {
        Date {
            start_year,
            end_year: None,
            month: None,
            day: None,
            precision: Precision::Year,
        }
    }
}

/// What a number in the text turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Date(Date),
    /// `100 жылдық`, `100 жыл толған`: a number of years, not a year.
    Anniversary {
        years: u16,
    },
}

/// One date or anniversary and the bytes it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub kind: Kind,
    pub range: Range<usize>,
}

/// Every date and anniversary in `text`, in order.
pub fn scan(text: &str, bare_years: bool) -> Vec<Hit> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(offset) = text
        .get(at..)
        .and_then(|rest| rest.find(|c: char| c.is_ascii_digit()))
    {
        let start = at + offset;
        let (n, end) = number_at(text, start);
        at = end;
        if !standalone(text, start, end) {
            continue;
        }
        if let Some(hit) = read_at(text, start, n, end, bare_years) {
            at = hit.range.end;
            out.push(hit);
        }
    }
    out
}

/// The date or anniversary that the number `n` at `start..end` begins, if any.
fn read_at(text: &str, start: usize, n: u32, end: usize, bare_years: bool) -> Option<Hit> {
    if let Some(hit) = day_month_year(text, start, n, end, bare_years) {
        return Some(hit);
    }
    let second = range_end(text, end).filter(|&(m, _)| is_range(n, m));
    let after = second.map_or(end, |(_, e)| e);
    let (word, word_end) = word_at(text, skip_spaces(text, after));
    let hit = |kind, until| {
        Some(Hit {
            kind,
            range: start..until,
        })
    };

    if word.starts_with("жылдық") || word.starts_with("жылдығ") {
        let years = u16::try_from(n).ok()?;
        return if second.is_none() {
            hit(Kind::Anniversary { years }, word_end)
        } else {
            None
        };
    }
    if word == "жыл" {
        let (next, next_end) = word_at(text, skip_spaces(text, word_end));
        if next.starts_with("тол") && second.is_none() {
            return hit(
                Kind::Anniversary {
                    years: u16::try_from(n).ok()?,
                },
                next_end,
            );
        }
    }
    let year_word = is_year_word(word);
    if let Some((m, _)) = second {
        let date = Date {
            end_year: Some(as_year(m)?),
            precision: Precision::Range,
            ..Date::year(as_year(n)?)
        };
        return hit(Kind::Date(date), if year_word { word_end } else { after });
    }
    let mut date = Date::year(as_year(n)?);
    if !year_word {
        return if bare_years {
            hit(Kind::Date(date), end)
        } else {
            None
        };
    }
    if word.starts_with("жылдар") && date.start_year % 10 == 0 {
        date.end_year = Some(date.start_year + 9);
        date.precision = Precision::Decade;
        return hit(Kind::Date(date), word_end);
    }
    let mut until = word_end;
    // `1938 жылдың 10 ақпаны`, `1920 жылдың сәуір айында`, `1911 жылғы мамыр`.
    if word == "жылдың" || word == "жылғы" {
        if let Some((day, month, month_end)) = day_and_month(text, word_end) {
            date.month = Some(month);
            date.day = day;
            date.precision = if day.is_some() {
                Precision::Day
            } else {
                Precision::Month
            };
            until = month_end;
        }
    }
    hit(Kind::Date(date), until)
}

/// `28 декабря 2017 года`, `24 мамыр 2005 жылы`.
fn day_month_year(text: &str, start: usize, n: u32, end: usize, bare_years: bool) -> Option<Hit> {
    let day = u8::try_from(n).ok().filter(|d| (1..=31).contains(d))?;
    let (word, word_end) = word_at(text, skip_spaces(text, end));
    let month = month_of(word)?;
    let year_start = skip_spaces(text, word_end);
    if !text[year_start..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (y, y_end) = number_at(text, year_start);
    let start_year = as_year(y)?;
    let (after, after_end) = word_at(text, skip_spaces(text, y_end));
    let until = if is_year_word(after) {
        after_end
    } else if bare_years && standalone(text, year_start, y_end) {
        y_end
    } else {
        return None;
    };
    let date = Date {
        month: Some(month),
        day: Some(day),
        precision: Precision::Day,
        ..Date::year(start_year)
    };
    Some(Hit {
        kind: Kind::Date(date),
        range: start..until,
    })
}

/// An optional day, a month and an optional `айы…` after a year word.
fn day_and_month(text: &str, from: usize) -> Option<(Option<u8>, u8, usize)> {
    let mut at = skip_spaces(text, from);
    let mut day = None;
    if text[at..].starts_with(|c: char| c.is_ascii_digit()) {
        let (d, end) = number_at(text, at);
        day = Some(u8::try_from(d).ok().filter(|d| (1..=31).contains(d))?);
        at = skip_spaces(text, end);
    }
    let (word, mut end) = word_at(text, at);
    let month = month_of(word)?;
    let (next, next_end) = word_at(text, skip_spaces(text, end));
    if day.is_none() && (next == "ай" || next.starts_with("айы")) {
        end = next_end;
    }
    Some((day, month, end))
}

fn month_of(word: &str) -> Option<u8> {
    let word = word.to_lowercase();
    let kazakh = KAZAKH_MONTHS.iter().position(|m| word.starts_with(m));
    let russian = || {
        RUSSIAN_MONTHS.iter().position(|m| match *m {
            "ма" => word == "май" || word == "мая",
            stem => word.starts_with(stem),
        })
    };
    let i = kazakh.or_else(russian)?;
    u8::try_from(i + 1).ok()
}

/// Kazakh `жыл…` in any form, Russian `год…` or `г`.
fn is_year_word(word: &str) -> bool {
    word.starts_with("жыл") || word.starts_with("год") || word == "г"
}

fn as_year(n: u32) -> Option<u16> {
    u16::try_from(n)
        .ok()
        .filter(|y| YEARS.contains(&u32::from(*y)))
}

fn is_range(n: u32, m: u32) -> bool {
    YEARS.contains(&n) && YEARS.contains(&m) && n < m && m - n <= MAX_RANGE_YEARS
}

/// The second number of `1911-1913` or `1911 – 1913`, and where it ends.
fn range_end(text: &str, from: usize) -> Option<(u32, usize)> {
    let rest = text.get(from..)?;
    let trimmed = rest.trim_start_matches(' ');
    let dash = trimmed
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '–' | '—'))?;
    let after_dash = &trimmed[dash.len_utf8()..];
    let digits = after_dash.trim_start_matches(' ');
    if !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let start = text.len() - digits.len();
    let (m, end) = number_at(text, start);
    standalone_after(text, end).then_some((m, end))
}

/// The value of the digits at `start` (saturating) and where they end.
fn number_at(text: &str, start: usize) -> (u32, usize) {
    let len = text[start..].bytes().take_while(u8::is_ascii_digit).count();
    let value = text[start..start + len].bytes().fold(0u32, |v, b| {
        v.saturating_mul(10).saturating_add(u32::from(b - b'0'))
    });
    (value, start + len)
}

/// A number on its own: not inside a word or a decimal (`220,7`, `1,6`), not
/// a number after `№` or `s.`.
fn standalone(text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    let prev = before.chars().next_back();
    let attached = prev.is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '№'));
    !attached && !before.trim_end_matches(' ').ends_with('№') && standalone_after(text, end)
}

fn standalone_after(text: &str, end: usize) -> bool {
    let mut after = text[end..].chars();
    match after.next() {
        Some(c) if c.is_alphanumeric() => false,
        Some('.' | ',') => !after.next().is_some_and(|c| c.is_ascii_digit()),
        _ => true,
    }
}

fn skip_spaces(text: &str, from: usize) -> usize {
    let rest = &text[from..];
    from + rest.len() - rest.trim_start().len()
}

/// The word (letters) starting at `from`, and where it ends.
fn word_at(text: &str, from: usize) -> (&str, usize) {
    let len: usize = text[from..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum();
    (&text[from..from + len], from + len)
}

#[cfg(test)]
mod tests;

//! Lowercasing, invisible-character cleanup and word splitting. The index and
//! the query parser both go through here, so they always agree on what a word is.

/// Longest word kept, in chars: bounds the work any single word can cause.
pub const MAX_WORD_CHARS: usize = 48;

/// How a word was written in the source, kept so suggestions can be shown the
/// way the article spells them (`Әлиев`, `ӘДР`) while matching stays lowercase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Case {
    #[default]
    Lower,
    /// First letter upper, some later letter lower (or a single upper letter).
    Title,
    /// Two or more letters, all upper (`ӘДР`, `СІМ`).
    Upper,
}

/// One word of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Normalised form: lowercase, invisible characters dropped, decimal
    /// separators unified to `,`.
    pub text: String,
    /// Byte range of the word in the original text (on char boundaries).
    pub start: usize,
    pub end: usize,
    pub case: Case,
    /// Joined to the previous word by a hyphen with no space (`1911-1913`,
    /// `мұнай-газ`): queries treat such words as a phrase.
    pub hyphen_before: bool,
}

/// Characters that are invisible in print; PDF text and pasted queries carry
/// them inside words, so they are skipped without splitting the word.
pub fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// The compatibility characters people paste or type on East Asian and
/// mathematical keyboards, folded as NFKC folds them: full-width ASCII
/// (`１９９１` → `1991`, `Ａ` → `A`), the ideographic space, superscript and
/// subscript digits, and mathematical bold, italic, double-struck … digits.
/// A targeted fold rather than full NFKC: its tables would add tens of
/// kilobytes to the Wasm, and the article's own letters need none of it.
pub fn compat_fold(c: char) -> char {
    let shift = |from: u32, to: u32| char::from_u32(c as u32 - from + to).unwrap_or(c);
    match c {
        '\u{FF01}'..='\u{FF5E}' => shift(0xFF01, 0x21),
        '\u{3000}' => ' ',
        '\u{2070}' => '0',
        '\u{00B9}' => '1',
        '\u{00B2}' => '2',
        '\u{00B3}' => '3',
        '\u{2074}'..='\u{2079}' => shift(0x2074, '4' as u32),
        '\u{2080}'..='\u{2089}' => shift(0x2080, '0' as u32),
        // Mathematical digits: five styles of ten, 0 to 9 each.
        '\u{1D7CE}'..='\u{1D7FF}' => char::from_digit((c as u32 - 0x1D7CE) % 10, 10).unwrap_or(c),
        _ => c,
    }
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// A letter or digit, as `char::is_alphanumeric` says, answered at once for
/// ASCII and the Cyrillic block (nearly every character of the article and its
/// Russian translation) instead of through the Unicode tables' slow lookup.
fn is_word_char(c: char) -> bool {
    match c {
        '\0'..='\u{7F}' => c.is_ascii_alphanumeric(),
        // The Cyrillic block's letters; U+0482..U+0489 are a sign and marks.
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}' => true,
        _ => c.is_alphanumeric(),
    }
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Composes the decomposed letters that occur in Kazakh, Russian and the
/// Turkic Latin alphabets, so `и`+breve equals `й`; other marks are dropped.
fn compose(base: char, mark: char) -> Option<char> {
    Some(match (base, mark) {
        ('и', '\u{0306}') => 'й',
        ('е', '\u{0308}') => 'ё',
        ('у', '\u{0306}') => 'ў',
        ('a', '\u{0308}') => 'ä',
        ('o', '\u{0308}') => 'ö',
        ('u', '\u{0308}') => 'ü',
        ('u', '\u{0304}') => 'ū',
        ('g', '\u{0306}') => 'ğ',
        ('s', '\u{0327}') => 'ş',
        ('c', '\u{0327}') => 'ç',
        ('n', '\u{0303}') => 'ñ',
        // Lowercase `İ` is `i` + dot above: the dot carries nothing.
        ('i', '\u{0307}') => 'i',
        _ => return None,
    })
}

/// Builds tokens while scanning; kept separate so the scanning loop stays flat.
struct Builder {
    tokens: Vec<Token>,
    text: String,
    chars: usize,
    start: usize,
    end: usize,
    uppers: usize,
    lowers: usize,
    first_upper: bool,
    /// A `,` or `.` seen right after a digit; kept only if a digit follows.
    pending_sep: bool,
    hyphen_before: bool,
    /// Text since the last word is exactly one hyphen.
    gap_is_hyphen: bool,
    gap_len: usize,
}

impl Builder {
    fn new() -> Self {
        Builder {
            tokens: Vec::new(),
            text: String::new(),
            chars: 0,
            start: 0,
            end: 0,
            uppers: 0,
            lowers: 0,
            first_upper: false,
            pending_sep: false,
            hyphen_before: false,
            gap_is_hyphen: false,
            gap_len: 0,
        }
    }

    fn in_word(&self) -> bool {
        self.chars > 0
    }

    fn push_letter(&mut self, c: char, at: usize, len: usize) {
        if !self.in_word() {
            self.start = at;
            self.hyphen_before = !self.tokens.is_empty() && self.gap_is_hyphen && self.gap_len == 1;
            self.uppers = 0;
            self.lowers = 0;
            self.first_upper = c.is_uppercase();
        }
        if c.is_uppercase() {
            self.uppers += 1;
        } else if c.is_lowercase() {
            self.lowers += 1;
        }
        self.end = at + len;
        if self.pending_sep {
            // Only called with a digit here: `tokenize` ends the word otherwise.
            self.pending_sep = false;
            if self.chars + 2 <= MAX_WORD_CHARS {
                self.text.push(',');
                self.text.push(c);
                self.chars += 2;
            }
            return;
        }
        for lc in c.to_lowercase() {
            if is_combining(lc) {
                self.push_mark(lc);
            } else if self.chars < MAX_WORD_CHARS {
                self.text.push(lc);
                self.chars += 1;
            }
        }
    }

    fn push_mark(&mut self, mark: char) {
        let Some(last) = self.text.chars().next_back() else {
            return;
        };
        if let Some(composed) = compose(last, mark) {
            self.text.pop();
            self.text.push(composed);
        }
    }

    fn finish(&mut self) {
        if self.in_word() {
            let case = if self.uppers >= 2 && self.lowers == 0 {
                Case::Upper
            } else if self.first_upper {
                Case::Title
            } else {
                Case::Lower
            };
            self.tokens.push(Token {
                text: std::mem::take(&mut self.text),
                start: self.start,
                end: self.end,
                case,
                hyphen_before: self.hyphen_before,
            });
            self.gap_is_hyphen = true;
            self.gap_len = 0;
        }
        self.text.clear();
        self.chars = 0;
        self.pending_sep = false;
    }

    fn gap(&mut self, c: char) {
        self.finish();
        self.gap_is_hyphen &= is_hyphen(c);
        self.gap_len += 1;
    }
}

/// Splits a text into normalised words with their byte ranges.
///
/// Words are runs of letters and digits; `220,7` and `1,6` stay one word, while
/// hyphens split (`1911-1913` is two words marked as joined).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut b = Builder::new();
    for (at, original) in text.char_indices() {
        let c = compat_fold(original);
        if is_ignorable(c) {
            continue;
        }
        if is_combining(c) {
            if b.in_word() {
                b.end = at + original.len_utf8();
                b.push_mark(c);
            }
            continue;
        }
        if b.pending_sep && !c.is_ascii_digit() {
            // The separator ended the number (`2017.`): it belongs to the gap.
            b.gap(',');
        }
        if is_word_char(c) {
            // The range covers the character as written.
            b.push_letter(c, at, original.len_utf8());
            continue;
        }
        let after_digit = b.text.ends_with(|d: char| d.is_ascii_digit());
        if (c == ',' || c == '.') && b.in_word() && after_digit && !b.pending_sep {
            b.pending_sep = true;
            continue;
        }
        b.gap(c);
    }
    b.finish();
    // A word cut to nothing (only marks, or a separator never followed by a
    // digit) must not produce empty tokens.
    b.tokens.retain(|t| !t.text.is_empty());
    b.tokens
}

/// The normalised words of a text joined by single spaces. Idempotent.
pub fn normalize(text: &str) -> String {
    let tokens = tokenize(text);
    let mut out = String::with_capacity(text.len());
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&t.text);
    }
    out
}

/// The longest prefix of `s` with at most `max` chars.
pub fn truncate_chars(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_chars_are_the_standard_librarys() {
        for c in ('\0'..='\u{0600}').chain(['\u{1D7CE}', 'ı', 'ş', '中']) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    fn words(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn lowercases_and_splits() {
        assert_eq!(
            words("Әзербайжан мен ҚАЗАҚСТАН!"),
            ["әзербайжан", "мен", "қазақстан"]
        );
    }

    #[test]
    fn drops_invisible_characters_inside_words() {
        assert_eq!(words("Қаза\u{200B}қ\u{00AD}стан\u{FEFF}"), ["қазақстан"]);
    }

    #[test]
    fn keeps_decimal_numbers_and_splits_ranges() {
        assert_eq!(
            words("220,7 миллион, 1,6 есе"),
            ["220,7", "миллион", "1,6", "есе"]
        );
        assert_eq!(words("220.7"), ["220,7"]);
        assert_eq!(words("2017 жылы. 2018."), ["2017", "жылы", "2018"]);
        assert_eq!(words("2017.Ол 5,x"), ["2017", "ол", "5", "x"]);
        let t = tokenize("1911-1913 жылдары");
        assert_eq!(t[0].text, "1911");
        assert_eq!(t[1].text, "1913");
        assert!(t[1].hyphen_before);
        assert!(!t[2].hyphen_before);
    }

    #[test]
    fn a_spaced_dash_does_not_join() {
        let t = tokenize("бірі - бауырлас");
        assert!(!t[1].hyphen_before);
        let t = tokenize("СІМ-інің");
        assert!(t[1].hyphen_before);
    }

    #[test]
    fn ranges_point_into_the_original() {
        let s = "«Ғасыр келісім-шарты»";
        let t = tokenize(s);
        assert_eq!(&s[t[0].start..t[0].end], "Ғасыр");
        assert_eq!(&s[t[2].start..t[2].end], "шарты");
    }

    #[test]
    fn composes_decomposed_letters() {
        assert_eq!(words("и\u{0306}ә"), ["йә"]);
        assert_eq!(words("İki Bakı"), ["iki", "bakı"]);
        assert_eq!(words("\u{0301}x"), ["x"]);
    }

    #[test]
    fn records_case() {
        let t = tokenize("ӘДР Әлиев мен Ә");
        assert_eq!(t[0].case, Case::Upper);
        assert_eq!(t[1].case, Case::Title);
        assert_eq!(t[2].case, Case::Lower);
        assert_eq!(t[3].case, Case::Title);
    }

    #[test]
    fn caps_word_length() {
        let long = "а".repeat(10_000);
        let t = tokenize(&long);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].text.chars().count(), MAX_WORD_CHARS);
        assert_eq!(t[0].end, long.len());
    }

    #[test]
    fn punctuation_and_emoji_give_nothing() {
        assert!(tokenize("?!.*+()[]{}|^$\\ 🙂👍🏽 — …").is_empty());
    }

    #[test]
    fn folds_compatibility_characters() {
        assert_eq!(words("１９９１ жылы"), ["1991", "жылы"]);
        assert_eq!(words("Ｂａｋｕ\u{3000}𝟐𝟎𝟎𝟓 x²"), ["baku", "2005", "x2"]);
        assert_eq!(words("２２０，７"), ["220,7"]);
        // Ranges still point at the characters as written.
        let s = "«１９９１»";
        let t = tokenize(s);
        assert_eq!(&s[t[0].start..t[0].end], "１９９１");
    }

    #[test]
    fn truncates_on_char_boundaries() {
        assert_eq!(truncate_chars("әлем", 2), "әл");
        assert_eq!(truncate_chars("әл", 5), "әл");
    }
}

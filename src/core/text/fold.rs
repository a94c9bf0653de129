//! Two lossy keys for matching spellings that differ from the article's.
//!
//! * [`fold`] maps the Kazakh-only letters to the Russian-keyboard letters people
//!   type instead (`Казакстан` for `Қазақстан`).
//! * [`skeleton`] maps Cyrillic and Latin alike to one rough phonetic key, so
//!   `Aliyev`, `Qazaqstan`, `Chokay` and `Tokayev` meet `Әлиев`, `Қазақстан`,
//!   `Шоқай` and `Тоқаев`. It merges sounds that transliterations disagree on
//!   (k/q/kh/g/h, the i/y/ı family, sh/ch), so it is only a lower matching tier.

/// The Russian-keyboard stand-in for a Kazakh-specific letter (and `ё`).
pub fn fold_char(c: char) -> char {
    match c {
        'ә' => 'а',
        'ғ' => 'г',
        'қ' => 'к',
        'ң' => 'н',
        'ө' => 'о',
        'ұ' | 'ү' => 'у',
        'һ' => 'х',
        'і' => 'и',
        'ё' => 'е',
        _ => c,
    }
}

/// A lowercase word with Kazakh-specific letters folded.
pub fn fold(word: &str) -> String {
    word.chars().map(fold_char).collect()
}

/// Whether the word uses a letter only Kazakh Cyrillic has: such a word was
/// typed on a Kazakh layout, so its spelling is trusted over loose matching.
pub fn has_kazakh_letters(word: &str) -> bool {
    word.chars()
        .any(|c| matches!(c, 'ә' | 'ғ' | 'қ' | 'ң' | 'ө' | 'ұ' | 'ү' | 'һ' | 'і'))
}

pub fn has_latin(word: &str) -> bool {
    word.chars()
        .any(|c| c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c))
}

pub fn has_cyrillic(word: &str) -> bool {
    word.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

// Skeleton symbols: lowercase letters, plus `S` for sh/ch, `Z` for zh/j and
// `K` for the k/q/g/h family.
fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'o' | 'u' | 'i')
}

/// Pushes the skeleton symbols of one Cyrillic letter; false if not Cyrillic.
fn cyrillic(c: char, out: &mut Vec<char>) -> bool {
    let s: &[char] = match c {
        'а' | 'ә' => &['a'],
        'б' => &['b'],
        'в' => &['v'],
        'г' | 'ғ' | 'к' | 'қ' | 'х' | 'һ' => &['K'],
        'д' => &['d'],
        'е' | 'ё' | 'э' => &['e'],
        'ж' => &['Z'],
        'з' => &['z'],
        'и' | 'й' | 'і' | 'ы' => &['i'],
        'л' => &['l'],
        'м' => &['m'],
        'н' | 'ң' => &['n'],
        'о' | 'ө' => &['o'],
        'п' => &['p'],
        'р' => &['r'],
        'с' => &['s'],
        'т' => &['t'],
        'у' | 'ұ' | 'ү' | 'ў' => &['u'],
        'ф' => &['f'],
        'ц' => &['t', 's'],
        'ч' | 'ш' | 'щ' => &['S'],
        'ъ' | 'ь' => &[],
        'ю' => &['i', 'u'],
        'я' => &['i', 'a'],
        _ => return false,
    };
    out.extend_from_slice(s);
    true
}

/// The skeleton symbol of one Latin letter given the next one; returns the
/// symbol and whether the next letter was consumed (digraphs).
fn latin(c: char, next: Option<char>) -> Option<(Option<char>, bool)> {
    let h = next == Some('h');
    Some(match c {
        'a' | 'ä' | 'á' | 'à' | 'â' | 'ə' => (Some('a'), false),
        'b' => (Some('b'), false),
        'c' if h => (Some('S'), true),
        'c' => (Some('K'), false),
        'ç' | 'ş' | 'š' | 'č' => (Some('S'), false),
        'd' => (Some('d'), false),
        'e' | 'é' | 'è' | 'ê' | 'ë' => (Some('e'), false),
        'f' => (Some('f'), false),
        'g' | 'k' | 'q' | 'x' if h => (Some('K'), true),
        'g' | 'ğ' | 'k' | 'q' | 'x' | 'h' => (Some('K'), false),
        'i' | 'ı' | 'í' | 'ì' | 'î' | 'ï' | 'y' | 'ý' => (Some('i'), false),
        'j' | 'ž' => (Some('Z'), false),
        'l' => (Some('l'), false),
        'm' => (Some('m'), false),
        'n' | 'ñ' | 'ň' => (Some('n'), false),
        'o' | 'ö' | 'ó' | 'ò' | 'ô' => (Some('o'), false),
        'p' => (Some('p'), false),
        'r' => (Some('r'), false),
        's' if h => (Some('S'), true),
        's' => (Some('s'), false),
        't' => (Some('t'), false),
        'u' | 'ū' | 'ü' | 'ú' | 'ù' | 'û' | 'w' => (Some('u'), false),
        'v' => (Some('v'), false),
        'z' if h => (Some('Z'), true),
        'z' => (Some('z'), false),
        _ => return None,
    })
}

/// The phonetic key of a lowercase word in Kazakh/Russian Cyrillic or Latin
/// (official 2021 Kazakh Latin, Azerbaijani/Turkish letters, or English-style
/// transliteration). Digits and other scripts pass through unchanged.
pub fn skeleton(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut raw = Vec::with_capacity(chars.len() + 2);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if cyrillic(c, &mut raw) {
            i += 1;
            continue;
        }
        match latin(c, chars.get(i + 1).copied()) {
            Some((sym, consumed)) => {
                raw.extend(sym);
                i += if consumed { 2 } else { 1 };
            }
            None => {
                raw.push(c);
                i += 1;
            }
        }
    }
    // `дж`/`dzh`/`dj` are one sound: drop the `d` before `Z`. A doubled
    // letter is one sound too, but a doubled digit is another number
    // (`1992` is not `1922`).
    let mut out: Vec<char> = Vec::with_capacity(raw.len());
    for (k, &c) in raw.iter().enumerate() {
        if c == 'd' && raw.get(k + 1) == Some(&'Z') {
            continue;
        }
        if out.last() != Some(&c) || c.is_ascii_digit() {
            out.push(c);
        }
    }
    // A glide between vowels is written or not at will (`Tokayev`/`Тоқаев`,
    // `Mirzoyan`/`Мирзоян`): drop it, then merge letters that became adjacent.
    let mut key = String::with_capacity(out.len());
    let mut last: Option<char> = None;
    for k in 0..out.len() {
        let c = out[k];
        let glide = c == 'i'
            && k > 0
            && is_vowel(out[k - 1])
            && out[k - 1] != 'i'
            && out.get(k + 1).is_some_and(|&n| is_vowel(n) && n != 'i');
        if glide || (last == Some(c) && !c.is_ascii_digit()) {
            continue;
        }
        key.push(c);
        last = Some(c);
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: &str, b: &str) {
        assert_eq!(skeleton(a), skeleton(b), "{a} vs {b}");
    }

    #[test]
    fn folds_kazakh_letters() {
        assert_eq!(fold("қазақстан"), fold("казакстан"));
        assert_eq!(fold("әлиев"), "алиев");
        assert_eq!(fold("шоқай"), "шокай");
        assert_eq!(fold("ұлы үй һ і ё ғ ң ө"), "улы уй х и е г н о");
        assert!(has_kazakh_letters("шоқай"));
        assert!(!has_kazakh_letters("шокай"));
    }

    #[test]
    fn latin_names_meet_cyrillic() {
        same("aliyev", "әлиев");
        same("aliev", "әлиев");
        same("nazarbayev", "назарбаев");
        same("nazarbaev", "назарбаев");
        same("tokayev", "тоқаев");
        same("toqaev", "тоқаев");
        same("baku", "баку");
        same("shokay", "шоқай");
        same("chokay", "шоқай");
        same("şoqay", "шоқай");
        same("kazakhstan", "қазақстан");
        same("qazaqstan", "қазақстан");
        same("kazakstan", "қазақстан");
        same("heydar", "гейдар");
        same("mirzoyan", "мирзоян");
        same("jeyhun", "жейхун");
        same("ilkham", "ильхам");
        same("topchubashov", "топчубашов");
        same("rysqulov", "рысқұлов");
        same("baıtursynuly", "байтұрсынұлы");
        same("äzirbayjan", "әзірбайжан");
    }

    #[test]
    fn russian_spellings_meet_kazakh() {
        same("казахстан", "қазақстан");
        same("мирзойан", "мирзоян");
    }

    #[test]
    fn keeps_different_words_apart() {
        assert_ne!(skeleton("baku"), skeleton("бақыт"));
        assert_ne!(skeleton("назарбаев"), skeleton("назар"));
        assert_ne!(skeleton("1994"), skeleton("1993"));
        assert_ne!(skeleton("1992"), skeleton("1922"));
        assert_ne!(skeleton("1991"), skeleton("1911"));
        assert_eq!(skeleton("2000"), "2000");
    }
}

//! Is the tail written after a name a plausible inflection of it?
//!
//! Kazakh attaches plural, possessive and case suffixes straight to a name
//! (`Әлиевтің`, `Тагиевқа`), and the Russian bibliography entries decline names
//! (`Назарбаеву`). Accepting only such tails keeps a name from matching the start
//! of an unrelated word (`Абай` in `Абайлап`).

/// Vowel class a suffix has to agree with.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Harmony {
    Back,
    Front,
    /// Russian-style names (`Тагиев`, `Нәсими`) take either series in Kazakh
    /// spelling: the article itself writes both `Тагиевқа` and `Тагиевтен`.
    Either,
}

/// How a word ends, which picks the first consonant of the next suffix.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ending {
    Vowel,
    /// й, у, и, р: `Абайдың`, `Нәсимидің`.
    Glide,
    Liquid,
    /// з, ж.
    Voiced,
    /// м, н, ң.
    Nasal,
    /// Voiceless consonants, and б в г д, which are devoiced at the end of a word.
    Voiceless,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Slot {
    Plural,
    Possessive,
    Case,
    Done,
}

/// One suffix in its back- and front-vowel spellings (equal when it does not
/// harmonise, like the instrumental `мен`).
type Pair = (&'static str, &'static str);

const RUSSIAN_ENDINGS: [&str; 13] = [
    "а", "у", "е", "ы", "и", "ом", "ем", "ым", "им", "ой", "ей", "ых", "их",
];

/// True if `tail` may follow the name word `stem`: nothing, a Kazakh suffix chain,
/// or a Russian case ending.
pub fn is_name_suffix(stem: &str, tail: &str) -> bool {
    tail.is_empty() || is_kazakh_suffix(stem, tail) || is_russian_ending(tail)
}

/// A Russian case or plural ending, as in `Назарбаеву`, `Гейдара Алиева`.
pub fn is_russian_ending(tail: &str) -> bool {
    RUSSIAN_ENDINGS.contains(&tail)
}

/// A non-empty Kazakh chain: plural, then 3rd-person possessive, then one case
/// (each optional, in that order), agreeing with the stem in vowel harmony and in
/// the consonant the stem ends with.
pub fn is_kazakh_suffix(stem: &str, tail: &str) -> bool {
    !tail.is_empty() && chain(tail, harmony(stem), ending(stem), Slot::Plural, false)
}

/// A Kazakh chain written after an abbreviation's hyphen (`ӘДР-дің`,
/// `СІМ-інің`, `БҰҰ-ның`, `ОК-тің`). An abbreviation is read by its letters'
/// names, whose vowels the spelling does not show, so either vowel series is
/// accepted; the last letter still picks the first consonant.
pub fn is_abbreviation_suffix(abbreviation: &str, tail: &str) -> bool {
    !tail.is_empty()
        && tail.chars().all(char::is_lowercase)
        && chain(
            tail,
            Harmony::Either,
            ending(abbreviation),
            Slot::Plural,
            false,
        )
}

fn chain(rest: &str, harmony: Harmony, end: Ending, from: Slot, after_possessive: bool) -> bool {
    if rest.is_empty() {
        return true;
    }
    for slot in [Slot::Plural, Slot::Possessive, Slot::Case] {
        if slot < from {
            continue;
        }
        for (back, front) in forms(slot, end, after_possessive) {
            for (form, side) in [(back, Harmony::Back), (front, Harmony::Front)] {
                let agrees = back == front || harmony == Harmony::Either || harmony == side;
                let Some(next) = rest.strip_prefix(form) else {
                    continue;
                };
                if !agrees {
                    continue;
                }
                let harmony = if back == front { harmony } else { side };
                let next_slot = match slot {
                    Slot::Plural => Slot::Possessive,
                    Slot::Possessive => Slot::Case,
                    Slot::Case | Slot::Done => Slot::Done,
                };
                if next.is_empty() {
                    return true;
                }
                if next_slot != Slot::Done
                    && chain(
                        next,
                        harmony,
                        ending(form),
                        next_slot,
                        slot == Slot::Possessive,
                    )
                {
                    return true;
                }
            }
        }
    }
    false
}

fn forms(slot: Slot, end: Ending, after_possessive: bool) -> Vec<Pair> {
    use Ending::*;
    match slot {
        Slot::Plural => vec![match end {
            Vowel | Glide => ("лар", "лер"),
            Voiceless => ("тар", "тер"),
            Liquid | Voiced | Nasal => ("дар", "дер"),
        }],
        Slot::Possessive => vec![match end {
            Vowel => ("сы", "сі"),
            _ => ("ы", "і"),
        }],
        // After the possessive the cases take an `н` (`Қоры` → `Қорында`).
        Slot::Case if after_possessive => vec![
            ("ның", "нің"),
            ("н", "н"),
            ("на", "не"),
            ("нда", "нде"),
            ("нан", "нен"),
            ("мен", "мен"),
            ("ндай", "ндей"),
            ("нша", "нше"),
            ("ндағы", "ндегі"),
        ],
        Slot::Case => {
            // Most cases start hard after a voiceless consonant, soft elsewhere.
            let by_voicing = |hard: Pair, soft: Pair| if end == Voiceless { hard } else { soft };
            vec![
                match end {
                    Vowel | Nasal => ("ның", "нің"),
                    Voiceless => ("тың", "тің"),
                    Glide | Liquid | Voiced => ("дың", "дің"),
                },
                match end {
                    Vowel => ("ны", "ні"),
                    Voiceless => ("ты", "ті"),
                    _ => ("ды", "ді"),
                },
                by_voicing(("қа", "ке"), ("ға", "ге")),
                by_voicing(("та", "те"), ("да", "де")),
                match end {
                    Nasal => ("нан", "нен"),
                    Voiceless => ("тан", "тен"),
                    _ => ("дан", "ден"),
                },
                match end {
                    Voiceless => ("пен", "пен"),
                    Voiced => ("бен", "бен"),
                    _ => ("мен", "мен"),
                },
                by_voicing(("тай", "тей"), ("дай", "дей")),
                ("ша", "ше"),
                by_voicing(("тағы", "тегі"), ("дағы", "дегі")),
            ]
        }
        Slot::Done => Vec::new(),
    }
}

fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// The harmony of a word is that of its last vowel.
fn harmony(word: &str) -> Harmony {
    for c in word.chars().rev().map(lower) {
        match c {
            'а' | 'о' | 'ұ' | 'ы' | 'я' | 'ё' => return Harmony::Back,
            'ә' | 'ө' | 'ү' | 'і' => return Harmony::Front,
            'е' | 'и' | 'у' | 'ю' | 'э' => return Harmony::Either,
            _ => {}
        }
    }
    Harmony::Either
}

fn ending(word: &str) -> Ending {
    let last = word
        .chars()
        .rev()
        .map(lower)
        .find(|c| !matches!(c, 'ь' | 'ъ'));
    match last {
        Some('а' | 'ә' | 'е' | 'о' | 'ө' | 'ұ' | 'ү' | 'ы' | 'і' | 'э' | 'я' | 'ю' | 'ё') => {
            Ending::Vowel
        }
        Some('и' | 'у' | 'й' | 'р') => Ending::Glide,
        Some('л') => Ending::Liquid,
        Some('з' | 'ж') => Ending::Voiced,
        Some('м' | 'н' | 'ң') => Ending::Nasal,
        _ => Ending::Voiceless,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_written_in_the_article_are_accepted() {
        let cases = [
            ("Әлиев", "тің"),
            ("Әлиев", "пен"),
            ("Тагиев", "қа"),
            ("Тагиев", "тен"),
            ("Тагиев", "тің"),
            ("Назарбаев", "тың"),
            ("Назарбаев", "ты"),
            ("Тоқаев", "тың"),
            ("Топчубашов", "ты"),
            ("Садыгов", "ты"),
            ("Мирзоян", "ның"),
            ("Мирзойан", "ның"),
            ("Гаджибейлі", "мен"),
            ("Сүлейменов", "тың"),
            ("Жавад", "тың"),
            ("Ғұбайдуллин", "ді"),
            ("Нәсими", "дің"),
            ("Физули", "дің"),
            ("Темір", "дің"),
            ("Абай", "дың"),
            ("мырза", "ны"),
        ];
        for (stem, tail) in cases {
            assert!(is_kazakh_suffix(stem, tail), "{stem}+{tail}");
        }
    }

    #[test]
    fn chains_of_plural_possessive_and_case() {
        assert!(is_kazakh_suffix("Әлиев", "тер"));
        assert!(is_kazakh_suffix("Әлиев", "тердің"));
        assert!(is_kazakh_suffix("Абай", "лардың"));
        assert!(is_kazakh_suffix("Қор", "ы"));
        assert!(is_kazakh_suffix("Қор", "ында"));
        assert!(is_kazakh_suffix("орден", "імен"));
        assert!(is_kazakh_suffix("кітаб", "ының"));
        assert!(is_kazakh_suffix("эпос", "ының"));
        assert!(is_kazakh_suffix("Абай", "дағы"));
    }

    #[test]
    fn vowel_harmony_is_enforced_for_native_stems() {
        assert!(!is_kazakh_suffix("Абай", "дің"));
        assert!(!is_kazakh_suffix("Темір", "дың"));
        assert!(!is_kazakh_suffix("Сүлейменов", "тің"));
        // The instrumental does not harmonise.
        assert!(is_kazakh_suffix("Абай", "мен"));
        assert!(is_kazakh_suffix("Темір", "мен"));
    }

    #[test]
    fn the_first_consonant_must_fit_the_stem() {
        assert!(!is_kazakh_suffix("Әлиев", "дің"));
        assert!(!is_kazakh_suffix("Мирзоян", "тың"));
        assert!(!is_kazakh_suffix("Абай", "ның"));
        assert!(!is_kazakh_suffix("Тагиев", "ға"));
        assert!(!is_kazakh_suffix("Нәсими", "ні"));
    }

    #[test]
    fn unrelated_word_endings_are_rejected() {
        assert!(!is_name_suffix("Абай", "лап"));
        assert!(!is_name_suffix("Темір", "қазық"));
        assert!(!is_name_suffix("Қажы", "мұқан"));
        assert!(!is_name_suffix("Ахмед", "ов"));
        assert!(!is_name_suffix("Әлиев", "тіңіз"));
        // Cases do not stack.
        assert!(!is_kazakh_suffix("Әлиев", "тіңде"));
        // Slots keep their order: no plural after a case.
        assert!(!is_kazakh_suffix("Әлиев", "тіңтер"));
    }

    #[test]
    fn russian_endings() {
        for tail in ["у", "а", "ым", "е", "ом"] {
            assert!(is_name_suffix("Назарбаев", tail), "{tail}");
        }
        assert!(!is_russian_ending(""));
        assert!(!is_russian_ending("ского"));
    }

    #[test]
    fn suffixes_after_an_abbreviation() {
        let cases = [
            ("ӘДР", "дің"),
            ("ӘДР", "ді"),
            ("ӘДР", "ге"),
            ("СІМ", "нің"),
            ("СІМ", "інің"),
            ("БҰҰ", "ның"),
            ("ОК", "тің"),
            ("РКФСР", "дің"),
        ];
        for (abbreviation, tail) in cases {
            assert!(
                is_abbreviation_suffix(abbreviation, tail),
                "{abbreviation}-{tail}"
            );
        }
        assert!(!is_abbreviation_suffix("ӘДР", ""));
        assert!(!is_abbreviation_suffix("ӘДР", "нің"));
        assert!(!is_abbreviation_suffix("СІМ", "дің"));
        assert!(!is_abbreviation_suffix("ӘДР", "Түркия"));
        assert!(!is_abbreviation_suffix("ӘДР", "шіл"));
    }

    #[test]
    fn empty_tail_is_the_bare_name() {
        assert!(is_name_suffix("Абай", ""));
        assert!(!is_kazakh_suffix("Абай", ""));
    }
}

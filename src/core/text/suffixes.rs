//! The Kazakh endings the stemmer knows, with the sound each must follow.

/// Which sound must precede an ending for it to be that ending.
#[derive(Clone, Copy)]
pub(super) enum After {
    Vowel,
    /// Vowel, `р й у` (`-лар`, `-лық`).
    VowelRy,
    /// `л м н ң ж з` (`-дар`, `-дық`).
    LiquidNasal,
    /// Vowel, `м н ң` (`-ның`).
    VowelNasal,
    /// `л р й у ж з` (`-дың`, `-дан`).
    SonorantZ,
    /// `л р й у м н ң ж з` (`-ды`).
    Voiced,
    /// Vowel or any voiced consonant (`-ға`, `-да`).
    VowelVoiced,
    /// Vowel, `л р й у`, `м н ң` (`-мен`).
    VowelSonorant,
    /// `ж з` (`-бен`).
    Zh,
    /// Vowel, `л р й у ж з` (`-дан`).
    VowelSonorantZ,
    /// `м н ң` or a possessive `ы і` (`-нан`).
    NasalOrPossessive,
    /// A possessive `ы і` (`-нда`, `-на`).
    Possessive,
    Voiceless,
    Consonant,
}

/// (ending, what must precede it, whether it follows vowel harmony, slot).
///
/// Slots follow Kazakh word order, read from the end: a case ending (3) comes
/// after a possessive (2), which comes after the plural (1), which comes after
/// derivational endings (0). Stripping must go down the slots, so `-стан` in
/// `Қазақстанда` is never mistaken for a second case ending.
pub(super) const SUFFIXES: &[(&str, After, bool, u8)] = &[
    // Plural.
    ("лар", After::VowelRy, true, 1),
    ("лер", After::VowelRy, true, 1),
    ("дар", After::LiquidNasal, true, 1),
    ("дер", After::LiquidNasal, true, 1),
    ("тар", After::Voiceless, true, 1),
    ("тер", After::Voiceless, true, 1),
    // -лық: Әзербайжан-дық.
    ("лық", After::VowelRy, true, 0),
    ("лік", After::VowelRy, true, 0),
    ("дық", After::LiquidNasal, true, 0),
    ("дік", After::LiquidNasal, true, 0),
    ("тық", After::Voiceless, true, 0),
    ("тік", After::Voiceless, true, 0),
    // Genitive.
    ("ның", After::VowelNasal, true, 3),
    ("нің", After::VowelNasal, true, 3),
    ("дың", After::SonorantZ, true, 3),
    ("дің", After::SonorantZ, true, 3),
    ("тың", After::Voiceless, true, 3),
    ("тің", After::Voiceless, true, 3),
    // Accusative.
    ("ны", After::Vowel, true, 3),
    ("ні", After::Vowel, true, 3),
    ("ды", After::Voiced, true, 3),
    ("ді", After::Voiced, true, 3),
    ("ты", After::Voiceless, true, 3),
    ("ті", After::Voiceless, true, 3),
    // Dative.
    ("ға", After::VowelVoiced, true, 3),
    ("ге", After::VowelVoiced, true, 3),
    ("қа", After::Voiceless, true, 3),
    ("ке", After::Voiceless, true, 3),
    ("на", After::Possessive, true, 3),
    ("не", After::Possessive, true, 3),
    // Locative.
    ("да", After::VowelVoiced, true, 3),
    ("де", After::VowelVoiced, true, 3),
    ("та", After::Voiceless, true, 3),
    ("те", After::Voiceless, true, 3),
    ("нда", After::Possessive, true, 3),
    ("нде", After::Possessive, true, 3),
    // Ablative.
    ("дан", After::VowelSonorantZ, true, 3),
    ("ден", After::VowelSonorantZ, true, 3),
    ("нан", After::NasalOrPossessive, true, 3),
    ("нен", After::NasalOrPossessive, true, 3),
    ("тан", After::Voiceless, true, 3),
    ("тен", After::Voiceless, true, 3),
    // Instrumental: one vowel for all stems.
    ("мен", After::VowelSonorant, false, 3),
    ("бен", After::Zh, false, 3),
    ("пен", After::Voiceless, false, 3),
    // Locative adjective: Қазақстан-дағы.
    ("дағы", After::VowelVoiced, true, 0),
    ("дегі", After::VowelVoiced, true, 0),
    ("тағы", After::Voiceless, true, 0),
    ("тегі", After::Voiceless, true, 0),
    ("ндағы", After::Possessive, true, 0),
    ("ндегі", After::Possessive, true, 0),
    // Temporal adjective (жыл-ғы, қазір-гі): time words end in a consonant.
    ("ғы", After::Voiced, true, 0),
    ("гі", After::Voiced, true, 0),
    ("қы", After::Voiceless, true, 0),
    ("кі", After::Voiceless, true, 0),
    // Verbs as nouns: participle (кездес-кен) and verbal noun (кездес-у), so
    // the forms of one verb meet; `-у` only after a consonant (not `Ақтау`).
    ("ған", After::VowelVoiced, true, 0),
    ("ген", After::VowelVoiced, true, 0),
    ("қан", After::Voiceless, true, 0),
    ("кен", After::Voiceless, true, 0),
    ("у", After::Consonant, false, 0),
    // Possessive: 3rd person, 1st and 2nd plural; `-ын` is 3rd plus accusative.
    ("ы", After::Consonant, true, 2),
    ("і", After::Consonant, true, 2),
    ("сы", After::Vowel, true, 2),
    ("сі", After::Vowel, true, 2),
    ("ын", After::Consonant, true, 3),
    ("ін", After::Consonant, true, 3),
    ("сын", After::Vowel, true, 3),
    ("сін", After::Vowel, true, 3),
    ("ымыз", After::Consonant, true, 2),
    ("іміз", After::Consonant, true, 2),
    ("мыз", After::Vowel, true, 2),
    ("міз", After::Vowel, true, 2),
    ("ыңыз", After::Consonant, true, 2),
    ("іңіз", After::Consonant, true, 2),
    ("ңыз", After::Vowel, true, 2),
    ("ңіз", After::Vowel, true, 2),
];

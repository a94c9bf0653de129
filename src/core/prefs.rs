//! The reader's preferences (interface language, theme, text size): parsed
//! from what the browser and its storage say, with safe defaults for anything
//! unknown, so a stale or hand-edited value never breaks the page.

/// Interface language. The article itself is always Kazakh.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Kk,
    Ru,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The BCP 47 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// `kk`, `kk-KZ`, `ru_RU`, `EN-us` … → a language we have.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first of the browser's languages that we have; Kazakh otherwise.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::parse)
            .unwrap_or_default()
    }
}

/// Colour theme: the system's, or one chosen by the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn code(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn parse(code: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.code() == code.trim())
    }
}

/// Text size steps around the default, each 10 %.
pub const FONT_STEPS: std::ops::RangeInclusive<i8> = -2..=4;

/// Text size as a step within [`FONT_STEPS`].
pub fn parse_font_step(s: &str) -> Option<i8> {
    s.trim()
        .parse::<i8>()
        .ok()
        .filter(|n| FONT_STEPS.contains(n))
}

/// The CSS scale factor of a step (`1.2` for `2`).
pub fn font_scale(step: i8) -> f32 {
    1.0 + f32::from(step.clamp(*FONT_STEPS.start(), *FONT_STEPS.end())) / 10.0
}

/// Everything the reader can set, with how it is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Prefs {
    pub lang: Lang,
    pub theme: Theme,
    pub font_step: i8,
    /// The repairs of the source marked in the text (`<html data-repairs>`).
    pub repairs: bool,
}

impl Prefs {
    /// Storage keys, one per preference.
    pub const LANG_KEY: &'static str = "qazaq-reader.lang";
    pub const THEME_KEY: &'static str = "qazaq-reader.theme";
    pub const FONT_KEY: &'static str = "qazaq-reader.font";
    /// `on` when the repairs are shown; anything else is off.
    pub const REPAIRS_KEY: &'static str = "qazaq-reader.repairs";

    /// From stored values (each may be missing or junk) and the browser's
    /// language list.
    pub fn load<'a>(
        stored_lang: Option<&str>,
        stored_theme: Option<&str>,
        stored_font: Option<&str>,
        stored_repairs: Option<&str>,
        browser_langs: impl IntoIterator<Item = &'a str>,
    ) -> Prefs {
        Prefs {
            lang: stored_lang
                .and_then(Lang::parse)
                .unwrap_or_else(|| Lang::negotiate(browser_langs)),
            theme: stored_theme.and_then(Theme::parse).unwrap_or_default(),
            font_step: stored_font.and_then(parse_font_step).unwrap_or(0),
            repairs: stored_repairs.is_some_and(|v| v.trim() == "on"),
        }
    }

    /// What [`Prefs::REPAIRS_KEY`] stores.
    pub fn repairs_code(self) -> &'static str {
        if self.repairs {
            "on"
        } else {
            "off"
        }
    }

    /// One step larger or smaller, within bounds.
    pub fn with_font_step(self, delta: i8) -> Prefs {
        let step = self
            .font_step
            .saturating_add(delta)
            .clamp(*FONT_STEPS.start(), *FONT_STEPS.end());
        Prefs {
            font_step: step,
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_negotiated() {
        assert_eq!(Lang::negotiate(["ru-RU", "en"]), Lang::Ru);
        assert_eq!(Lang::negotiate(["de-DE", "en-GB"]), Lang::En);
        assert_eq!(Lang::negotiate(["kk-KZ"]), Lang::Kk);
        assert_eq!(Lang::negotiate(["fr", "", "-"]), Lang::Kk);
        assert_eq!(Lang::negotiate([]), Lang::Kk);
        assert_eq!(Lang::parse("EN_us"), Some(Lang::En));
    }

    #[test]
    fn stored_values_win_and_junk_is_ignored() {
        let p = Prefs::load(Some("en"), Some("dark"), Some("2"), Some("on"), ["ru"]);
        assert_eq!(
            p,
            Prefs {
                lang: Lang::En,
                theme: Theme::Dark,
                font_step: 2,
                repairs: true,
            }
        );
        assert_eq!(p.repairs_code(), "on");
        let p = Prefs::load(Some("xx"), Some("neon"), Some("99"), Some("yes"), ["ru"]);
        assert_eq!(
            p,
            Prefs {
                lang: Lang::Ru,
                theme: Theme::System,
                font_step: 0,
                repairs: false,
            }
        );
        assert_eq!(p.repairs_code(), "off");
        let p = Prefs::load(None, None, Some("abc"), None, []);
        assert_eq!(p, Prefs::default());
    }

    #[test]
    fn font_steps_stay_in_bounds() {
        let mut p = Prefs::default();
        for _ in 0..20 {
            p = p.with_font_step(1);
        }
        assert_eq!(p.font_step, *FONT_STEPS.end());
        for _ in 0..20 {
            p = p.with_font_step(-1);
        }
        assert_eq!(p.font_step, *FONT_STEPS.start());
        assert!((font_scale(2) - 1.2).abs() < 1e-6);
        assert!((font_scale(100) - font_scale(*FONT_STEPS.end())).abs() < 1e-6);
    }
}

//! Which CLDR plural form a count takes (`1 result`, `2 результата`,
//! `5 результатов`). In the browser the browser's own `Intl.PluralRules`
//! decides, so the Wasm carries no rules; the build-time pre-render asks the
//! `intl_pluralrules` crate, which holds the same CLDR data.

use crate::core::prefs::Lang;

/// The CLDR cardinal categories the interface languages use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    One,
    Few,
    Many,
    Other,
}

fn tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "kk",
        Lang::Ru => "ru",
        Lang::En => "en",
    }
}

fn from_name(name: &str) -> Category {
    match name {
        "one" => Category::One,
        "few" => Category::Few,
        "many" => Category::Many,
        _ => Category::Other,
    }
}

#[cfg(target_arch = "wasm32")]
pub fn category(lang: Lang, n: usize) -> Category {
    use js_sys::{Array, Intl::PluralRules, Object};
    thread_local! {
        // One `Intl.PluralRules` per language, made on first use.
        static RULES: std::cell::RefCell<Vec<(Lang, PluralRules)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    RULES.with(|rules| {
        let mut rules = rules.borrow_mut();
        if !rules.iter().any(|(l, _)| *l == lang) {
            let locales = Array::of1(&tag(lang).into());
            rules.push((lang, PluralRules::new(&locales, &Object::new())));
        }
        let name = rules
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, r)| r.select(n as f64))
            .and_then(|s| s.as_string())
            .unwrap_or_default();
        from_name(&name)
    })
}

#[cfg(not(target_arch = "wasm32"))]
pub fn category(lang: Lang, n: usize) -> Category {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let rules = tag(lang)
        .parse::<unic_langid::LanguageIdentifier>()
        .ok()
        .and_then(|id| PluralRules::create(id, PluralRuleType::CARDINAL).ok());
    match rules.and_then(|r| r.select(n).ok()) {
        Some(PluralCategory::ONE) => Category::One,
        Some(PluralCategory::FEW) => Category::Few,
        Some(PluralCategory::MANY) => Category::Many,
        _ => from_name(""),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn cldr_categories() {
        assert_eq!(category(Lang::En, 1), Category::One);
        assert_eq!(category(Lang::En, 2), Category::Other);
        assert_eq!(category(Lang::Ru, 1), Category::One);
        assert_eq!(category(Lang::Ru, 21), Category::One);
        assert_eq!(category(Lang::Ru, 2), Category::Few);
        assert_eq!(category(Lang::Ru, 5), Category::Many);
        assert_eq!(category(Lang::Ru, 11), Category::Many);
        assert_eq!(category(Lang::Kk, 1), Category::One);
        assert_eq!(category(Lang::Kk, 5), Category::Other);
    }
}

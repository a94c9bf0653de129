//! Theme, text size and interface language, in the sidebar.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::core::prefs::{font_scale, Lang, Prefs, Theme};
use crate::view::hooks::use_t::use_t;
use crate::view::strings::native_name;

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub prefs: Prefs,
    pub on_change: Callback<Prefs>,
}

#[function_component(Settings)]
pub fn settings(props: &SettingsProps) -> Html {
    let t = use_t();
    let prefs = props.prefs;
    let set = |p: Prefs| {
        let on_change = props.on_change.clone();
        Callback::from(move |_: MouseEvent| on_change.emit(p))
    };
    let theme_button = |theme: Theme, label: &'static str| {
        html! {
            <button type="button" aria-pressed={(prefs.theme == theme).to_string()}
                    onclick={set(Prefs { theme, ..prefs })}>{ label }</button>
        }
    };
    let on_lang = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(lang) = Lang::parse(&select.value()) {
                on_change.emit(Prefs { lang, ..prefs });
            }
        })
    };
    let percent = (font_scale(prefs.font_step) * 100.0).round();
    html! {
        <section class="settings" aria-labelledby="settings-title">
            <h2 id="settings-title" class="toc-title">{ t.settings }</h2>
            <div class="setting" role="group" aria-label={t.theme}>
                <span class="label" aria-hidden="true">{ t.theme }</span>
                { theme_button(Theme::System, t.theme_system) }
                { theme_button(Theme::Light, t.theme_light) }
                { theme_button(Theme::Dark, t.theme_dark) }
            </div>
            <div class="setting" role="group" aria-label={t.text_size}>
                <span class="label" aria-hidden="true">{ t.text_size }</span>
                <button type="button" class="smaller" title={t.smaller}
                        onclick={set(prefs.with_font_step(-1))}>
                    { "A−" }<span class="visually-hidden">{ format!(" ({})", t.smaller) }</span>
                </button>
                <output class="font-size" aria-live="polite">{ format!("{percent}%") }</output>
                <button type="button" class="larger" title={t.larger}
                        onclick={set(prefs.with_font_step(1))}>
                    { "A+" }<span class="visually-hidden">{ format!(" ({})", t.larger) }</span>
                </button>
            </div>
            <label class="setting">
                <span class="label">{ t.language }</span>
                <select onchange={on_lang}>
                    { for Lang::ALL.iter().map(|&l| html! {
                        <option value={l.code()} selected={l == prefs.lang} lang={l.code()}>{ native_name(l) }</option>
                    }) }
                </select>
            </label>
        </section>
    }
}

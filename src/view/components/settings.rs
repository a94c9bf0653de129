//! Theme, text size, interface language and what to read, in the sidebar.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::core::prefs::{font_scale, Lang, Prefs, Theme};
use crate::core::translation::{Reading, TrLang};
use crate::view::hooks::use_t::{use_edition, use_t};
use crate::view::reading::ReadingCtx;
use crate::view::storage;
use crate::view::strings::{native_name, Strings};

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub prefs: Prefs,
    pub on_change: Callback<Prefs>,
}

#[function_component(Settings)]
pub fn settings(props: &SettingsProps) -> Html {
    let t = use_t();
    let e = use_edition();
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
    let reading = use_context::<ReadingCtx>();
    // After the first render, which must match the pre-rendered HTML.
    let unsaved = use_state_eq(|| false);
    {
        let unsaved = unsaved.clone();
        use_effect_with((), move |_| unsaved.set(!storage::saving_works()));
    }
    // The shown choice follows the language, whatever the page's own
    // rewriting or hydration left selected (an option's `selected`
    // attribute does not move a choice once one was made).
    let lang_select = use_node_ref();
    {
        let lang_select = lang_select.clone();
        use_effect_with(prefs.lang, move |lang| {
            if let Some(select) = lang_select.cast::<HtmlSelectElement>() {
                select.set_value(lang.code());
            }
        });
    }
    let percent = (font_scale(prefs.font_step) * 100.0).round();
    html! {
        <section class="settings" aria-labelledby="settings-title">
            <h2 id="settings-title" class="toc-title">{ t.settings }</h2>
            if *unsaved {
                <p class="nothing-saved" role="note">{ t.nothing_saved }</p>
            }
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
            <div class="setting">
                <button type="button" id="show-repairs" class="switch"
                        aria-pressed={prefs.repairs.to_string()}
                        onclick={set(Prefs { repairs: !prefs.repairs, ..prefs })}>
                    <span class="switch-track" aria-hidden="true"></span>{ e.show_repairs }
                </button>
            </div>
            <label class="setting">
                <span class="label">{ t.language }</span>
                <select onchange={on_lang} ref={lang_select}>
                    { for Lang::ALL.iter().map(|&l| html! {
                        <option value={l.code()} selected={l == prefs.lang} lang={l.code()}>{ native_name(l) }</option>
                    }) }
                </select>
            </label>
            { for reading.map(|r| reading_choice(t, &r)) }
        </section>
    }
}

fn reading_label(t: &Strings, r: Reading) -> &'static str {
    match r {
        Reading::Kazakh => t.reading_kk,
        Reading::Parallel(TrLang::Ru) => t.reading_kk_ru,
        Reading::Parallel(TrLang::En) => t.reading_kk_en,
        Reading::Alone(TrLang::En) => t.reading_en,
        Reading::Alone(TrLang::Ru) => t.reading_ru,
    }
}

/// Kazakh alone, beside a translation, or a translation alone; with the
/// plain word that a translation is unofficial, and its loading state.
fn reading_choice(t: &Strings, ctx: &ReadingCtx) -> Html {
    let choose = ctx.choose.clone();
    let on_change = Callback::from(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        if let Some(r) = Reading::parse(&select.value()) {
            choose.emit(r);
        }
    });
    let status = match ctx.reading.translation() {
        None => None,
        Some(l) if ctx.loaded & (1 << l.index()) != 0 => Some(t.translation_notice),
        Some(_) if ctx.failed => Some(t.translation_failed),
        Some(_) => Some(t.translation_loading),
    };
    html! {
        <>
            <label class="setting">
                <span class="label">{ t.reading }</span>
                <select id="reading" onchange={on_change}>
                    { for Reading::ALL.iter().map(|&r| html! {
                        <option value={r.code()} selected={r == ctx.reading}>{ reading_label(t, r) }</option>
                    }) }
                </select>
            </label>
            { for status.map(|s| html! { <p class="tr-status" role="status">{ s }</p> }) }
        </>
    }
}

//! The App: the state lives in one reducer ([`State`], [`Action`]); the library
//! is shared through a context; everything shown is derived from the two.

use std::rc::Rc;

use yew::prelude::*;

use super::components::about::AboutEdition;
use super::components::article_view::ArticleView;
use super::components::downloads::Downloads;
use super::components::extras_host::ExtrasHost;
use super::components::header::{Header, MENU_BUTTON_ID};
use super::components::hit_bar::HitBar;
use super::components::not_found::NotFound;
use super::components::people_index::PeopleIndex;
use super::components::person_cards::PersonCards;
use super::components::person_view::PersonView;
use super::components::place_view::PlaceView;
use super::components::places_index::PlacesIndex;
use super::components::quote_missing::QuoteMissing;
use super::components::search_box::SEARCH_INPUT_ID;
use super::components::search_results::SearchResults;
use super::components::settings::Settings;
use super::components::shortcuts_help::ShortcutsHelp;
use super::components::timeline::Timeline;
use super::components::toc::{IndexLinks, Toc};
use super::dom;
use super::hooks::use_active_section::use_active_section;
use super::hooks::use_prefs::{set_prefs, use_prefs};
use super::hooks::use_route::{
    current, leave_search, navigate, start_search, use_hash_route, AwayProvider,
};
use super::hooks::use_shortcuts::{use_shortcuts, Shortcut};
use super::lib::Lib;
use super::reading::{use_reading, ReadingCtx};
use super::state::{Action, Dispatch, State};
use crate::core::library::Highlights;
use crate::core::prefs::{Lang, Prefs};
use crate::core::route::{resolve, Page, Route};
use crate::core::translation::Reading;

#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    pub lib: Lib,
    /// Another interface language to render in at build time (see
    /// `core::page_patch`); in the browser `None`: the first render is the
    /// pre-rendered page's, and the stored preferences are read after it.
    pub lang: Option<Lang>,
    /// The page the build wrote for one route (`people.html`), and the
    /// interface language it is in: the first render is that route's, and
    /// the interface keeps the page's language. `None` on the opening page.
    pub page: Option<(Route, Lang)>,
}

/// Longest query kept in the URL; the search itself reads less (see
/// `MAX_QUERY_CHARS`), this only keeps a pasted essay out of the address bar.
const MAX_URL_QUERY_CHARS: usize = 1000;

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let lib = &props.lib;
    let page_lang = props.page.as_ref().map(|(_, lang)| *lang);
    let state = use_reducer_eq(|| State {
        prefs: props.lang.map(|lang| Prefs {
            lang,
            ..Prefs::default()
        }),
        route: props
            .page
            .as_ref()
            .map_or_else(|| Page::Home.into(), |(route, _)| route.clone()),
        // The menu opens before the app runs (boot.js): kept open.
        menu_open: dom::menu_opened_early(),
        ..State::default()
    });
    let dispatch = state.dispatcher();
    use_hash_route(dispatch.clone());
    use_prefs(state.prefs, dispatch.clone(), page_lang);
    let route = resolve(state.route.clone(), lib);
    let active = use_active_section(&lib.article);
    let prefs = state.prefs.unwrap_or(Prefs {
        lang: page_lang.unwrap_or_default(),
        ..Prefs::default()
    });

    let reading = use_reading(lib, &route, prefs.lang, dispatch.clone());
    // Only the reading view marks hits; the results list runs its own search.
    // A quote link marks its passage instead, in the Kazakh or the
    // translation shown: (block, quote), again once the translation is here.
    let marked = match &route.page {
        Page::Block { query, .. } => (String::new(), query.clone()),
        Page::Quote { id, quote } => (id.clone(), quote.clone()),
        _ => Default::default(),
    };
    let highlights = {
        let lib = lib.clone();
        let key = (marked, reading.reading, reading.loaded);
        use_memo(key, move |((id, q), reading, _)| match id.as_str() {
            "" => lib.highlights(q, *reading),
            id => lib.quote_highlights(id, q, *reading).unwrap_or_default(),
        })
    };
    // A passage in a translation is not known to be missing until it is here.
    let awaited = reading
        .reading
        .translation()
        .is_some_and(|l| lib.translation(l).is_none() && !reading.failed);

    use_shortcuts(
        SEARCH_INPUT_ID,
        on_shortcut(lib, dispatch.clone(), active.clone(), state.menu_open),
    );
    // The block a link points at is marked; again when the body is rewritten
    // in another language, reading choice, or once a translation arrives, and
    // brought into view again then if the reader has not scrolled since (a
    // `?tr=` link scrolls before its translation is here).
    // Before `reveal`, which scrolls to it.
    use_effect_with(
        (route.clone(), prefs.lang, reading.reading, reading.loaded),
        |(route, ..)| {
            dom::mark(&route.page);
            dom::reveal_again(&route.page);
        },
    );
    // A new page shows its target; Back, Forward and reload return to the place.
    {
        let restore = state.restore;
        use_effect_with(
            (route.clone(), state.seq),
            move |(route, seq)| match restore {
                // After the body is written in (a task later), or the page is short.
                Some(y) => {
                    dom::forget_reveal();
                    gloo_timers::callback::Timeout::new(0, move || dom::scroll_to_y(y)).forget();
                }
                // The opening page as the HTML has it: the reader may have
                // scrolled it before the app ran, and keeps that place.
                None if *seq <= 1 && route.page == Page::Home => {}
                None => dom::reveal(&route.page),
            },
        );
    }
    // A new page: focus on its heading, its title said and in the tab.
    {
        let last = use_mut_ref(|| None::<Page>);
        use_effect_with((route.page.clone(), state.seq), move |(page, seq)| {
            let from = last.borrow_mut().replace(page.clone());
            // seq 0: the first render, the HTML's own page.
            if *seq > 0 {
                super::arrival::arrive(page, from.as_ref(), *seq > 1);
            }
        });
    }
    // Last of the App's effects: every listener above is in place by now.
    use_effect_with((), |_| dom::mark_ready());

    let on_query = {
        let dispatch = dispatch.clone();
        Callback::from(move |q: String| search(&dispatch, q))
    };
    let on_prefs = {
        let dispatch = dispatch.clone();
        Callback::from(move |p: Prefs| set_prefs(&dispatch, p))
    };
    let on_menu = dispatch_on_click(&dispatch, Action::ToggleMenu);
    let close_menu = dispatch_on_click(&dispatch, Action::CloseMenu);
    let close_help = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| dispatch.dispatch(Action::CloseHelp))
    };
    let on_escape = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| leave_search(&dispatch))
    };
    // The search shown: typed in the box, or highlighted while reading a hit.
    let query = match &route.page {
        Page::Search(q) | Page::Block { query: q, .. } => q.clone(),
        _ => String::new(),
    };

    let notice = reading_notice(&route, &reading, prefs.lang);
    html! {
        <ContextProvider<Lib> context={lib.clone()}>
        <ContextProvider<Lang> context={prefs.lang}>
        <ContextProvider<ReadingCtx> context={reading}>
        <ContextProvider<Reading> context={route.reading}>
        <AwayProvider away={props.page.is_some()}>
            <Header menu_open={state.menu_open} {on_menu} {query} {on_query} {on_escape}
                    page={route.page.clone()} />
            <div class="layout">
                <aside id="toc" class={classes!("sidebar", state.menu_open.then_some("open"))}>
                    <Toc active={active} on_navigate={close_menu.clone()} />
                    <IndexLinks page={route.page.clone()} on_navigate={close_menu} />
                    <Downloads />
                    <Settings prefs={prefs} on_change={on_prefs} />
                </aside>
                <main id="main" tabindex="-1">
                    { notice }
                    { main_view(&route, &dispatch, &highlights, awaited) }
                </main>
            </div>
            <PersonCards />
            // "Cite this" opens here, from the Wasm loaded on first use.
            <div id="cite-host"></div>
            // "Highlight" opens its dialog here, from the same module.
            <div id="note-host"></div>
            if state.help_open {
                <ShortcutsHelp on_close={close_help} />
            }
        </AwayProvider>
        </ContextProvider<Reading>>
        </ContextProvider<ReadingCtx>>
        </ContextProvider<Lang>>
        </ContextProvider<Lib>>
    }
}

/// Said above the page when the reading asked for cannot be shown: a link's
/// unknown `tr=`, or a translation that could not be fetched. The page is
/// then the Kazakh, at the paragraph the link names.
fn reading_notice(route: &Route, reading: &ReadingCtx, lang: Lang) -> Html {
    let t = super::strings::strings(lang);
    let why = match (&route.unknown_reading, route.reading.translation()) {
        (Some(code), _) => {
            // The reader's text, isolated: a direction override in it stays inside.
            let (before, after) = t.unknown_reading.split_once("{}").unwrap_or_default();
            html! { <>{ before }<bdi>{ code }</bdi>{ after }</> }
        }
        (None, Some(l)) if reading.failed && reading.loaded & (1 << l.index()) == 0 => {
            html! { { t.translation_failed } }
        }
        _ => return Html::default(),
    };
    html! {
        <p class="reading-notice" role="status">{ why }{ " " }{ t.shown_in_kazakh }</p>
    }
}

/// What `<main>` shows for a (resolved) route; `awaited`: the translation a
/// quote may be in is still on its way.
fn main_view(
    route: &Route,
    dispatch: &Dispatch,
    highlights: &Rc<Highlights>,
    awaited: bool,
) -> Html {
    match &route.page {
        Page::NotFound(raw) => html! { <NotFound raw={raw.clone()} /> },
        Page::People => html! { <PeopleIndex /> },
        Page::Person(slug) => html! { <PersonView slug={slug.clone()} /> },
        Page::PersonWith { slug, with } => html! {
            <PersonView slug={slug.clone()} with={Some(with.clone())} />
        },
        Page::Places => html! { <PlacesIndex /> },
        Page::Place(slug) => html! { <PlaceView slug={slug.clone()} /> },
        Page::Timeline { decade, person } => {
            let (dispatch, here) = (dispatch.clone(), route.clone());
            let on_filter = Callback::from(move |(decade, person)| {
                navigate(&dispatch, here.to(Page::Timeline { decade, person }), true);
            });
            html! { <Timeline decade={*decade} person={person.clone()} {on_filter} /> }
        }
        // Loaded on first use: see `view::extras`.
        Page::Map { .. } | Page::Words { .. } | Page::Overview | Page::Notes => html! {
            <ExtrasHost hash={route.to_hash()} />
        },
        Page::Search(q) => html! { <SearchResults query={q.clone()} /> },
        Page::About => html! { <AboutEdition /> },
        Page::Block { id, query } => html! {
            <>
                if !query.is_empty() {
                    <HitBar highlights={highlights.clone()} id={id.clone()} query={query.clone()} />
                }
                <ArticleView highlights={highlights.clone()} />
            </>
        },
        Page::Quote { .. } => html! {
            <>
                if highlights.blocks.is_empty() && !awaited {
                    <QuoteMissing />
                }
                <ArticleView highlights={highlights.clone()} />
            </>
        },
        Page::Home | Page::Section(_) => html! {
            <ArticleView highlights={Rc::default()} />
        },
    }
}

/// A typed query: the first keystroke starts a history entry, the rest
/// replace it.
fn search(dispatch: &Dispatch, q: String) {
    let q: String = q.chars().take(MAX_URL_QUERY_CHARS).collect();
    // The route last shown, not the rendered one: fast typing can outrun
    // the re-render, and each key would push an entry of its own.
    let here = current();
    // The box emptied: back to the paragraph the reader was at, as `Esc` does.
    if q.is_empty() {
        leave_search(dispatch);
        return;
    }
    let to = here.to(Page::Search(q));
    let searching = matches!(here.page, Page::Search(_));
    if searching {
        navigate(dispatch, to, true);
    } else {
        start_search(dispatch, to);
    }
}

fn on_shortcut(
    lib: &Lib,
    dispatch: Dispatch,
    active: Option<String>,
    menu_open: bool,
) -> Callback<Shortcut> {
    // Sections and the bibliography, in order: what `[` and `]` step through.
    let parts: Vec<String> = lib.article.parts().map(|p| p.id.to_string()).collect();
    Callback::from(move |key: Shortcut| match key {
        Shortcut::Help => dispatch.dispatch(Action::ToggleHelp),
        Shortcut::Escape => {
            dispatch.dispatch(Action::CloseHelp);
            if menu_open {
                dispatch.dispatch(Action::CloseMenu);
                dom::focus_without_scroll(MENU_BUTTON_ID);
            }
        }
        Shortcut::PreviousSection | Shortcut::NextSection => {
            let at = active
                .as_ref()
                .and_then(|a| parts.iter().position(|s| s == a));
            let to = match (key, at) {
                (Shortcut::PreviousSection, Some(i)) => i.checked_sub(1),
                (_, Some(i)) => Some(i + 1),
                (_, None) => Some(0),
            };
            if let Some(id) = to.and_then(|i| parts.get(i)) {
                navigate(&dispatch, current().to(Page::Section(id.clone())), false);
            }
        }
        Shortcut::Highlight => super::quote_bar::select_focused_paragraph(),
        Shortcut::Search => {}
    })
}

fn dispatch_on_click(dispatch: &Dispatch, action: Action) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |_| dispatch.dispatch(action.clone()))
}

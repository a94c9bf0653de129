//! The App: the current route is the one piece of state; everything else is
//! derived from it and from the library, and passed down as props.

use std::rc::Rc;

use yew::prelude::*;

use super::components::article_view::ArticleView;
use super::components::header::{Header, MENU_BUTTON_ID};
use super::components::hit_bar::HitBar;
use super::components::not_found::NotFound;
use super::components::people_index::PeopleIndex;
use super::components::person_cards::PersonCards;
use super::components::person_view::PersonView;
use super::components::place_view::PlaceView;
use super::components::places_index::PlacesIndex;
use super::components::search_box::SEARCH_INPUT_ID;
use super::components::search_results::SearchResults;
use super::components::settings::Settings;
use super::components::shortcuts_help::ShortcutsHelp;
use super::components::timeline::Timeline;
use super::components::toc::{IndexLinks, Toc};
use super::dom;
use super::hooks::use_active_section::use_active_section;
use super::hooks::use_prefs::use_prefs;
use super::hooks::use_route::use_route;
use super::hooks::use_shortcuts::{use_shortcuts, Shortcut};
use super::lib::Lib;
use crate::core::library::Library;
use crate::core::prefs::Lang;
use crate::core::route::Route;

#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    pub lib: Lib,
}

/// Longest query kept in the URL; the search itself reads less (see
/// `MAX_QUERY_CHARS`), this only keeps a pasted essay out of the address bar.
const MAX_URL_QUERY_CHARS: usize = 1000;

/// A route that names something the library does not have is "not found" too.
fn resolve(route: Route, lib: &Library) -> Route {
    let article = &lib.article;
    let known_section = |id: &str| article.section(id).is_some() || id == article.bibliography.id;
    let known_block = |id: &str| {
        article.section_of(id).is_some() || article.bibliography.entries.iter().any(|e| e.id == id)
    };
    match route {
        Route::Section(id) if !known_section(&id) => Route::NotFound(format!("/section/{id}")),
        Route::Block { id, .. } if !known_block(&id) => Route::NotFound(format!("/p/{id}")),
        Route::Person(slug) if lib.person(&slug).is_none() => {
            Route::NotFound(format!("/person/{slug}"))
        }
        Route::Place(slug) if lib.place(&slug).is_none() => {
            Route::NotFound(format!("/place/{slug}"))
        }
        // An unknown person in the filter just shows everyone.
        Route::Timeline { decade, person } => Route::Timeline {
            decade,
            person: person.filter(|p| lib.person(p).is_some()),
        },
        other => other,
    }
}

/// Sections and the bibliography, in order: what `[` and `]` step through.
fn section_ids(lib: &Library) -> Vec<String> {
    let article = &lib.article;
    let mut ids: Vec<String> = article.sections.iter().map(|s| s.id.clone()).collect();
    ids.push(article.bibliography.id.clone());
    ids
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let lib = &props.lib;
    let handle = use_route();
    let route = resolve(handle.route.clone(), lib);
    let active = use_active_section(&lib.article);
    let menu_open = use_state(|| false);
    let help_open = use_state(|| false);
    let (prefs, set_prefs) = use_prefs();

    // The search shown: typed in the box, or highlighted while reading a hit.
    let query = match &route {
        Route::Search(q) | Route::Block { query: q, .. } => q.clone(),
        _ => String::new(),
    };
    // Only the reading view marks hits; the results list runs its own search.
    let marked_query = match &route {
        Route::Block { query, .. } => query.clone(),
        _ => String::new(),
    };
    let highlights = {
        let lib = lib.clone();
        use_memo(marked_query, move |q| lib.highlights(q))
    };

    let on_query = {
        let navigate = handle.navigate.clone();
        Callback::from(move |q: String| {
            let q: String = q.chars().take(MAX_URL_QUERY_CHARS).collect();
            let to = if q.is_empty() {
                Route::Home
            } else {
                Route::Search(q)
            };
            // The first keystroke starts a history entry; the rest replace it.
            // Read from the address, not the rendered route: fast typing can
            // outrun the re-render, and each key would push an entry of its own.
            let searching = matches!(Route::parse(&dom::location_hash()), Route::Search(_));
            navigate.emit((to, searching));
        })
    };
    let toggle_menu = {
        let menu_open = menu_open.clone();
        Callback::from(move |_| menu_open.set(!*menu_open))
    };
    let close_menu = {
        let menu_open = menu_open.clone();
        Callback::from(move |_| menu_open.set(false))
    };

    let on_shortcut = {
        let help_open = help_open.clone();
        let menu_open = menu_open.clone();
        let navigate = handle.navigate.clone();
        let sections = section_ids(lib);
        let active = active.clone();
        Callback::from(move |key: Shortcut| match key {
            Shortcut::Help => help_open.set(!*help_open),
            Shortcut::Escape => {
                help_open.set(false);
                if *menu_open {
                    menu_open.set(false);
                    dom::focus_without_scroll(MENU_BUTTON_ID);
                }
            }
            Shortcut::PreviousSection | Shortcut::NextSection => {
                let at = active
                    .as_ref()
                    .and_then(|a| sections.iter().position(|s| s == a));
                let to = match (key, at) {
                    (Shortcut::PreviousSection, Some(i)) => i.checked_sub(1),
                    (_, Some(i)) => Some(i + 1),
                    (_, None) => Some(0),
                };
                if let Some(id) = to.and_then(|i| sections.get(i)) {
                    navigate.emit((Route::Section(id.clone()), false));
                }
            }
            Shortcut::Search => {}
        })
    };
    use_shortcuts(SEARCH_INPUT_ID, on_shortcut);
    let close_help = {
        let help_open = help_open.clone();
        Callback::from(move |()| help_open.set(false))
    };

    // A new page shows its target; Back, Forward and reload return to the place.
    {
        let restore = handle.restore;
        use_effect_with(
            (route.clone(), handle.seq),
            move |(route, _)| match restore {
                Some(y) => dom::scroll_to_y(y),
                None => dom::reveal(route),
            },
        );
    }
    // Last of the App's effects: every listener above is in place by now.
    use_effect_with((), |_| dom::mark_ready());

    let main = match &route {
        Route::NotFound(raw) => html! { <NotFound raw={raw.clone()} /> },
        Route::People => html! { <PeopleIndex lib={lib.clone()} /> },
        Route::Person(slug) => html! { <PersonView lib={lib.clone()} slug={slug.clone()} /> },
        Route::Places => html! { <PlacesIndex lib={lib.clone()} /> },
        Route::Place(slug) => html! { <PlaceView lib={lib.clone()} slug={slug.clone()} /> },
        Route::Timeline { decade, person } => {
            let navigate = handle.navigate.clone();
            let on_filter = Callback::from(move |(decade, person)| {
                navigate.emit((Route::Timeline { decade, person }, true));
            });
            html! { <Timeline lib={lib.clone()} decade={*decade} person={person.clone()} {on_filter} /> }
        }
        Route::Search(q) => html! { <SearchResults lib={lib.clone()} query={q.clone()} /> },
        Route::Block { id, query } => html! {
            <>
                if !query.is_empty() {
                    <HitBar highlights={highlights.clone()} id={id.clone()} query={query.clone()} />
                }
                <ArticleView lib={lib.clone()} marked={Some(id.clone())} highlights={highlights.clone()} />
            </>
        },
        Route::Home | Route::Section(_) => html! {
            <ArticleView lib={lib.clone()} marked={None::<String>} highlights={Rc::default()} />
        },
    };

    html! {
        <ContextProvider<Lang> context={prefs.lang}>
            <Header lib={lib.clone()} menu_open={*menu_open} on_menu={toggle_menu} query={query} on_query={on_query}
                    on_escape={handle.leave_search.clone()} />
            <div class="layout">
                <aside id="toc" class={classes!("sidebar", menu_open.then_some("open"))}>
                    <Toc lib={lib.clone()} active={active} on_navigate={close_menu.clone()} />
                    <IndexLinks on_navigate={close_menu} />
                    <Settings prefs={prefs} on_change={set_prefs} />
                </aside>
                <main id="main" tabindex="-1">{ main }</main>
            </div>
            <PersonCards lib={lib.clone()} />
            if *help_open {
                <ShortcutsHelp on_close={close_help} />
            }
        </ContextProvider<Lang>>
    }
}

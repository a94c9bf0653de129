//! `#/map`: the article's places and routes on a map loaded when first
//! opened, narrowed by the timeline's decades; beside it the routes and the
//! places that have no point.

use yew::prelude::*;

use super::map_svg::MapSvg;
use crate::core::map::MapData;
use crate::core::route::Page;
use crate::view::hooks::use_lazy::{use_lazy, Lazy};
use crate::view::hooks::use_route::use_link;
use crate::view::hooks::use_t::{use_glance, use_t};
use crate::view::lib::use_lib;

#[derive(Properties, PartialEq)]
pub struct MapPageProps {
    pub decade: Option<u16>,
    /// Show another decade (replaces the history entry).
    pub on_decade: Callback<Option<u16>>,
}

#[function_component(MapPage)]
pub fn map_page(props: &MapPageProps) -> Html {
    let t = use_t();
    let link = use_link();
    let g = use_glance();
    let lib = use_lib();
    let data = use_lazy::<MapData>("map.json", |_| ());
    let data = match data {
        Lazy::Loading => return html! { <p class="loading" role="status">{ g.loading }</p> },
        Lazy::Failed(e) => {
            return html! { <p class="load-failed" role="alert">{ format!("{} ({e})", g.load_failed) }</p> }
        }
        Lazy::Ready(d) => d,
    };
    let shown = props.decade.and_then(|d| {
        data.decades
            .iter()
            .find(|x| x.decade == d)
            .map(|x| x.places.clone())
    });
    let chip = |decade: Option<u16>, label: String| {
        let on_decade = props.on_decade.clone();
        html! {
            <button type="button" aria-pressed={(props.decade == decade).to_string()}
                    onclick={Callback::from(move |_| on_decade.emit(decade))}>{ label }</button>
        }
    };
    let place_link = |slug: &str| {
        let name = lib
            .place(slug)
            .map_or(slug.to_string(), |p| t.place_name(p).to_string());
        html! { <a href={link.href(Page::Place(slug.to_string()))}>{ name }</a> }
    };
    let routes = data.routes.iter().enumerate().map(|(i, r)| {
        html! {
            <li key={r.slug.clone()} class={format!("route-key route-{i}")}>
                <span class="swatch" aria-hidden="true"></span>
                { place_link(&r.slug) }
                if let Some(b) = &r.block {
                    { "\u{a0}·\u{a0}" }<a href={link.href(Page::block(b))} aria-label={t.link_to_paragraph} title={t.link_to_paragraph}>{ "¶" }</a>
                }
            </li>
        }
    });
    let unmapped = data
        .unmapped
        .iter()
        .map(|slug| html! { <li key={slug.clone()}>{ place_link(slug) }</li> });
    html! {
        <section class="map-page">
            <h1>{ g.map }</h1>
            <p class="intro">{ g.map_intro }</p>
            <div class="sort decades" role="group" aria-label={g.era}>
                { chip(None, g.all_eras.to_string()) }
                { for data.decades.iter().map(|d| chip(Some(d.decade), t.decade_label(d.decade))) }
            </div>
            <MapSvg data={data.clone()} shown={shown} />
            <p class="hint">{ g.map_keys }</p>
            <div class="map-lists">
                <div>
                    <h2>{ g.routes }</h2>
                    <ul class="route-keys">{ for routes }</ul>
                </div>
                <div>
                    <h2>{ g.not_on_map }</h2>
                    <ul class="unmapped">{ for unmapped }</ul>
                </div>
            </div>
            <p class="source">{ g.map_source }</p>
        </section>
    }
}

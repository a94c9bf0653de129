//! The map itself, drawn from `map.json` (made at build time, see
//! `src/core/map`): land, routes and markers as SVG, panned and zoomed through
//! the `viewBox` with the mouse, touch (one finger pans, two pinch) and the
//! keyboard (`+`, `-`, arrows, `0`). The small map of the overview is the
//! same drawing without labels or controls.

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::map::viewbox::{ViewBox, PAN_STEP, ZOOM_STEP};
use crate::core::map::{MapData, MapLabel, NARROW_SCREEN};
use crate::core::places::PlaceKind;
use crate::core::route::Page;
use crate::view::dom;
use crate::view::hooks::use_route::use_link;
use crate::view::hooks::use_t::{use_glance, use_t};

#[derive(Properties, PartialEq)]
pub struct MapSvgProps {
    pub data: Rc<MapData>,
    /// Only these places are shown fully (a decade's); `None`: all.
    #[prop_or_default]
    pub shown: Option<Vec<String>>,
    /// The overview's small map: no labels, no pan or zoom.
    #[prop_or_default]
    pub small: bool,
}

/// The view a screen of this width opens on: below
/// [`NARROW_SCREEN`] closer, on the Caspian (the labels were placed at build
/// time so that neither view cuts one).
fn initial_view(data: &MapData, screen_width: f64) -> ViewBox {
    if screen_width <= 0.0 || screen_width >= NARROW_SCREEN {
        return ViewBox::whole(data.width, data.height);
    }
    data.narrow_view()
}

/// A link's accessible name: the full name, with the label's words after it
/// where the label is another form (`ТрансАнадолы құбыр жолы, TANAP`), so
/// what is read out holds what is seen.
fn name_with_label(name: &str, label: &str) -> String {
    if name.contains(label) {
        name.to_string()
    } else {
        format!("{name}, {label}")
    }
}

/// Countries, regions and seas are areas: their marker is a soft disc, not a
/// point.
fn area(kind: PlaceKind) -> bool {
    matches!(
        kind,
        PlaceKind::Country | PlaceKind::Region | PlaceKind::Sea
    )
}

fn label_html(label: &MapLabel, text: &str) -> Html {
    html! {
        <>
            if let Some([x1, y1, x2, y2]) = label.leader {
                <line class="leader" x1={x1.to_string()} y1={y1.to_string()}
                      x2={x2.to_string()} y2={y2.to_string()} />
            }
            <text x={label.x.to_string()} y={label.y.to_string()} aria-hidden="true">{ text.to_string() }</text>
        </>
    }
}

#[function_component(MapSvg)]
pub fn map_svg(props: &MapSvgProps) -> Html {
    let t = use_t();
    let link = use_link();
    let g = use_glance();
    let data = &props.data;
    let size = (data.width, data.height);
    let view = use_mut_ref(|| ViewBox::whole(data.width, data.height));
    let home = use_mut_ref(|| ViewBox::whole(data.width, data.height));
    let redraw = use_force_update();
    let svg_ref = use_node_ref();
    // Pointers down on the map (id → last position), and whether the
    // current press has moved (then it was a drag, not a click).
    let pointers = use_mut_ref(HashMap::<i32, (f64, f64)>::new);
    let dragged = use_mut_ref(|| false);

    // Open on the view that suits the screen.
    {
        let (view, home, redraw, svg_ref, data) = (
            view.clone(),
            home.clone(),
            redraw.clone(),
            svg_ref.clone(),
            data.clone(),
        );
        use_effect_with(props.small, move |small| {
            if !*small {
                if let Some(svg) = svg_ref.cast::<web_sys::Element>() {
                    let v = initial_view(&data, dom::width_of(&svg));
                    *view.borrow_mut() = v;
                    *home.borrow_mut() = v;
                    redraw.force_update();
                }
            }
        });
    }

    // The map point under a screen position.
    let to_map = {
        let (view, svg_ref) = (view.clone(), svg_ref.clone());
        move |cx: f64, cy: f64| -> Option<(f64, f64)> {
            let svg = svg_ref.cast::<web_sys::Element>()?;
            let (left, top, w, h) = dom::rect_of(&svg);
            if w <= 0.0 || h <= 0.0 {
                return None;
            }
            let v = *view.borrow();
            Some((v.x + (cx - left) / w * v.w, v.y + (cy - top) / h * v.h))
        }
    };
    let zoom_by = {
        let (view, redraw) = (view.clone(), redraw.clone());
        move |factor: f64, focus: Option<(f64, f64)>| {
            let v = *view.borrow();
            let f = focus.unwrap_or(v.centre());
            *view.borrow_mut() = v.zoom(factor, f, size);
            redraw.force_update();
        }
    };
    let pan_by = {
        let (view, redraw) = (view.clone(), redraw.clone());
        move |dx: f64, dy: f64| {
            let v = *view.borrow();
            *view.borrow_mut() = v.pan(dx, dy, size);
            redraw.force_update();
        }
    };

    // The wheel zooms about the pointer. A listener of our own, not passive,
    // so the page does not scroll under the map.
    {
        let (svg_ref, to_map, zoom_by) = (svg_ref.clone(), to_map.clone(), zoom_by.clone());
        use_effect_with(props.small, move |small| {
            let listener = (!*small)
                .then(|| svg_ref.cast::<web_sys::Element>())
                .flatten()
                .map(|svg| {
                    let options = gloo_events::EventListenerOptions::enable_prevent_default();
                    gloo_events::EventListener::new_with_options(&svg, "wheel", options, move |e| {
                        let Some(e) = wasm_bindgen::JsCast::dyn_ref::<web_sys::WheelEvent>(e)
                        else {
                            return;
                        };
                        e.prevent_default();
                        let factor = (-e.delta_y() * 0.002).exp().clamp(0.5, 2.0);
                        zoom_by(
                            factor,
                            to_map(f64::from(e.client_x()), f64::from(e.client_y())),
                        );
                    })
                });
            move || drop(listener)
        });
    }

    let onkeydown = {
        let (zoom_by, pan_by, view, home, redraw) = (
            zoom_by.clone(),
            pan_by.clone(),
            view.clone(),
            home.clone(),
            redraw.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            let v = *view.borrow();
            let (sx, sy) = (v.w * PAN_STEP, v.h * PAN_STEP);
            match e.key().as_str() {
                "+" | "=" => zoom_by(ZOOM_STEP, None),
                "-" | "_" => zoom_by(1.0 / ZOOM_STEP, None),
                "ArrowLeft" => pan_by(-sx, 0.0),
                "ArrowRight" => pan_by(sx, 0.0),
                "ArrowUp" => pan_by(0.0, -sy),
                "ArrowDown" => pan_by(0.0, sy),
                "0" => {
                    *view.borrow_mut() = *home.borrow();
                    redraw.force_update();
                }
                _ => return,
            }
            e.prevent_default();
        })
    };
    let onpointerdown = {
        let (pointers, dragged) = (pointers.clone(), dragged.clone());
        Callback::from(move |e: PointerEvent| {
            let mut p = pointers.borrow_mut();
            if p.is_empty() {
                *dragged.borrow_mut() = false;
            }
            p.insert(
                e.pointer_id(),
                (f64::from(e.client_x()), f64::from(e.client_y())),
            );
        })
    };
    let onpointermove = {
        let (pointers, dragged, view, svg_ref) = (
            pointers.clone(),
            dragged.clone(),
            view.clone(),
            svg_ref.clone(),
        );
        let (zoom_by, pan_by, to_map) = (zoom_by.clone(), pan_by.clone(), to_map.clone());
        Callback::from(move |e: PointerEvent| {
            let id = e.pointer_id();
            let now = (f64::from(e.client_x()), f64::from(e.client_y()));
            let (before, other) = {
                let p = pointers.borrow();
                let Some(&before) = p.get(&id) else { return };
                (before, p.iter().find(|(k, _)| **k != id).map(|(_, v)| *v))
            };
            pointers.borrow_mut().insert(id, now);
            let Some(svg) = svg_ref.cast::<web_sys::Element>() else {
                return;
            };
            let width = dom::width_of(&svg);
            if width <= 0.0 {
                return;
            }
            let moved = (now.0 - before.0).hypot(now.1 - before.1);
            if moved > 0.0 && !*dragged.borrow() && moved < 3.0 {
                return;
            }
            if let Some(o) = other {
                // Two fingers: zoom by the change of their distance, about
                // their midpoint.
                let d0 = (before.0 - o.0).hypot(before.1 - o.1);
                let d1 = (now.0 - o.0).hypot(now.1 - o.1);
                if d0 > 0.0 {
                    let mid = to_map((now.0 + o.0) / 2.0, (now.1 + o.1) / 2.0);
                    zoom_by(d1 / d0, mid);
                }
            } else {
                let k = view.borrow().w / width;
                pan_by(-(now.0 - before.0) * k, -(now.1 - before.1) * k);
            }
            *dragged.borrow_mut() = true;
        })
    };
    let onpointerup = {
        let pointers = pointers.clone();
        Callback::from(move |e: PointerEvent| {
            pointers.borrow_mut().remove(&e.pointer_id());
        })
    };
    // A press that moved the map is no click on the marker under it.
    let onclick = {
        let dragged = dragged.clone();
        Callback::from(move |e: MouseEvent| {
            if *dragged.borrow() {
                e.prevent_default();
                *dragged.borrow_mut() = false;
            }
        })
    };

    let dim = |slug: &str| {
        props
            .shown
            .as_ref()
            .is_some_and(|s| !s.iter().any(|p| p == slug))
    };
    let routes = data.routes.iter().enumerate().map(|(i, r)| {
        let href = r.block.as_ref().map_or_else(
            || link.href(Page::Place(r.slug.clone())),
            |b| link.href(Page::block(b)),
        );
        let text = r.text(t.lang);
        html! {
            <a href={href} data-place={r.slug.clone()} aria-label={name_with_label(&text.name, &text.short)}
               class={classes!("route", format!("route-{i}"), dim(&r.slug).then_some("dim"))}>
                <path class="route-hit" d={r.d.clone()} />
                <path class="route-line" d={r.d.clone()} />
                if !props.small { { label_html(&text.label, &text.short) } }
            </a>
        }
    });
    let markers = data.markers.iter().map(|m| {
        let text = m.text(t.lang);
        let name = format!(
            "{}, {}",
            name_with_label(&text.name, &text.short),
            t.count(m.count, &t.times)
        );
        html! {
            <a href={link.href(Page::Place(m.slug.clone()))} data-place={m.slug.clone()}
               aria-label={name} data-mentions={m.count.to_string()}
               class={classes!("marker", area(m.kind).then_some("area"), dim(&m.slug).then_some("dim"))}>
                <circle cx={m.x.to_string()} cy={m.y.to_string()} r={m.r.to_string()} />
                if !props.small { { label_html(&text.label, &text.short) } }
            </a>
        }
    });
    let v = *view.borrow();
    let zoom_button = |label: &'static str, symbol: &'static str, factor: f64| {
        let zoom_by = zoom_by.clone();
        html! {
            <button type="button" aria-label={label} title={label}
                    onclick={Callback::from(move |_| zoom_by(factor, None))}>{ symbol }</button>
        }
    };
    let reset = {
        let (view, home, redraw) = (view.clone(), home.clone(), redraw.clone());
        Callback::from(move |_| {
            *view.borrow_mut() = *home.borrow();
            redraw.force_update();
        })
    };
    html! {
        <div class="map-box">
            if !props.small {
                <div class="zoom" role="group" aria-label={g.map}>
                    { zoom_button(g.zoom_in, "+", ZOOM_STEP) }
                    { zoom_button(g.zoom_out, "−", 1.0 / ZOOM_STEP) }
                    <button type="button" onclick={reset}>{ g.zoom_reset }</button>
                </div>
            }
            <div class={classes!("map-frame", props.small.then_some("small"))}>
            <svg ref={svg_ref} class="map" viewBox={v.attr()} role="group" aria-label={g.map_label}
                 tabindex={(!props.small).then_some("0")}
                 data-zoom={format!("{:.2}", v.zoom_level(data.width))}
                 onkeydown={(!props.small).then_some(onkeydown)}
                 onpointerdown={(!props.small).then_some(onpointerdown)}
                 onpointermove={(!props.small).then_some(onpointermove)}
                 onpointerup={(!props.small).then_some(onpointerup.clone())}
                 onpointercancel={(!props.small).then_some(onpointerup)}
                 onclick={onclick}>
                <rect class="water" x="-5000" y="-5000" width="11000" height="11000" />
                <path class="land" d={data.land.clone()} />
                { for routes }
                { for markers }
            </svg>
            </div>
        </div>
    }
}

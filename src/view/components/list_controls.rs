//! The filter box and sort buttons of the people and places indexes.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::names::index::SortOrder;
use crate::view::hooks::use_t::use_t;

/// Most characters of a filter we look at: a name is short, a paste may not be.
const MAX_FILTER_CHARS: usize = 100;

#[derive(Properties, PartialEq)]
pub struct ListControlsProps {
    pub filter: String,
    pub on_filter: Callback<String>,
    /// What the filter box says it filters by.
    pub placeholder: &'static str,
    pub order: SortOrder,
    pub on_order: Callback<SortOrder>,
    /// More controls in the same row (the places' kind chips).
    #[prop_or_default]
    pub children: Html,
}

#[function_component(ListControls)]
pub fn list_controls(props: &ListControlsProps) -> Html {
    let t = use_t();
    let on_input = {
        let on_filter = props.on_filter.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_filter.emit(input.value().chars().take(MAX_FILTER_CHARS).collect());
        })
    };
    let sort_button = |value: SortOrder, label: &'static str| {
        let on_order = props.on_order.clone();
        html! {
            <button type="button" aria-pressed={(props.order == value).to_string()}
                    onclick={Callback::from(move |_| on_order.emit(value))}>{ label }</button>
        }
    };
    html! {
        <div class="people-controls">
            <label class="filter">
                <span class="visually-hidden">{ props.placeholder }</span>
                <input type="text" inputmode="search" autocomplete="off" spellcheck="false"
                       placeholder={props.placeholder} value={props.filter.clone()} oninput={on_input} />
            </label>
            <div class="sort" role="group" aria-label={t.sort_by}>
                <span aria-hidden="true">{ t.sort_by }</span>
                { sort_button(SortOrder::Name, t.sort_name) }
                { sort_button(SortOrder::Mentions, t.sort_mentions) }
                { sort_button(SortOrder::FirstAppearance, t.sort_first) }
            </div>
            { props.children.clone() }
        </div>
    }
}

/// A callback setting `state` to the emitted value: hands a state down to the controls.
pub fn setter<T: 'static>(state: &UseStateHandle<T>) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |value| state.set(value))
}

//! `#/about`: About this edition. The kinds of repair the text needed, with
//! how many of each (counted from the article's own records), what each does,
//! and what was not changed; the switch that marks them in the text.

use yew::prelude::*;

use crate::core::repair::trace::counts;
use crate::view::hooks::use_t::use_edition;
use crate::view::lib::use_lib;

#[function_component(AboutEdition)]
pub fn about_edition() -> Html {
    let e = use_edition();
    let lib = use_lib();
    let counted = counts(&lib.article.repairs);
    let total: usize = counted.iter().map(|(_, n)| n).sum();
    let rows = counted.iter().enumerate().map(|(i, (kind, n))| {
        html! {
            <tr data-kind={kind.code()}>
                <th scope="row">{ e.kinds[i] }</th>
                <td class="count" data-count={n.to_string()}>{ n }</td>
                <td>{ e.kind_notes[i] }</td>
            </tr>
        }
    });
    html! {
        <section class="about-edition" aria-labelledby="about-title">
            <h1 id="about-title">{ e.about }</h1>
            <p class="intro">{ e.about_intro }</p>
            <table class="repair-counts">
                <thead><tr>
                    <th scope="col">{ e.kind_column }</th>
                    <th scope="col">{ e.count_column }</th>
                    <th scope="col">{ e.what_column }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
                <tfoot><tr>
                    <th scope="row">{ e.total }</th>
                    <td class="count" data-count={total.to_string()}>{ total }</td>
                    <td></td>
                </tr></tfoot>
            </table>
            <p>{ e.how_to_see }</p>
            <h2>{ e.not_changed_title }</h2>
            <ul class="not-changed">{ for e.not_changed.iter().map(|s| html! { <li>{ *s }</li> }) }</ul>
            <p>{ e.tei_note }</p>
        </section>
    }
}

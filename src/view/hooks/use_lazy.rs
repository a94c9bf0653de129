//! Data loaded when a page is first opened (the map, the word list): fetched
//! once, kept for the rest of the visit, and offline afterwards because the
//! service worker precaches every file of the build.

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use serde::de::DeserializeOwned;
use yew::prelude::*;

pub enum Lazy<T> {
    Loading,
    Ready(Rc<T>),
    // Only the browser fetches; the build-time render never fails to.
    #[cfg_attr(not(feature = "csr"), allow(dead_code))]
    Failed(String),
}

impl<T> Clone for Lazy<T> {
    fn clone(&self) -> Self {
        match self {
            Lazy::Loading => Lazy::Loading,
            Lazy::Ready(t) => Lazy::Ready(t.clone()),
            Lazy::Failed(e) => Lazy::Failed(e.clone()),
        }
    }
}

impl<T> PartialEq for Lazy<T> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Lazy::Loading, Lazy::Loading) => true,
            (Lazy::Ready(a), Lazy::Ready(b)) => Rc::ptr_eq(a, b),
            (Lazy::Failed(a), Lazy::Failed(b)) => a == b,
            _ => false,
        }
    }
}

thread_local! {
    static LOADED: RefCell<HashMap<&'static str, Rc<dyn Any>>> = RefCell::new(HashMap::new());
}

fn cached<T: 'static>(name: &'static str) -> Option<Rc<T>> {
    LOADED
        .with(|l| l.borrow().get(name).cloned())
        .and_then(|any| any.downcast::<T>().ok())
}

/// The file `name` of the site as `T`, fetched on first use; `prepare` runs
/// once on what arrives (filling keys, say) before it is kept.
#[hook]
pub fn use_lazy<T: DeserializeOwned + 'static>(name: &'static str, prepare: fn(&mut T)) -> Lazy<T> {
    let state = use_state(|| cached::<T>(name).map_or(Lazy::Loading, Lazy::Ready));
    {
        let state = state.clone();
        use_effect_with(name, move |_| {
            if matches!(*state, Lazy::Loading) {
                load(name, prepare, state);
            }
        });
    }
    (*state).clone()
}

#[cfg(feature = "csr")]
fn load<T: DeserializeOwned + 'static>(
    name: &'static str,
    prepare: fn(&mut T),
    state: UseStateHandle<Lazy<T>>,
) {
    yew::platform::spawn_local(async move {
        let parsed = super::super::dom::fetch_site_json(name)
            .await
            .and_then(|value| {
                serde_wasm_bindgen::from_value::<T>(value).map_err(|e| format!("{name}: {e}"))
            });
        match parsed {
            Ok(mut data) => {
                prepare(&mut data);
                let data = Rc::new(data);
                LOADED.with(|l| l.borrow_mut().insert(name, data.clone() as Rc<dyn Any>));
                state.set(Lazy::Ready(data));
            }
            Err(e) => state.set(Lazy::Failed(e)),
        }
    });
}

/// At build time: the file's data, given, so the page renders with it.
#[cfg(feature = "ssr")]
pub fn seed<T: 'static>(name: &'static str, data: T) {
    LOADED.with(|l| l.borrow_mut().insert(name, Rc::new(data) as Rc<dyn Any>));
}

/// Nothing is fetched while rendering HTML at build time.
#[cfg(not(feature = "csr"))]
fn load<T: 'static>(_: &'static str, _: fn(&mut T), _: UseStateHandle<Lazy<T>>) {}

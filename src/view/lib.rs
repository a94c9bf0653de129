//! The loaded library, shared with every component through a Yew context:
//! compared by identity (it never changes after start-up, so a pointer
//! comparison is the right equality).

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::library::Library;

#[derive(Clone)]
pub struct Lib(pub Rc<Library>);

impl PartialEq for Lib {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Lib {
    type Target = Library;
    fn deref(&self) -> &Library {
        &self.0
    }
}

/// The library the App provides. Every component is rendered inside the
/// App's provider, so a missing context is a bug in the view, not bad input.
#[hook]
pub fn use_lib() -> Lib {
    use_context::<Lib>().expect("the App provides the library")
}

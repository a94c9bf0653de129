//! The loaded library as a prop: shared, compared by identity (it never changes
//! after start-up, so a pointer comparison is the right equality).

use std::ops::Deref;
use std::rc::Rc;

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

//! Function components. Each renders props and sends callbacks up; none holds audit or
//! state logic beyond UI-local toggles (such as "show all").

pub mod atomization;
pub mod banners;
pub mod common;
pub mod editor;
pub mod export;
pub mod findings;
pub mod header;
pub mod migration;
pub mod revised;
pub mod rules;
pub mod summary;
pub mod tables;
pub mod tabs;
pub mod toolbar;

use std::ops::Deref;
use std::rc::Rc;

/// An `Rc` compared by pointer. Reports are replaced, never mutated, so pointer equality
/// is exact, and it spares Yew a deep comparison of a large report on every render.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<Rc<T>> for Shared<T> {
    fn from(rc: Rc<T>) -> Self {
        Shared(rc)
    }
}

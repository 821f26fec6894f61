//! PostgreSQL and MySQL: sqlparser's AST mapped into the model.

use crate::model::{Dialect, ParseOutput};

pub fn parse(_source: &str, _dialect: Dialect, _out: &mut ParseOutput) {}

//! The playground app.
pub mod app;

//! The Schema Audit playground: a Yew app that audits DDL entirely in the browser.
//!
//! Logic lives in [`state`] so it can be tested natively; components only render state
//! and send actions.

pub mod app;
pub mod state;

/// The schema shown to a first-time visitor.
pub const SAMPLE_SCHEMA: &str = include_str!("../samples/ai_platform.sql");

//! The Schema Audit playground: a Yew app that audits DDL entirely in the browser.
//!
//! The audit runs in a Web Worker (the same wasm, see [`worker`]); the page
//! keeps a read-only copy of the report ([`report`]). Logic lives in pure modules
//! ([`state`], [`share`], [`highlight`], [`diff`]) so it can be tested natively; components
//! only render state and send actions.

pub mod app;
pub mod browser;
pub mod components;
pub mod diff;
pub mod highlight;
pub mod options;
pub mod protocol;
pub mod report;
pub mod samples;
pub mod share;
pub mod state;
pub mod worker;

/// The schema shown to a first-time visitor.
pub const SAMPLE_SCHEMA: &str = include_str!("../samples/ai_platform.sql");

//! Share links: decoding any fragment is total, and encoding loses nothing.
//!
//! Each input is used twice:
//! - as a fragment (lossily decoded text): `share::decode` must return `Ok` or `Err`, never
//!   panic, and an `Ok` state must survive `encode` then `decode` unchanged;
//! - as the source of a structured state (strings, options, view, selection built from the
//!   bytes with `arbitrary`'s `Unstructured`): `decode(encode(state))` must be `Ok(state)`.
//!
//! Neither half parses DDL, so no small stack is needed. Seeds are real links made by the
//! encoder (`cargo run --example seed`, see the README).
#![no_main]

use libfuzzer_sys::arbitrary::{Arbitrary, Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use schema_audit::{Dialect, Severity};
use schema_audit_web::options::Options;
use schema_audit_web::share::{decode, encode, SharedState, View};

fuzz_target!(|data: &[u8]| {
    let fragment = String::from_utf8_lossy(data);
    if let Ok(state) = decode(&fragment) {
        assert_eq!(
            decode(&encode(&state)),
            Ok(state),
            "a decoded link re-encodes losslessly"
        );
    }
    if let Ok(state) = shared_state(Unstructured::new(data)) {
        assert_eq!(decode(&encode(&state)), Ok(state), "a state round-trips");
    }
});

fn shared_state(mut u: Unstructured<'_>) -> Result<SharedState> {
    let options = Options {
        dialect: *u.choose(&[Dialect::MsSql, Dialect::Postgres, Dialect::MySql])?,
        tenant_column: u.arbitrary()?,
        multi_tenant: u.arbitrary()?,
        disabled_rules: u.arbitrary()?,
        severity_overrides: u
            .arbitrary_iter::<(String, u8)>()?
            .map(|entry| entry.map(|(rule, s)| (rule, Severity::ALL[usize::from(s) % 3])))
            .collect::<Result<_>>()?,
    };
    Ok(SharedState {
        options,
        view: *u.choose(&View::ALL)?,
        table: u.arbitrary()?,
        finding: u.arbitrary()?,
        // Last, so that the script takes whatever bytes the other fields leave.
        ddl: String::arbitrary_take_rest(u)?,
    })
}

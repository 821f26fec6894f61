//! Any bytes, any dialect: `parse` must return, never panic, never overflow the stack.
//!
//! The first byte picks the dialect; the rest is the script (lossily decoded, so invalid
//! UTF-8 still reaches the tokenizer as replacement characters). Parsing runs on a
//! 512 KiB stack, well under a browser worker's, so deep recursion shows up as a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;
use schema_audit_ddl::{parse, Dialect};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let dialect = match selector % 3 {
        0 => Dialect::MsSql,
        1 => Dialect::Postgres,
        _ => Dialect::MySql,
    };
    let text = String::from_utf8_lossy(rest).into_owned();
    let worker = std::thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(move || {
            let out = parse(&text, dialect);
            // Cheap invariants that must hold for every input.
            let s = out.statements;
            assert_eq!(s.total, s.understood + s.partial + s.failed + s.skipped);
            assert_eq!(s.total, out.statement_log.len());
        })
        .expect("spawn");
    if worker.join().is_err() {
        panic!("parse panicked");
    }
});

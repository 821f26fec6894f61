//! Debug helper: parse files (or truncations of them) and print progress.
#![allow(clippy::unwrap_used)]
fn main() {
    let args: Vec<String> = std::env::args().collect();
    for path in &args[1..] {
        let text = std::fs::read_to_string(path).unwrap();
        for (cut, _) in text.char_indices().step_by(3) {
            eprintln!("{path} {cut}");
            let _ = schema_audit_ddl::parse(&text[..cut], schema_audit_ddl::Dialect::MsSql);
        }
    }
}

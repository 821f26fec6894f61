//! Audits a file and prints the report: `cargo run -p schema-audit --example audit_file -- FILE [text|md|json|sarif]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: audit_file FILE [FORMAT]");
        std::process::exit(2);
    };
    let format = args
        .next()
        .and_then(|f| schema_audit::Format::from_name(&f))
        .unwrap_or(schema_audit::Format::Text);
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let report = schema_audit::audit(&text, &schema_audit::AuditOptions::default());
            print!("{}", schema_audit::render(&report, format));
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    }
}

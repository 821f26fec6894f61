//! Prints the front end's model of a file as JSON, to see what rules see.
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let parsed = schema_audit_ddl::parse(&text, schema_audit_ddl::Dialect::MsSql);
    println!(
        "{}",
        serde_json::to_string_pretty(&parsed).unwrap_or_default()
    );
}

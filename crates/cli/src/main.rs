//! `schema-audit`: file IO and flags only; all audit logic lives in `crates/audit`.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

#[derive(Parser)]
#[command(
    name = "schema-audit",
    version,
    about = "Audit SQL DDL for quality problems"
)]
struct Args {
    /// DDL files to read; `-` reads standard input.
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

fn read_input(path: &PathBuf) -> std::io::Result<String> {
    if path.as_os_str() == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        Ok(text)
    } else {
        std::fs::read_to_string(path)
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    for path in &args.files {
        match read_input(path) {
            Ok(text) => println!("{}", schema_audit::to_json(&schema_audit::audit(&text))),
            Err(e) => {
                eprintln!("schema-audit: cannot read {}: {e}", path.display());
                return ExitCode::from(2);
            }
        }
    }
    ExitCode::SUCCESS
}

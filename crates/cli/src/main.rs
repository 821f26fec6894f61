//! `schema-audit`: file IO and flags only; parsing lives in `crates/ddl`, auditing in
//! `crates/audit`.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use schema_audit_ddl::{ByKind, Diagnostic, Dialect, ParseOutput, Schema};
use serde::Serialize;

#[derive(Parser)]
#[command(
    name = "schema-audit",
    version,
    about = "Audit SQL DDL for quality problems"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse DDL and print the schema model, diagnostics and statement counts.
    Parse {
        /// DDL files to read; `-` reads standard input.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The SQL dialect of the input.
        #[arg(long, default_value = "mssql", value_parser = parse_dialect)]
        dialect: Dialect,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// Audit DDL and print the report.
    Audit {
        /// DDL files to read; `-` reads standard input.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The SQL dialect of the input.
        #[arg(long, default_value = "mssql", value_parser = parse_dialect)]
        dialect: Dialect,
        /// Output format: text, markdown, json or sarif.
        #[arg(long, default_value = "text", value_parser = parse_report_format)]
        format: schema_audit::Format,
        /// A JSON file of audit options.
        #[arg(long)]
        config: Option<PathBuf>,
        /// Exit 1 when a finding reaches this severity: critical, warning or never.
        #[arg(long, default_value = "critical", value_parser = parse_fail_on)]
        fail_on: schema_audit::FailOn,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Text,
}

fn parse_dialect(s: &str) -> Result<Dialect, String> {
    s.parse()
}

fn parse_report_format(s: &str) -> Result<schema_audit::Format, String> {
    schema_audit::Format::from_name(s)
        .ok_or_else(|| format!("unknown format `{s}`: expected text, markdown, json or sarif"))
}

fn parse_fail_on(s: &str) -> Result<schema_audit::FailOn, String> {
    schema_audit::FailOn::from_name(s)
        .ok_or_else(|| format!("unknown threshold `{s}`: expected critical, warning or never"))
}

/// The statement counts without the per-kind split, which is its own top-level key.
#[derive(Serialize)]
struct Counts {
    total: usize,
    understood: usize,
    partial: usize,
    failed: usize,
    skipped: usize,
}

/// The JSON contract of `schema-audit parse` for one file.
#[derive(Serialize)]
struct ParseReport<'a> {
    file: String,
    dialect: Dialect,
    statements: Counts,
    by_kind: ByKind,
    schema: &'a Schema,
    diagnostics: &'a [Diagnostic],
}

fn read_input(path: &Path) -> std::io::Result<String> {
    if path.as_os_str() == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        Ok(text)
    } else {
        std::fs::read_to_string(path)
    }
}

fn read_all(files: &[PathBuf]) -> Result<Vec<(String, String)>, ExitCode> {
    let mut inputs = Vec::new();
    for path in files {
        match read_input(path) {
            Ok(text) => inputs.push((path.display().to_string(), text)),
            Err(e) => {
                eprintln!("schema-audit: cannot read {}: {e}", path.display());
                return Err(ExitCode::from(2));
            }
        }
    }
    Ok(inputs)
}

fn report<'a>(file: &str, out: &'a ParseOutput) -> ParseReport<'a> {
    let s = out.statements;
    ParseReport {
        file: file.to_string(),
        dialect: out.dialect,
        statements: Counts {
            total: s.total,
            understood: s.understood,
            partial: s.partial,
            failed: s.failed,
            skipped: s.skipped,
        },
        by_kind: s.by_kind,
        schema: &out.schema,
        diagnostics: &out.diagnostics,
    }
}

fn print_text(file: &str, out: &ParseOutput) {
    let s = out.statements;
    println!(
        "{file}: {} statements: {} understood, {} partial, {} failed, {} skipped",
        s.total, s.understood, s.partial, s.failed, s.skipped
    );
    let k = s.by_kind;
    println!(
        "  CREATE TABLE {}/{}, CREATE INDEX {}/{}, ALTER TABLE {}/{} understood",
        k.create_table.understood,
        k.create_table.total,
        k.create_index.understood,
        k.create_index.total,
        k.alter_table.understood,
        k.alter_table.total
    );
    for table in &out.schema.tables {
        println!(
            "  table {} ({} columns, {} indexes, {} foreign keys)",
            table.name,
            table.columns.len(),
            table.indexes.len(),
            table.foreign_keys.len()
        );
        for column in &table.columns {
            let null = if column.nullable { "NULL" } else { "NOT NULL" };
            let ty = match &column.computed {
                Some(c) => format!("AS {}", c.expression),
                None => column.data_type.raw.clone(),
            };
            println!("    {} {ty} {null}", column.name);
        }
    }
    for d in &out.diagnostics {
        println!(
            "{file}:{}:{}: {:?} {}: {}",
            d.span.line, d.span.column, d.severity, d.code, d.message
        );
    }
}

fn run_parse(files: &[PathBuf], dialect: Dialect, format: Format) -> ExitCode {
    let inputs = match read_all(files) {
        Ok(inputs) => inputs,
        Err(code) => return code,
    };
    let outputs: Vec<(String, ParseOutput)> = inputs
        .into_iter()
        .map(|(name, text)| {
            let out = schema_audit_ddl::parse(&text, dialect);
            (name, out)
        })
        .collect();
    match format {
        Format::Text => outputs.iter().for_each(|(f, o)| print_text(f, o)),
        Format::Json => {
            let reports: Vec<_> = outputs.iter().map(|(f, o)| report(f, o)).collect();
            // One file prints one object; several print an array, in argument order.
            let json = if reports.len() == 1 {
                serde_json::to_string_pretty(&reports[0])
            } else {
                serde_json::to_string_pretty(&reports)
            };
            match json {
                Ok(json) => println!("{json}"),
                Err(e) => {
                    eprintln!("schema-audit: cannot serialize: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
    }
    ExitCode::SUCCESS
}

struct AuditArgs {
    dialect: Dialect,
    format: schema_audit::Format,
    config: Option<PathBuf>,
    fail_on: schema_audit::FailOn,
}

fn run_audit(files: &[PathBuf], args: AuditArgs) -> ExitCode {
    let mut options = match &args.config {
        Some(path) => match read_input(path)
            .map_err(|e| e.to_string())
            .and_then(|text| schema_audit::AuditOptions::from_json(&text))
        {
            Ok(options) => options,
            Err(e) => {
                eprintln!("schema-audit: bad config {}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
        None => schema_audit::AuditOptions::default(),
    };
    options.dialect = args.dialect;
    let inputs = match read_all(files) {
        Ok(inputs) => inputs,
        Err(code) => return code,
    };
    let mut code = 0;
    for (_, text) in inputs {
        let report = schema_audit::audit(&text, &options);
        println!("{}", schema_audit::render(&report, args.format));
        code = code.max(schema_audit::exit_code(&report, args.fail_on));
    }
    ExitCode::from(code)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse {
            files,
            dialect,
            format,
        } => run_parse(&files, dialect, format),
        Command::Audit {
            files,
            dialect,
            format,
            config,
            fail_on,
        } => run_audit(
            &files,
            AuditArgs {
                dialect,
                format,
                config,
                fail_on,
            },
        ),
    }
}

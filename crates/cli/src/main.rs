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
        /// Whether the schema is multi-tenant: auto (judged from the DDL), multi or single.
        /// Overrides the config file.
        #[arg(long, value_parser = parse_tenancy)]
        tenancy: Option<schema_audit::options::Tenancy>,
        /// Judge a table as a given role, e.g. `--role dbo.Sales=fact` (repeatable). Roles:
        /// entity, lookup, junction, extension, dimension, fact, staging, queue, log,
        /// history, cache, vendor, scratch.
        #[arg(long = "role", value_name = "TABLE=ROLE", value_parser = parse_role)]
        roles: Vec<(String, schema_audit::roles::TableRole)>,
    },
    /// Print the migration that takes a live database from FILE to its revised schema.
    Migrate {
        /// The DDL file; `-` reads standard input.
        file: PathBuf,
        /// The SQL dialect of the input.
        #[arg(long, default_value = "mssql", value_parser = parse_dialect)]
        dialect: Dialect,
        /// A JSON file of audit options (they decide the revised schema).
        #[arg(long)]
        config: Option<PathBuf>,
        /// Emit steps that can lose data instead of leaving them commented out.
        #[arg(long)]
        allow_data_loss: bool,
        /// Output: the SQL script, or the migration as JSON (steps and script).
        #[arg(long, value_enum, default_value_t = MigrationFormat::Sql)]
        format: MigrationFormat,
    },
    /// Print the migration that takes a live database from OLD to NEW.
    Diff {
        /// The schema the database has; `-` reads standard input.
        old: PathBuf,
        /// The schema it should have.
        new: PathBuf,
        /// The SQL dialect of both files.
        #[arg(long, default_value = "mssql", value_parser = parse_dialect)]
        dialect: Dialect,
        /// Emit steps that can lose data instead of leaving them commented out.
        #[arg(long)]
        allow_data_loss: bool,
        /// Output: the SQL script, or the migration as JSON (steps and script).
        #[arg(long, value_enum, default_value_t = MigrationFormat::Sql)]
        format: MigrationFormat,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum MigrationFormat {
    Sql,
    Json,
}

fn parse_tenancy(s: &str) -> Result<schema_audit::options::Tenancy, String> {
    use schema_audit::options::Tenancy;
    match s.to_ascii_lowercase().as_str() {
        "auto" => Ok(Tenancy::Auto),
        "multi" => Ok(Tenancy::Multi),
        "single" => Ok(Tenancy::Single),
        _ => Err(format!("`{s}` is not a tenancy; use auto, multi or single")),
    }
}

fn parse_role(s: &str) -> Result<(String, schema_audit::roles::TableRole), String> {
    let (table, role) = s
        .rsplit_once('=')
        .ok_or_else(|| format!("`{s}` is not TABLE=ROLE"))?;
    let known = schema_audit::roles::TableRole::ALL
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let role = schema_audit::roles::TableRole::parse(role)
        .ok_or_else(|| format!("`{role}` is not a role; use one of {known}"))?;
    if table.trim().is_empty() {
        return Err(format!("`{s}` names no table"));
    }
    Ok((table.trim().to_string(), role))
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
    tenancy: Option<schema_audit::options::Tenancy>,
    roles: Vec<(String, schema_audit::roles::TableRole)>,
}

fn read_options(config: &Option<PathBuf>) -> Result<schema_audit::AuditOptions, ExitCode> {
    match config {
        Some(path) => read_input(path)
            .map_err(|e| e.to_string())
            .and_then(|text| schema_audit::AuditOptions::from_json(&text))
            .map_err(|e| {
                eprintln!("schema-audit: bad config {}: {e}", path.display());
                ExitCode::from(2)
            }),
        None => Ok(schema_audit::AuditOptions::default()),
    }
}

/// Prints a migration computed by `make`, containing any panic as exit code 3.
fn print_migration(
    what: &str,
    format: MigrationFormat,
    make: impl FnOnce() -> schema_audit::migrate::Migration + std::panic::UnwindSafe,
) -> ExitCode {
    let migration = match std::panic::catch_unwind(make) {
        Ok(m) => m,
        Err(_) => {
            eprintln!("schema-audit: internal error while computing the migration for {what}");
            eprintln!("schema-audit: please report this with the input that caused it");
            return ExitCode::from(3);
        }
    };
    match format {
        MigrationFormat::Sql => print!("{}", migration.sql),
        MigrationFormat::Json => match serde_json::to_string_pretty(&migration) {
            Ok(json) => println!("{json}"),
            Err(e) => {
                eprintln!("schema-audit: cannot serialize: {e}");
                return ExitCode::from(3);
            }
        },
    }
    ExitCode::SUCCESS
}

fn run_migrate(
    file: &Path,
    dialect: Dialect,
    config: &Option<PathBuf>,
    allow_data_loss: bool,
    format: MigrationFormat,
) -> ExitCode {
    let mut options = match read_options(config) {
        Ok(options) => options,
        Err(code) => return code,
    };
    options.dialect = dialect;
    let text = match read_all(&[file.to_path_buf()]) {
        Ok(mut inputs) => inputs.remove(0).1,
        Err(code) => return code,
    };
    print_migration(&file.display().to_string(), format, || {
        fault_injection(&text);
        schema_audit::migrate::migrate(&text, &options, allow_data_loss)
    })
}

fn run_diff(
    old: &Path,
    new: &Path,
    dialect: Dialect,
    allow_data_loss: bool,
    format: MigrationFormat,
) -> ExitCode {
    let (old_text, new_text) = match read_all(&[old.to_path_buf(), new.to_path_buf()]) {
        Ok(mut inputs) => {
            let new = inputs.remove(1).1;
            (inputs.remove(0).1, new)
        }
        Err(code) => return code,
    };
    let options = schema_audit::migrate::MigrateOptions {
        dialect,
        allow_data_loss,
    };
    let what = format!("{} and {}", old.display(), new.display());
    print_migration(&what, format, || {
        fault_injection(&new_text);
        schema_audit::migrate::diff_sources(&old_text, &new_text, &options)
    })
}

fn run_audit(files: &[PathBuf], args: AuditArgs) -> ExitCode {
    let mut options = match read_options(&args.config) {
        Ok(options) => options,
        Err(code) => return code,
    };
    options.dialect = args.dialect;
    if let Some(tenancy) = args.tenancy {
        options.tenancy = tenancy;
    }
    options.roles.extend(args.roles.iter().cloned());
    let inputs = match read_all(files) {
        Ok(inputs) => inputs,
        Err(code) => return code,
    };
    // Everything is rendered before anything is printed, so a failure never leaves
    // half-printed JSON or SARIF behind.
    let mut rendered = Vec::new();
    let mut code = 0;
    for (name, text) in &inputs {
        match audit_one(name, text, &options, &args) {
            Ok((output, exit)) => {
                rendered.push((name.as_str(), output));
                code = code.max(exit);
            }
            Err(message) => {
                eprintln!("schema-audit: internal error while auditing {name}: {message}");
                eprintln!("schema-audit: please report this with the input that caused it");
                return ExitCode::from(3);
            }
        }
    }
    match combine(rendered, args.format) {
        Ok(output) => println!("{output}"),
        Err(message) => {
            eprintln!("schema-audit: internal error while combining reports: {message}");
            return ExitCode::from(3);
        }
    }
    ExitCode::from(code)
}

/// Audits one input, containing any panic so that it becomes exit code 3 naming the file.
/// Returns the rendered report and the exit code its findings call for.
fn audit_one(
    name: &str,
    text: &str,
    options: &schema_audit::AuditOptions,
    args: &AuditArgs,
) -> Result<(String, u8), String> {
    std::panic::catch_unwind(|| {
        fault_injection(text);
        let report = schema_audit::audit(text, options);
        let output = schema_audit::render_named(&report, args.format, name);
        (output, schema_audit::exit_code(&report, args.fail_on))
    })
    .map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "the audit panicked".to_string())
    })
}

/// A deliberate failure for the tests of the failure path: it fires only when the
/// environment variable is set *and* the input carries the marker, so no real input can
/// trigger it by accident.
fn fault_injection(text: &str) {
    const MARKER: &str = "schema-audit-test-fault";
    if std::env::var_os("SCHEMA_AUDIT_FAULT_INJECTION").is_some() && text.contains(MARKER) {
        panic!("fault injected for a test");
    }
}

/// One document for all inputs: JSON becomes an array of reports (each with its `file`)
/// when there are several, SARIF one run whose results cover every file, and text and
/// Markdown one section per file.
fn combine(rendered: Vec<(&str, String)>, format: schema_audit::Format) -> Result<String, String> {
    use schema_audit::Format;
    if rendered.len() == 1 && !matches!(format, Format::Json) {
        return Ok(rendered.into_iter().map(|(_, output)| output).collect());
    }
    match format {
        Format::Json => {
            let mut reports = Vec::new();
            for (name, output) in &rendered {
                let mut value: serde_json::Value =
                    serde_json::from_str(output).map_err(|e| e.to_string())?;
                if let Some(object) = value.as_object_mut() {
                    object.insert("file".into(), serde_json::Value::String(name.to_string()));
                }
                reports.push(value);
            }
            let value = match reports.len() {
                1 => reports.remove(0),
                _ => serde_json::Value::Array(reports),
            };
            serde_json::to_string_pretty(&value).map_err(|e| e.to_string())
        }
        Format::Sarif => {
            let mut logs = rendered
                .iter()
                .map(|(_, output)| serde_json::from_str::<serde_json::Value>(output))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| e.to_string())?;
            let mut merged = logs.remove(0);
            for log in logs {
                let results = log["runs"][0]["results"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                if let Some(all) = merged["runs"][0]["results"].as_array_mut() {
                    all.extend(results);
                }
            }
            serde_json::to_string_pretty(&merged).map_err(|e| e.to_string())
        }
        Format::Text | Format::Markdown => Ok(rendered
            .iter()
            .map(|(name, output)| format!("==> {name} <==\n{output}"))
            .collect::<Vec<_>>()
            .join("\n")),
    }
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
            tenancy,
            roles,
        } => run_audit(
            &files,
            AuditArgs {
                dialect,
                format,
                config,
                fail_on,
                tenancy,
                roles,
            },
        ),
        Command::Migrate {
            file,
            dialect,
            config,
            allow_data_loss,
            format,
        } => run_migrate(&file, dialect, &config, allow_data_loss, format),
        Command::Diff {
            old,
            new,
            dialect,
            allow_data_loss,
            format,
        } => run_diff(&old, &new, dialect, allow_data_loss, format),
    }
}

//! Canonical spellings of column types, so a type as the script wrote it (`int`, `SERIAL`,
//! `VARCHAR(40)`, `timestamptz`, `bool`) can be compared with the type the server reports.
//!
//! Both sides go through the same function: the server's own spelling (`format_type()` on
//! PostgreSQL, `COLUMN_TYPE` on MariaDB) is already canonical and comes out unchanged, and
//! the script's aliases are mapped to it. Only spellings the server treats as the same type
//! are merged; a different length, precision or element type stays different.

/// The canonical PostgreSQL spelling, as `format_type(atttypid, atttypmod)` prints it.
pub fn postgres(raw: &str) -> String {
    let text = collapse_whitespace(raw);
    let (text, dimensions) = strip_array_suffix(&text);
    let Parts { name, args } = split_args(&text);
    // Quoted parts keep their case; unquoted ones fold to lower case, as the server folds them.
    let name = name
        .split('.')
        .map(|part| {
            let part = part.trim();
            if part.starts_with('"') {
                // format_type quotes a name only when it must: `"Mood"`, but `mood`.
                let name = unquote(part);
                let simple = name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
                if simple {
                    name
                } else {
                    format!("\"{}\"", name.replace('"', "\"\""))
                }
            } else {
                part.to_lowercase()
            }
        })
        .collect::<Vec<_>>();
    // `public.mood` and `pg_catalog.int4` print without their schema.
    let name = match name.as_slice() {
        [schema, bare] if schema == "public" || schema == "pg_catalog" => bare.clone(),
        _ => name.join("."),
    };
    let args = args.map(|a| a.replace(' ', ""));
    let (canonical, args) = match name.as_str() {
        "int" | "int4" | "integer" | "serial" | "serial4" => ("integer", None),
        "int8" | "bigint" | "bigserial" | "serial8" => ("bigint", None),
        "int2" | "smallint" | "smallserial" | "serial2" => ("smallint", None),
        "bool" | "boolean" => ("boolean", None),
        "varchar" | "character varying" | "char varying" => ("character varying", args),
        "char" | "character" => ("character", args.or_else(|| Some("1".to_string()))),
        "bpchar" if args.is_some() => ("character", args),
        "float8" | "double precision" => ("double precision", None),
        "float4" | "real" => ("real", None),
        "float" => match args.as_deref().and_then(|a| a.parse::<u32>().ok()) {
            Some(bits) if bits <= 24 => ("real", None),
            _ => ("double precision", None),
        },
        "decimal" | "numeric" => ("numeric", args),
        "timestamp" | "timestamp without time zone" => ("timestamp without time zone", args),
        "timestamptz" | "timestamp with time zone" => ("timestamp with time zone", args),
        "time" | "time without time zone" => ("time without time zone", args),
        "timetz" | "time with time zone" => ("time with time zone", args),
        "varbit" | "bit varying" => ("bit varying", args),
        "bit" => ("bit", args.or_else(|| Some("1".to_string()))),
        other => (other, args),
    };
    let mut out = match (canonical.split_once(' '), &args) {
        // format_type puts a time precision after the first word: timestamp(3) with time zone.
        (Some((first, rest)), Some(a)) if first == "timestamp" || first == "time" => {
            format!("{first}({a}) {rest}")
        }
        (_, Some(a)) => format!("{canonical}({a})"),
        (_, None) => canonical.to_string(),
    };
    for _ in 0..dimensions {
        out.push_str("[]");
    }
    out
}

/// The canonical MariaDB spelling, as `information_schema.COLUMNS.COLUMN_TYPE` prints it,
/// with integer display widths removed (`int(11)` is `int`), except `tinyint(1)`, which is
/// how MariaDB spells `BOOLEAN`. `unsigned` is the model's separate flag, added when the
/// raw text lacks it.
pub fn mariadb(raw: &str, unsigned: bool) -> String {
    let text = collapse_whitespace(raw);
    let Parts { name, args } = split_args(&text);
    let mut words = name.split(' ').map(str::to_lowercase);
    let mut base = words.next().unwrap_or_default();
    let mut modifiers: Vec<String> = Vec::new();
    let mut rest: Vec<String> = words.collect();
    // Two-word names.
    match (base.as_str(), rest.first().map(String::as_str)) {
        ("double", Some("precision"))
        | ("character", Some("varying"))
        | ("national", Some("char" | "character" | "varchar"))
        | ("long", Some("varchar" | "varbinary")) => {
            base = format!("{base} {}", rest.remove(0));
            if base == "national character" && rest.first().is_some_and(|w| w == "varying") {
                base = format!("{base} {}", rest.remove(0));
            }
        }
        _ => {}
    }
    let mut unsigned = unsigned;
    for word in &rest {
        match word.as_str() {
            "unsigned" => unsigned = true,
            "zerofill" => {
                unsigned = true;
                modifiers.push("zerofill".to_string());
            }
            _ => {}
        }
    }
    let args = args.map(|a| strip_unquoted_spaces(&a));
    let integer = |name: &str, args: Option<String>| {
        let keep = name == "tinyint" && args.as_deref() == Some("1");
        (name.to_string(), if keep { args } else { None })
    };
    let (name, args) = match base.as_str() {
        "int" | "integer" | "int4" => integer("int", args),
        "tinyint" | "int1" => integer("tinyint", args),
        "smallint" | "int2" => integer("smallint", args),
        "mediumint" | "int3" | "middleint" => integer("mediumint", args),
        "bigint" | "int8" => integer("bigint", args),
        "bool" | "boolean" => ("tinyint".to_string(), Some("1".to_string())),
        "serial" => {
            unsigned = true;
            ("bigint".to_string(), None)
        }
        "dec" | "decimal" | "numeric" | "fixed" => {
            let args = match args.as_deref() {
                None => "10,0".to_string(),
                Some(a) if !a.contains(',') => format!("{a},0"),
                Some(a) => a.to_string(),
            };
            ("decimal".to_string(), Some(args))
        }
        "double" | "double precision" | "real" | "float8" => ("double".to_string(), args),
        "float4" => ("float".to_string(), args),
        "float" => match args.as_deref() {
            Some(a) if !a.contains(',') => match a.parse::<u32>() {
                Ok(bits) if bits > 24 => ("double".to_string(), None),
                _ => ("float".to_string(), None),
            },
            _ => ("float".to_string(), args),
        },
        "char" | "character" | "nchar" | "national char" | "national character" => {
            ("char".to_string(), args.or_else(|| Some("1".to_string())))
        }
        "varchar"
        | "character varying"
        | "nvarchar"
        | "national varchar"
        | "national character varying" => ("varchar".to_string(), args),
        "binary" => ("binary".to_string(), args.or_else(|| Some("1".to_string()))),
        "bit" => ("bit".to_string(), args.or_else(|| Some("1".to_string()))),
        "long" | "long varchar" => ("mediumtext".to_string(), None),
        "long varbinary" => ("mediumblob".to_string(), None),
        // MariaDB's JSON is an alias of LONGTEXT (with a json_valid check).
        "json" => ("longtext".to_string(), None),
        "year" => ("year".to_string(), None),
        "datetime" | "timestamp" | "time" => (base.clone(), args.filter(|a| a != "0")),
        "enum" | "set" => (base.clone(), args),
        other => (other.to_string(), args),
    };
    let mut out = match args {
        Some(a) => format!("{name}({a})"),
        None => name,
    };
    if unsigned && is_numeric(&out) {
        out.push_str(" unsigned");
    }
    for modifier in modifiers {
        out.push(' ');
        out.push_str(&modifier);
    }
    out
}

fn is_numeric(canonical: &str) -> bool {
    let name = canonical.split('(').next().unwrap_or_default();
    matches!(
        name,
        "tinyint" | "smallint" | "mediumint" | "int" | "bigint" | "decimal" | "float" | "double"
    )
}

struct Parts {
    /// The words of the name, with the argument list cut out: `timestamp without time zone`.
    name: String,
    /// The text inside the first parentheses, if any.
    args: Option<String>,
}

/// Cuts the first parenthesised group out of a type, respecting quotes inside it
/// (`enum('a)', 'b')`).
fn split_args(text: &str) -> Parts {
    let Some(open) = text.find('(') else {
        return Parts {
            name: text.trim().to_string(),
            args: None,
        };
    };
    let mut depth = 0;
    let mut quote: Option<char> = None;
    let mut close = None;
    for (i, c) in text.char_indices().skip_while(|(i, _)| *i < open) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '(') => depth += 1,
            (None, ')') => {
                depth -= 1;
                if depth == 0 {
                    close = Some(i);
                    break;
                }
            }
            _ => {}
        }
    }
    let Some(close) = close else {
        return Parts {
            name: text.trim().to_string(),
            args: None,
        };
    };
    let name = format!("{} {}", text[..open].trim(), text[close + 1..].trim());
    Parts {
        name: name.trim().to_string(),
        args: Some(text[open + 1..close].trim().to_string()),
    }
}

fn strip_array_suffix(text: &str) -> (String, usize) {
    let mut text = text.trim().to_string();
    let mut dimensions = 0;
    loop {
        if text.to_lowercase().ends_with(" array") {
            text.truncate(text.len() - " array".len());
            dimensions += 1;
        } else if text.ends_with(']') {
            match text.rfind('[') {
                Some(open) => text.truncate(open),
                None => break,
            }
            dimensions += 1;
        } else {
            break;
        }
        text = text.trim_end().to_string();
    }
    (text, dimensions)
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn unquote(text: &str) -> String {
    text.strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .map(|t| t.replace("\"\"", "\""))
        .unwrap_or_else(|| text.to_string())
}

/// Removes spaces outside quoted strings: `'a', 'b'` becomes `'a','b'`.
fn strip_unquoted_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut quote: Option<char> = None;
    for c in text.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => {
                quote = None;
                out.push(c);
            }
            (Some(_), c) => out.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                out.push(c);
            }
            (None, c) if c.is_whitespace() => {}
            (None, c) => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgres_aliases_reach_format_type_spellings() {
        let cases = [
            ("SERIAL", "integer"),
            ("int4", "integer"),
            ("BIGSERIAL", "bigint"),
            ("bool", "boolean"),
            ("VARCHAR(255)", "character varying(255)"),
            ("character varying", "character varying"),
            ("char", "character(1)"),
            ("CHAR(2)", "character(2)"),
            ("timestamptz", "timestamp with time zone"),
            (
                "timestamp(6) without time zone",
                "timestamp(6) without time zone",
            ),
            ("TIMESTAMP(3)", "timestamp(3) without time zone"),
            ("timestamp(0) with time zone", "timestamp(0) with time zone"),
            ("DECIMAL(10, 2)", "numeric(10,2)"),
            ("float", "double precision"),
            ("float(10)", "real"),
            ("bigint[]", "bigint[]"),
            ("text[][]", "text[][]"),
            ("character varying[]", "character varying[]"),
            ("public.mood", "mood"),
            ("\"Mood\"", "\"Mood\""),
            ("\"mood\"", "mood"),
            ("jsonb", "jsonb"),
        ];
        for (raw, canonical) in cases {
            assert_eq!(postgres(raw), canonical, "{raw}");
            assert_eq!(postgres(canonical), canonical, "{canonical} is a fixpoint");
        }
    }

    #[test]
    fn mariadb_aliases_reach_column_type_spellings() {
        let cases = [
            ("INT(11)", false, "int"),
            ("int(10) unsigned", false, "int unsigned"),
            ("BIGINT", true, "bigint unsigned"),
            ("bool", false, "tinyint(1)"),
            ("TINYINT(1)", false, "tinyint(1)"),
            ("tinyint(4)", false, "tinyint"),
            ("integer", false, "int"),
            ("DECIMAL", false, "decimal(10,0)"),
            ("numeric(8)", false, "decimal(8,0)"),
            ("VARCHAR(40) BINARY", false, "varchar(40)"),
            ("varchar(191) CHARACTER SET utf8mb4", false, "varchar(191)"),
            ("ENUM('a', 'b c')", false, "enum('a','b c')"),
            ("json", false, "longtext"),
            ("datetime(6)", false, "datetime(6)"),
            ("double precision", false, "double"),
            ("char", false, "char(1)"),
        ];
        for (raw, unsigned, canonical) in cases {
            assert_eq!(mariadb(raw, unsigned), canonical, "{raw}");
            assert_eq!(
                mariadb(canonical, false),
                canonical,
                "{canonical} is a fixpoint"
            );
        }
    }
}

//! Every name pattern the engine guesses from, in one place.
//!
//! Rules never match names themselves: they ask this module, so that the guesses are
//! consistent and can be reviewed (and tuned) together.

/// Lower-cases a name and strips brackets and quotes.
fn norm(name: &str) -> String {
    name.trim_matches(|c| c == '[' || c == ']' || c == '"' || c == '`')
        .to_ascii_lowercase()
}

fn ends_with_any(name: &str, suffixes: &[&str]) -> bool {
    let n = strip_quotes(name).as_bytes();
    suffixes
        .iter()
        .any(|s| n.len() >= s.len() && n[n.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes()))
}

/// Whether `haystack` contains one of the lower-case `needles`, ignoring ASCII case, without
/// allocating: these run per column per rule. The name is lower-cased once (on the stack:
/// names are short), so each needle costs one byte compare per position until its first byte
/// matches.
fn contains_any_ci(haystack: &str, needles: &[&str]) -> bool {
    let mut buf = [0u8; 128];
    let owned;
    let lower: &[u8] = match buf.get_mut(..haystack.len()) {
        Some(bytes) => {
            bytes.copy_from_slice(haystack.as_bytes());
            bytes.make_ascii_lowercase();
            bytes
        }
        None => {
            owned = haystack.to_ascii_lowercase();
            owned.as_bytes()
        }
    };
    needles.iter().any(|n| contains_bytes(lower, n.as_bytes()))
}

fn contains_bytes(haystack: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    haystack.len() >= needle.len()
        && (0..=haystack.len() - needle.len())
            .any(|i| haystack[i] == first && haystack[i + 1..i + needle.len()] == *rest)
}

/// `parts` must be lower case.
fn contains_any(name: &str, parts: &[&str]) -> bool {
    debug_assert!(parts
        .iter()
        .all(|p| !p.bytes().any(|b| b.is_ascii_uppercase())));
    contains_any_ci(strip_quotes(name), parts)
}

fn strip_quotes(name: &str) -> &str {
    name.trim_matches(|c| c == '[' || c == ']' || c == '"' || c == '`')
}

/// Splits a PascalCase or snake_case name into lower-case words.
pub fn words(name: &str) -> Vec<String> {
    word_slices(name).map(str::to_ascii_lowercase).collect()
}

/// The words of a PascalCase or snake_case name as slices of it, in its own case. The name
/// checks below compare these ignoring case rather than allocating lower-case copies: they
/// run per column per rule.
fn word_slices(name: &str) -> WordSlices<'_> {
    WordSlices { name, pos: 0 }
}

struct WordSlices<'a> {
    name: &'a str,
    pos: usize,
}

impl<'a> Iterator for WordSlices<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.name.as_bytes();
        let mut start = self.pos;
        for i in self.pos..bytes.len() {
            let c = bytes[i];
            if c == b'_' || c == b' ' {
                if start < i {
                    self.pos = i + 1;
                    return Some(&self.name[start..i]);
                }
                start = i + 1;
                continue;
            }
            let boundary = c.is_ascii_uppercase()
                && i > start
                && (bytes[i - 1].is_ascii_lowercase()
                    || bytes.get(i + 1).is_some_and(|n| n.is_ascii_lowercase()));
            // Only split at ASCII positions, which are always char boundaries.
            if boundary {
                self.pos = i;
                return Some(&self.name[start..i]);
            }
        }
        self.pos = bytes.len();
        (start < bytes.len()).then(|| &self.name[start..])
    }
}

/// The last word of a name (see [`words`]), in the name's own case.
pub fn last_word(name: &str) -> Option<&str> {
    word_slices(name).last()
}

/// Whether `word` is one of the lower-case `set`, ignoring case.
pub fn is_one_of(word: &str, set: &[&str]) -> bool {
    set.iter().any(|s| word.eq_ignore_ascii_case(s))
}

fn starts_with_ci(name: &str, prefix: &str) -> bool {
    name.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Whether the column is the configured tenant column (case-insensitive).
pub fn is_tenant_column(column: &str, tenant_column: &str) -> bool {
    strip_quotes(column).eq_ignore_ascii_case(strip_quotes(tenant_column))
}

/// Status, type, kind and level columns whose values come from a closed set.
pub fn is_enum_like(column: &str) -> bool {
    let Some(last) = last_word(column) else {
        return false;
    };
    // A `...TypeId` or `...StatusId` is a key, not an enum value.
    is_one_of(
        last,
        &[
            "status",
            "type",
            "kind",
            "level",
            "state",
            "stage",
            "severity",
            "priority",
            "tier",
            "category",
            "mode",
            "environment",
            "phase",
        ],
    ) && !(word_slices(column).count() == 1 && last.eq_ignore_ascii_case("priority"))
}

/// URL, URI and file path columns.
pub fn is_url_or_path(column: &str) -> bool {
    last_word(column).is_some_and(|l| {
        is_one_of(
            l,
            &["url", "uri", "path", "href", "link", "endpoint", "location"],
        )
    }) || ends_with_any(column, &["url", "uri", "filepath"])
}

/// Columns that by name hold JSON documents.
pub fn is_json_name(column: &str) -> bool {
    word_slices(column).any(|x| x.eq_ignore_ascii_case("json"))
        || last_word(column).is_some_and(|l| {
            is_one_of(
                l,
                &[
                    "metadata",
                    "config",
                    "configuration",
                    "settings",
                    "parameters",
                    "payload",
                    "properties",
                    "attributes",
                    "results",
                    "options",
                    "state",
                    "context",
                ],
            )
        }) && word_slices(column).count() <= 3
}

/// Columns holding a shape, list or array of values.
pub fn is_structured_string(column: &str) -> bool {
    last_word(column).is_some_and(|l| {
        is_one_of(
            l,
            &[
                "shape",
                "dims",
                "dimensions",
                "list",
                "array",
                "tags",
                "ids",
                "vector",
                "csv",
            ],
        )
    })
}

/// Whether the name reads as a source-code, free text or message column.
pub fn is_free_text(column: &str) -> bool {
    last_word(column).is_some_and(|l| {
        is_one_of(
            l,
            &[
                "message",
                "text",
                "code",
                "snippet",
                "description",
                "notes",
                "content",
                "body",
                "trace",
                "comment",
                "summary",
                "prompt",
                "response",
            ],
        )
    })
}

/// The audit-trail columns a table should carry.
pub const AUDIT_COLUMNS: [AuditColumn; 4] = [
    AuditColumn {
        canonical: "CreatedAt",
        aliases: &[
            "createdat",
            "createdatutc",
            "createddate",
            "created",
            "createdon",
            "createdutc",
            "datecreated",
            "ingestiondate",
        ],
        definition: "CreatedAt DATETIME2(7) NOT NULL DEFAULT SYSUTCDATETIME()",
    },
    AuditColumn {
        canonical: "UpdatedAt",
        aliases: &[
            "updatedat",
            "updatedatutc",
            "modifiedat",
            "modifieddate",
            "lastmodified",
            "lastupdated",
            "updatedon",
            "modifiedon",
            "lasteditedwhen",
            "validfrom",
        ],
        definition: "UpdatedAt DATETIME2(7) NULL",
    },
    AuditColumn {
        canonical: "CreatedBy",
        aliases: &[
            "createdby",
            "createdbyuserid",
            "createdbyid",
            "insertedby",
            "triggeredby",
        ],
        definition: "CreatedBy NVARCHAR(128) NULL",
    },
    AuditColumn {
        canonical: "ModifiedBy",
        aliases: &[
            "modifiedby",
            "updatedby",
            "lasteditedby",
            "modifiedbyuserid",
            "updatedbyuserid",
        ],
        definition: "ModifiedBy NVARCHAR(128) NULL",
    },
];

/// One audit column and the names that count as having it.
pub struct AuditColumn {
    pub canonical: &'static str,
    pub aliases: &'static [&'static str],
    pub definition: &'static str,
}

impl AuditColumn {
    pub fn matches(&self, column: &str) -> bool {
        let n = strip_quotes(column);
        self.aliases.iter().any(|a| a.eq_ignore_ascii_case(n))
    }
}

/// Tables that hold no tenant data: change capture checkpoints, builds, migrations, lookups.
pub fn is_infrastructure_table(table: &str) -> bool {
    contains_any(
        table,
        &[
            "cdccheckpoint",
            "checkpoint",
            "cicd",
            "build",
            "migrationhistory",
            "__ef",
            "schemaversion",
            "schema_version",
            "flyway",
            "deployment",
            "dbup",
            "sysdiagram",
            "changelog",
            "databaselog",
            "errorlog",
            "awbuildversion",
            "systemparameter",
            "outbox",
            "lock",
        ],
    )
}

/// Tables that cache derived data for speed.
pub fn is_cache_table(table: &str) -> bool {
    contains_any(table, &["cache", "cached"])
}

/// Tables that grow forever unless something deletes old rows.
pub fn is_log_like_table(table: &str) -> bool {
    word_slices(table).any(|x| {
        is_one_of(
            x,
            &[
                "log",
                "logs",
                "history",
                "job",
                "jobs",
                "event",
                "events",
                "audit",
                "trace",
                "telemetry",
                "progress",
                "queue",
                "archive",
            ],
        )
    })
}

/// Tables holding money or legal records that must survive a restart.
pub fn is_business_critical_table(table: &str) -> bool {
    contains_any(
        table,
        &[
            "billing",
            "ledger",
            "invoice",
            "payment",
            "order",
            "transaction",
            "account",
            "usage",
            "charge",
            "subscription",
        ],
    )
}

/// Tables whose rows are time series and grow fast.
pub fn is_time_series_table(table: &str) -> bool {
    is_log_like_table(table)
        || contains_any(
            table,
            &[
                "metric",
                "measurement",
                "reading",
                "sample",
                "usage",
                "activity",
                "coefficient",
                "tensoratom",
            ],
        )
}

/// Timestamp columns that time-series partitioning keys on, best first.
pub fn is_event_time(column: &str) -> bool {
    let n = strip_quotes(column);
    is_one_of(
        n,
        &[
            "createdat",
            "createdatutc",
            "startedat",
            "starttime",
            "occurredat",
        ],
    ) || ends_with_any(n, &["timestamp"])
        || ends_with_any(n, &["date"]) && word_slices(column).count() <= 2
}

/// Name, last-used and active-flag columns that queries filter on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LookupKind {
    Name,
    LastUsed,
    ActiveFlag,
    /// Morton, Hilbert and other space-filling-curve codes, scanned by range.
    SpatialKey,
}

pub fn lookup_kind(column: &str) -> Option<LookupKind> {
    // Most columns are none of these; decide that without allocating.
    if !contains_any(
        column,
        &[
            "name", "active", "enabled", "last", "morton", "hilbert", "zorder", "geohash",
        ],
    ) {
        return None;
    }
    let n = norm(column);
    if n == "name" {
        Some(LookupKind::Name)
    } else if n == "isactive" || n == "active" || n == "isenabled" || n == "enabled" {
        Some(LookupKind::ActiveFlag)
    } else if n == "lastused"
        || n == "lastusedat"
        || n == "lastaccessed"
        || n == "lastaccessedat"
        || n == "lastseen"
    {
        Some(LookupKind::LastUsed)
    } else if n.contains("morton")
        || n.contains("hilbert")
        || n.contains("zorder")
        || n == "geohash"
    {
        Some(LookupKind::SpatialKey)
    } else if n.ends_with("name") && n.len() > 4 && !n.starts_with("display") {
        Some(LookupKind::Name)
    } else {
        None
    }
}

/// Whether the column names the table's own rows: `Name`, or `ModelName` in `Model`
/// (ignoring case, without allocating).
pub fn is_own_name_column(column: &str, table: &str) -> bool {
    let (c, t) = (column.as_bytes(), table.as_bytes());
    column.eq_ignore_ascii_case("name")
        || c.len() == t.len() + 4
            && c[..t.len()].eq_ignore_ascii_case(t)
            && c[t.len()..].eq_ignore_ascii_case(b"name")
}

/// Whether the column's comments or description mark it deprecated or obsolete.
pub fn is_marked_deprecated(column: &schema_audit_ddl::Column) -> bool {
    const MARKERS: [&str; 4] = ["deprecated", "obsolete", "do not use", "no longer used"];
    let marked = |text: &str| {
        let lower = text.to_ascii_lowercase();
        MARKERS.iter().any(|m| lower.contains(m))
    };
    column.comments.iter().any(|c| marked(&c.text))
        || column.description.as_deref().is_some_and(marked)
}

/// Columns that read as measurements or scores, where precision matters.
pub fn is_measurement(column: &str) -> bool {
    last_word(column).is_some_and(|l| {
        is_one_of(
            l,
            &[
                "score",
                "rate",
                "ratio",
                "weight",
                "scale",
                "point",
                "probability",
                "confidence",
                "latitude",
                "longitude",
                "amount",
                "value",
                "similarity",
                "distance",
                "ms",
            ],
        )
    })
}

/// Runtime counters and metrics, which stay in the table rather than becoming atoms.
pub fn is_counter_or_metric(column: &str) -> bool {
    let n = strip_quotes(column);
    last_word(column).is_some_and(|l| {
        is_one_of(
            l,
            &[
                "count", "ms", "bytes", "rate", "ratio", "seconds", "duration", "retries",
                "attempts", "quantity", "cost", "total", "size", "score", "number",
            ],
        )
    }) || starts_with_ci(n, "avg")
        || starts_with_ci(n, "average")
        || starts_with_ci(n, "max")
        || starts_with_ci(n, "min")
        || starts_with_ci(n, "total")
        || starts_with_ci(n, "num")
}

/// Derives the table a `...Id` column references, e.g. `ModelId` -> `Model`,
/// `SourceUsageId` -> candidates `SourceUsage`, `Usage`.
pub fn referenced_table_candidates(column: &str) -> Vec<String> {
    let trimmed = column.trim_matches(|c| c == '[' || c == ']');
    let Some(stem) = trimmed
        .strip_suffix("Id")
        .or_else(|| trimmed.strip_suffix("ID"))
        .or_else(|| trimmed.strip_suffix("_id"))
    else {
        return Vec::new();
    };
    if stem.is_empty() {
        return Vec::new();
    }
    let mut out = vec![stem.to_string()];
    let mut w = word_slices(stem);
    let (first, more) = (w.next(), w.next().is_some());
    // Role prefixes name which row, not which table: `SourceUsageId` points at a Usage.
    for prefix in [
        "source", "target", "parent", "child", "previous", "next", "original", "root", "from", "to",
    ] {
        if more && first.is_some_and(|f| f.eq_ignore_ascii_case(prefix)) {
            if let Some(rest) = stem.get(prefix.len()..) {
                out.push(rest.to_string());
            }
        }
    }
    out
}

/// `...Id` columns that are not references: correlation ids, external system ids.
pub fn is_non_reference_id(column: &str) -> bool {
    if column.eq_ignore_ascii_case("id") {
        return true;
    }
    contains_any(
        column,
        &[
            "correlation",
            "session",
            "external",
            "trace",
            "request",
            "pipeline",
            "partition",
            "transaction",
            "commit",
            "operation",
            "message",
            "idempotency",
            "activity",
            "span",
            "device",
            "thread",
            "process",
        ],
    )
}

/// The stem shared by columns describing the same thing, e.g. the `Name` in `ModelName`.
pub fn is_natural_key_part(column: &str) -> bool {
    last_word(column).is_some_and(|l| {
        is_one_of(
            l,
            &[
                "name", "version", "idx", "index", "number", "code", "key", "slug", "hash",
                "email", "position", "ordinal", "sequence",
            ],
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_pascal_case() {
        assert_eq!(words("LastProcessedLSN"), ["last", "processed", "lsn"]);
        assert_eq!(words("ModelId"), ["model", "id"]);
        assert_eq!(words("metadata_json"), ["metadata", "json"]);
        assert_eq!(words("__Odd  _Name_"), ["odd", "name"]);
        assert_eq!(words("XMLHttpURL"), ["xml", "http", "url"]);
        assert_eq!(words(""), Vec::<String>::new());
        assert_eq!(last_word("SourceUsageId"), Some("Id"));
    }

    #[test]
    fn guesses_names() {
        assert!(is_enum_like("MigrationStatus"));
        assert!(is_enum_like("RiskLevel"));
        assert!(!is_enum_like("StatusId"));
        assert!(is_url_or_path("SourceUrl"));
        assert!(is_url_or_path("ArtifactPath"));
        assert!(is_json_name("MetadataJson"));
        assert!(is_structured_string("TensorShape"));
        assert_eq!(
            referenced_table_candidates("SourceUsageId"),
            ["SourceUsage", "Usage"]
        );
        assert!(is_own_name_column("Name", "Model"));
        assert!(is_own_name_column("modelNAME", "Model"));
        assert!(!is_own_name_column("DisplayName", "Model"));
        assert!(!is_own_name_column("ModelNam", "Model"));
        assert!(is_infrastructure_table("dbo.CdcCheckpoint"));
        assert!(is_infrastructure_table("dbo.CICDBuild"));
        assert!(is_business_critical_table(
            "dbo.BillingUsageLedger_InMemory"
        ));
    }
}

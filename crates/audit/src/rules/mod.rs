//! The rule framework: `declare_rule!`, the rule registry and the emitter rules report through.
//!
//! Adding a rule takes one file in this folder and one line in [`REGISTRY`].

pub(crate) mod audit_columns_missing;
pub(crate) mod columnstore_candidate;
pub(crate) mod compression_missing;
pub(crate) mod deprecated_column;
pub(crate) mod deprecated_type;
pub(crate) mod duplicate_index;
pub(crate) mod enum_without_check;
pub(crate) mod eviction_index_missing;
pub(crate) mod fact_key_nullable;
pub(crate) mod fixed_width_text;
pub(crate) mod foreign_key_missing;
pub(crate) mod foreign_key_nullable;
pub(crate) mod foreign_key_type_mismatch;
pub(crate) mod foreign_key_unindexed;
pub(crate) mod hash_bucket_count;
pub(crate) mod heap_table;
pub(crate) mod history_columnstore_missing;
pub(crate) mod history_retention_missing;
pub(crate) mod inline_large_binary;
pub(crate) mod json_in_text;
pub(crate) mod json_path_unindexed;
pub(crate) mod legacy_datetime;
pub(crate) mod lookup_column_unindexed;
pub(crate) mod low_precision_float;
pub(crate) mod money_as_float;
pub(crate) mod morton_code_unindexed;
pub(crate) mod natural_key_missing;
pub(crate) mod non_utc_default;
pub(crate) mod partitioning_candidate;
pub(crate) mod primary_key_missing;
pub(crate) mod random_guid_clustered_key;
pub(crate) mod retention_policy_missing;
pub(crate) mod schema_only_durability;
pub(crate) mod short_url_column;
pub(crate) mod spatial_index_missing;
pub(crate) mod spatial_index_untuned;
pub(crate) mod structured_string;
pub(crate) mod tenant_column_missing;
pub(crate) mod tenant_default_constant;
pub(crate) mod tenant_not_indexed;
pub(crate) mod typed_value_as_string;
pub(crate) mod unknown_directive;
pub(crate) mod vector_index_missing;
pub(crate) mod wide_clustered_key;

use crate::context::TableContext;
use crate::finding::{Category, Fix, Severity};

/// Declares a rule's metadata from its doc comment, id, category and default severity.
///
/// The doc comment becomes the rule's documentation page, so it must carry the sections
/// `## What it does`, `## Why is this bad?` and `## Example` (with "Use instead:").
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        $vis:vis $name:ident, id = $id:literal, category = $category:ident, severity = $severity:ident
    ) => {
        $vis static $name: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
            id: $id,
            category: $crate::finding::Category::$category,
            severity: $crate::finding::Severity::$severity,
            docs: concat!($($doc, "\n"),*),
        };
    };
}
pub(crate) use declare_rule;

/// What the outside world knows about a rule.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable kebab-case id; also the docs file name.
    pub id: &'static str,
    pub category: Category,
    /// The default severity, which options may override.
    pub severity: Severity,
    /// The doc comment as Markdown, one leading space per line as rustdoc leaves it.
    pub docs: &'static str,
}

impl RuleMeta {
    /// The documentation with rustdoc's leading space removed from each line.
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        for line in self.docs.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        out
    }

    /// The first sentence of "What it does", for indexes and the web Rules view.
    pub fn summary(&self) -> String {
        let markdown = self.markdown();
        let section = markdown
            .split("## What it does")
            .nth(1)
            .unwrap_or_default()
            .split("##")
            .next()
            .unwrap_or_default();
        let text = section.split_whitespace().collect::<Vec<_>>().join(" ");
        match text.find(". ") {
            Some(end) => text[..=end].to_string(),
            None => text,
        }
    }
}

/// A rule: its metadata and its check. Checks read the model and report through the emitter.
pub struct Rule {
    pub meta: &'static RuleMeta,
    pub check: fn(&TableContext<'_>, &mut Emitter),
}

/// Collects the findings of one rule on one table.
#[derive(Default)]
pub struct Emitter {
    pub(crate) raw: Vec<RawFinding>,
}

/// A finding before the engine gives it an id, a severity and a table name.
#[derive(Debug, Clone)]
pub struct RawFinding {
    /// Distinguishes several findings of one rule on one table; usually a column name.
    pub key: Option<String>,
    pub columns: Vec<String>,
    pub message: String,
    pub fix: Option<Fix>,
    /// The line of the construct at fault, when better than the table's.
    pub line: Option<usize>,
    /// Lets a rule lower its own severity for a context, e.g. tenancy inherited through a key.
    pub severity: Option<Severity>,
}

impl Emitter {
    /// Reports a finding on the given columns.
    pub fn report(&mut self, columns: &[&str], message: String) -> &mut RawFinding {
        self.raw.push(RawFinding {
            key: None,
            columns: columns.iter().map(|c| c.to_string()).collect(),
            message,
            fix: None,
            line: None,
            severity: None,
        });
        let last = self.raw.len() - 1;
        &mut self.raw[last]
    }
}

impl RawFinding {
    pub fn key(&mut self, key: &str) -> &mut Self {
        self.key = Some(key.to_string());
        self
    }

    pub fn fix(&mut self, fix: Fix) -> &mut Self {
        self.fix = Some(fix);
        self
    }

    pub fn line(&mut self, line: Option<usize>) -> &mut Self {
        self.line = line;
        self
    }

    pub fn severity(&mut self, severity: Severity) -> &mut Self {
        self.severity = Some(severity);
        self
    }
}

/// For advice about a choice the whole script makes (PostgreSQL `serial`, a MySQL character
/// set): when `ctx`'s table is the first in the script for which `shows` holds, how many later
/// tables it also holds for; `None` on every other table, so the advice is given once.
pub(crate) fn first_in_script(
    ctx: &TableContext<'_>,
    shows: impl Fn(&schema_audit_ddl::Table) -> bool,
) -> Option<usize> {
    let mut tables = ctx.schema.schema.tables.iter();
    let first = tables.by_ref().find(|t| shows(t))?;
    std::ptr::eq(first, ctx.table).then(|| tables.filter(|t| shows(t)).count())
}

/// A count of other tables, as a clause: `, as in 3 other tables`.
pub(crate) fn like_others(others: usize) -> String {
    match others {
        0 => String::new(),
        1 => ", as in 1 other table".to_string(),
        n => format!(", as in {n} other tables"),
    }
}

/// What every rule file imports.
pub(crate) mod prelude {
    pub(crate) use super::{declare_rule, first_in_script, like_others, Emitter};
    pub(crate) use crate::context::TableContext;
    pub(crate) use crate::finding::{Edit, Severity};
    pub(crate) use crate::fixes;
    pub(crate) use crate::naming;
    pub(crate) use crate::roles::TableRole;
    pub(crate) use schema_audit_ddl::{Dialect, Length, TypeFamily};
}

/// Every rule, in catalog order. Adding a rule adds one line here.
pub static REGISTRY: &[Rule] = &[
    Rule {
        meta: &tenant_column_missing::META,
        check: tenant_column_missing::check,
    },
    Rule {
        meta: &tenant_default_constant::META,
        check: tenant_default_constant::check,
    },
    Rule {
        meta: &tenant_not_indexed::META,
        check: tenant_not_indexed::check,
    },
    Rule {
        meta: &primary_key_missing::META,
        check: primary_key_missing::check,
    },
    Rule {
        meta: &foreign_key_missing::META,
        check: foreign_key_missing::check,
    },
    Rule {
        meta: &foreign_key_type_mismatch::META,
        check: foreign_key_type_mismatch::check,
    },
    Rule {
        meta: &foreign_key_nullable::META,
        check: foreign_key_nullable::check,
    },
    Rule {
        meta: &fact_key_nullable::META,
        check: fact_key_nullable::check,
    },
    Rule {
        meta: &foreign_key_unindexed::META,
        check: foreign_key_unindexed::check,
    },
    Rule {
        meta: &enum_without_check::META,
        check: enum_without_check::check,
    },
    Rule {
        meta: &natural_key_missing::META,
        check: natural_key_missing::check,
    },
    Rule {
        meta: &audit_columns_missing::META,
        check: audit_columns_missing::check,
    },
    Rule {
        meta: &deprecated_column::META,
        check: deprecated_column::check,
    },
    Rule {
        meta: &json_in_text::META,
        check: json_in_text::check,
    },
    Rule {
        meta: &inline_large_binary::META,
        check: inline_large_binary::check,
    },
    Rule {
        meta: &deprecated_type::META,
        check: deprecated_type::check,
    },
    Rule {
        meta: &low_precision_float::META,
        check: low_precision_float::check,
    },
    Rule {
        meta: &money_as_float::META,
        check: money_as_float::check,
    },
    Rule {
        meta: &legacy_datetime::META,
        check: legacy_datetime::check,
    },
    Rule {
        meta: &fixed_width_text::META,
        check: fixed_width_text::check,
    },
    Rule {
        meta: &typed_value_as_string::META,
        check: typed_value_as_string::check,
    },
    Rule {
        meta: &short_url_column::META,
        check: short_url_column::check,
    },
    Rule {
        meta: &structured_string::META,
        check: structured_string::check,
    },
    Rule {
        meta: &non_utc_default::META,
        check: non_utc_default::check,
    },
    Rule {
        meta: &lookup_column_unindexed::META,
        check: lookup_column_unindexed::check,
    },
    Rule {
        meta: &eviction_index_missing::META,
        check: eviction_index_missing::check,
    },
    Rule {
        meta: &vector_index_missing::META,
        check: vector_index_missing::check,
    },
    Rule {
        meta: &spatial_index_missing::META,
        check: spatial_index_missing::check,
    },
    Rule {
        meta: &spatial_index_untuned::META,
        check: spatial_index_untuned::check,
    },
    Rule {
        meta: &json_path_unindexed::META,
        check: json_path_unindexed::check,
    },
    Rule {
        meta: &hash_bucket_count::META,
        check: hash_bucket_count::check,
    },
    Rule {
        meta: &wide_clustered_key::META,
        check: wide_clustered_key::check,
    },
    Rule {
        meta: &heap_table::META,
        check: heap_table::check,
    },
    Rule {
        meta: &duplicate_index::META,
        check: duplicate_index::check,
    },
    Rule {
        meta: &random_guid_clustered_key::META,
        check: random_guid_clustered_key::check,
    },
    Rule {
        meta: &schema_only_durability::META,
        check: schema_only_durability::check,
    },
    Rule {
        meta: &compression_missing::META,
        check: compression_missing::check,
    },
    Rule {
        meta: &history_columnstore_missing::META,
        check: history_columnstore_missing::check,
    },
    Rule {
        meta: &columnstore_candidate::META,
        check: columnstore_candidate::check,
    },
    Rule {
        meta: &history_retention_missing::META,
        check: history_retention_missing::check,
    },
    Rule {
        meta: &partitioning_candidate::META,
        check: partitioning_candidate::check,
    },
    Rule {
        meta: &retention_policy_missing::META,
        check: retention_policy_missing::check,
    },
    Rule {
        meta: &morton_code_unindexed::META,
        check: morton_code_unindexed::check,
    },
    Rule {
        meta: &unknown_directive::META,
        check: unknown_directive::check,
    },
];

/// The metadata of every rule, for docs and the web Rules view.
pub fn metas() -> &'static [&'static RuleMeta] {
    static METAS: std::sync::OnceLock<Vec<&'static RuleMeta>> = std::sync::OnceLock::new();
    METAS.get_or_init(|| REGISTRY.iter().map(|r| r.meta).collect())
}

/// The rule with this id.
pub fn by_id(id: &str) -> Option<&'static Rule> {
    REGISTRY.iter().find(|r| r.meta.id == id)
}

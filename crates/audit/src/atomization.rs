//! Atomization: which columns are source content that belongs in the atom store, which are
//! structure that belongs in the table, and what the table looks like afterwards.

use schema_audit_ddl::{
    Column, Dialect, ForeignKey, Length, QualifiedName, Span, Table, TypeFamily,
};
use serde::Serialize;

use crate::capabilities::is_extension;
use crate::context::TableContext;
use crate::naming;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ColumnVerdictKind {
    Atom,
    Keep,
}

/// Why a column is an atom or is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    // Atoms.
    SourceText,
    JsonToAtomize,
    BinaryToDecompose,
    /// A scalar value of a content-only table (e.g. `EmbeddingDimension` in `ModelMetadata`).
    SourceValue,
    // Kept.
    IdentityKey,
    ForeignKey,
    AggregateOrCounter,
    RuntimeMetric,
    Timestamp,
    Tenant,
    Flag,
    ComputedOrDerived,
    /// Positions and ordinals: structure, not content.
    Structural,
    /// Status, hashes, correlation ids and errors of operational tables.
    OperationalState,
    /// Marked deprecated: to be dropped, not moved.
    Deprecated,
}

impl Reason {
    pub fn verdict(self) -> ColumnVerdictKind {
        match self {
            Reason::SourceText
            | Reason::JsonToAtomize
            | Reason::BinaryToDecompose
            | Reason::SourceValue => ColumnVerdictKind::Atom,
            _ => ColumnVerdictKind::Keep,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ColumnVerdict {
    pub column: String,
    pub verdict: ColumnVerdictKind,
    pub reason: Reason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TableVerdict {
    /// All of it is source content: the table should not exist.
    AtomizeAll,
    Hybrid,
    Sound,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Atomization {
    pub verdict: TableVerdict,
    pub columns: Vec<ColumnVerdict>,
    /// The table with atom columns replaced by an `...AtomId` reference; `None` when sound.
    pub revised_table: Option<String>,
    /// An example of the AtomComposition linking the new atom to its components.
    pub composition_example: Option<String>,
}

pub fn analyze(ctx: &TableContext<'_>) -> Atomization {
    let (verdict, columns) = judge(ctx);
    let atoms: Vec<&str> = columns
        .iter()
        .filter(|c| c.verdict == ColumnVerdictKind::Atom)
        .map(|c| c.column.as_str())
        .collect();
    let (revised_table, composition_example) = if atoms.is_empty() {
        (None, None)
    } else {
        let (table, atom_column) = revised(ctx, &atoms);
        (
            Some(crate::print::print_create_table(&table, ctx.dialect())),
            Some(composition(ctx, &atom_column, &atoms)),
        )
    };
    Atomization {
        verdict,
        columns,
        revised_table,
        composition_example,
    }
}

/// The table verdict and column verdicts, without printing the revised table.
pub fn judge(ctx: &TableContext<'_>) -> (TableVerdict, Vec<ColumnVerdict>) {
    let content_table = is_extension(ctx);
    let columns: Vec<ColumnVerdict> = ctx
        .table
        .columns
        .iter()
        .map(|c| {
            let reason = classify(ctx, c, content_table);
            ColumnVerdict {
                column: c.name.clone(),
                verdict: reason.verdict(),
                reason,
            }
        })
        .collect();
    let atoms: Vec<&str> = columns
        .iter()
        .filter(|c| c.verdict == ColumnVerdictKind::Atom)
        .map(|c| c.column.as_str())
        .collect();
    let only_keys_kept = columns.iter().all(|c| {
        c.verdict == ColumnVerdictKind::Atom
            || matches!(
                c.reason,
                Reason::IdentityKey | Reason::ForeignKey | Reason::Tenant
            )
    });
    let verdict = if atoms.is_empty() {
        TableVerdict::Sound
    } else if only_keys_kept && (content_table || atoms.len() >= 3) {
        TableVerdict::AtomizeAll
    } else {
        TableVerdict::Hybrid
    };
    (verdict, columns)
}

fn classify(ctx: &TableContext<'_>, column: &Column, content_table: bool) -> Reason {
    let t = &column.data_type;
    let name = &column.name;
    if ctx.is_tenant_column(name) {
        return Reason::Tenant;
    }
    if ctx.is_surrogate_key(column) {
        return Reason::IdentityKey;
    }
    if ctx.is_deprecated(column) {
        return Reason::Deprecated;
    }
    if ctx.foreign_key_of(name).is_some() {
        return Reason::ForeignKey;
    }
    // Columns of a composite primary key identify the row (positions in a tensor, say).
    if ctx.in_primary_key(name) {
        return Reason::IdentityKey;
    }
    if is_reference(column) {
        return Reason::ForeignKey;
    }
    if column.computed.is_some() {
        return Reason::ComputedOrDerived;
    }
    if is_temporal(&t.family) && !content_table || column.generated_always.is_some() {
        return Reason::Timestamp;
    }
    let operational =
        ctx.roles.log_like || ctx.roles.cache || ctx.roles.infrastructure || ctx.roles.history;
    match &t.family {
        TypeFamily::Json => return atom_unless(ctx.roles.cache, Reason::JsonToAtomize),
        TypeFamily::Bit | TypeFamily::Boolean => return Reason::Flag,
        TypeFamily::Geometry
        | TypeFamily::Geography
        | TypeFamily::Vector
        | TypeFamily::HierarchyId => return Reason::ComputedOrDerived,
        TypeFamily::RowVersion => return Reason::ComputedOrDerived,
        TypeFamily::VarBinary | TypeFamily::Image
            if t.length == Some(Length::Max) || t.family == TypeFamily::Image =>
        {
            return atom_unless(ctx.roles.cache, Reason::BinaryToDecompose)
        }
        _ => {}
    }
    if naming::is_digest(name) {
        return Reason::ComputedOrDerived;
    }
    if t.is_character() {
        if t.length == Some(Length::Max) && naming::is_json_name(name) {
            return atom_unless(ctx.roles.cache, Reason::JsonToAtomize);
        }
        // Operational tables (jobs, caches, logs, infrastructure) also hold processing state:
        // statuses, external identifiers and error text, which are not content.
        let state = naming::is_processing_state(name);
        return if operational && state {
            Reason::OperationalState
        } else {
            Reason::SourceText
        };
    }
    if is_temporal(&t.family) {
        return if content_table {
            Reason::SourceValue
        } else {
            Reason::Timestamp
        };
    }
    if content_table {
        return Reason::SourceValue;
    }
    if naming::is_position(name) {
        return Reason::Structural;
    }
    if naming::is_bound(name) {
        return Reason::ComputedOrDerived;
    }
    if naming::is_counter_or_metric(name) && !naming::is_runtime_metric(name) {
        return Reason::AggregateOrCounter;
    }
    Reason::RuntimeMetric
}

fn atom_unless(keep: bool, reason: Reason) -> Reason {
    if keep {
        Reason::OperationalState
    } else {
        reason
    }
}

fn is_temporal(family: &TypeFamily) -> bool {
    matches!(
        family,
        TypeFamily::Date
            | TypeFamily::Time
            | TypeFamily::DateTime
            | TypeFamily::DateTime2
            | TypeFamily::SmallDateTime
            | TypeFamily::DateTimeOffset
    )
}

/// An integer `...Id` column that names another table (even without a declared key).
fn is_reference(column: &Column) -> bool {
    matches!(
        column.data_type.family,
        TypeFamily::Int | TypeFamily::BigInt | TypeFamily::SmallInt | TypeFamily::UniqueIdentifier
    ) && naming::is_reference_name(&column.name, false)
        && !naming::is_non_reference_id(&column.name)
}

/// The table without its atom columns, plus one `...AtomId BIGINT` reference to `dbo.Atom`.
fn revised(ctx: &TableContext<'_>, atoms: &[&str]) -> (Table, String) {
    let mut table = ctx.table.clone();
    let is_atom = |name: &str| atoms.iter().any(|a| a.eq_ignore_ascii_case(name));
    table.columns.retain(|c| !is_atom(&c.name));
    table.indexes.retain(|i| {
        !i.columns.iter().any(|c| is_atom(&c.name)) && !i.include.iter().any(|c| is_atom(c))
    });
    table
        .unique_constraints
        .retain(|u| !u.columns.iter().any(|c| is_atom(&c.name)));
    table
        .checks
        .retain(|c| !c.columns.iter().any(|x| is_atom(x)));
    let (atom_column, store, store_key) = atom_names(ctx, atoms);
    let mut column = crate::fixes::column(
        &atom_column,
        schema_audit_ddl::DataType::simple(TypeFamily::BigInt, "BIGINT"),
        true,
        None,
    );
    column.comments.push(schema_audit_ddl::Comment {
        text: format!("atom replacing {}", atoms.join(", ")),
        span: Span::default(),
    });
    let position = table
        .columns
        .iter()
        .position(|c| !ctx.is_surrogate_key(c) && c.identity.is_none())
        .unwrap_or(table.columns.len());
    table.columns.insert(position, column);
    table.foreign_keys.push(ForeignKey {
        name: Some(format!("FK_{}_{atom_column}", ctx.table.name.name)),
        span: Span::default(),
        columns: vec![atom_column.clone()],
        referenced_table: store,
        referenced_columns: vec![store_key],
        on_delete: None,
        on_update: None,
        not_for_replication: false,
        deferrable: None,
        match_kind: None,
        nocheck: false,
        disabled: false,
    });
    (table, atom_column)
}

/// The atom column replacing `atoms`, the atom table and its key, as this script would name
/// them: `...AtomId` referencing `dbo.Atom (AtomId)` in T-SQL, where the atom store lives; in
/// PostgreSQL and MySQL, the schema's own naming style (`body_atom_id`, `atom`, `atom_id` in a
/// snake_case schema) and no schema.
fn atom_names(ctx: &TableContext<'_>, atoms: &[&str]) -> (String, QualifiedName, String) {
    let stem = stem(&ctx.table.name.name);
    if ctx.dialect() == Dialect::MsSql {
        let column = match atoms {
            [one] => format!("{one}AtomId"),
            _ => format!("{stem}MetadataAtomId"),
        };
        let store = QualifiedName {
            database: None,
            schema: Some("dbo".to_string()),
            name: "Atom".to_string(),
        };
        return (column, store, "AtomId".to_string());
    }
    let column = match atoms {
        [one] => ctx.new_column_name(&[one, "atom", "id"]),
        _ => ctx.new_column_name(&[&stem, "metadata", "atom", "id"]),
    };
    let store = QualifiedName::bare(ctx.new_column_name(&["atom"]));
    (column, store, ctx.new_column_name(&["atom", "id"]))
}

/// `ModelLayer` -> `Layer` for a name whose first word the schema already uses as a prefix,
/// else the table name itself.
fn stem(table: &str) -> String {
    naming::strip_model_prefix(table).to_string()
}

fn composition(ctx: &TableContext<'_>, atom_column: &str, atoms: &[&str]) -> String {
    let mut out = String::new();
    for (i, column) in atoms.iter().enumerate() {
        out.push_str(&format!(
            "-- Atom {}: {column} of a {} row\n",
            i + 1,
            ctx.table.name.name
        ));
    }
    out.push_str(&format!(
        "-- AtomComposition: Parent = the {} row's {atom_column} atom, Components = [{}]\n",
        ctx.table.name.name,
        (1..=atoms.len())
            .map(|i| format!("Atom {i}"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    let components = atoms.join(", ");
    let insert = match ctx.dialect() {
        Dialect::MsSql => format!(
            "INSERT INTO dbo.AtomComposition (ParentAtomId, ComponentAtomId, SequenceIndex)\nSELECT @ParentAtomId, ComponentAtomId, SequenceIndex FROM @Components; -- one row per component: {components}\n"
        ),
        dialect => {
            let table = ctx.new_column_name(&["atom", "composition"]);
            let columns = [
                ctx.new_column_name(&["parent", "atom", "id"]),
                ctx.new_column_name(&["component", "atom", "id"]),
                ctx.new_column_name(&["sequence", "index"]),
            ]
            .join(", ");
            let values = if dialect == Dialect::Postgres {
                "$1, $2, $3"
            } else {
                "?, ?, ?"
            };
            format!(
                "INSERT INTO {table} ({columns})\nVALUES ({values}); -- one row per component: {components}\n"
            )
        }
    };
    out.push_str(&insert);
    out
}

use super::prelude::*;
use schema_audit_ddl::{ForeignKey, Span};

declare_rule! {
    /// ## What it does
    /// Checks for columns that reference another table of the script by name (`ModelId`,
    /// `customer_id` -> `customers`, `SourceUsageId` -> `Usage`, and in a warehouse
    /// `CustomerKey` -> `DimCustomer`) but have no FOREIGN KEY constraint. The target table must
    /// be in the script, with a key of a compatible type.
    ///
    /// Correlation, session, external and source-system ids are skipped (in a warehouse, `...ID`
    /// columns keep the source system's ids), as are history tables (which cannot have foreign
    /// keys) and memory-optimized tables whose parent is disk-based.
    ///
    /// ## Why is this bad?
    /// Nothing stops a row from pointing at a parent that never existed or was deleted, and the
    /// optimizer cannot use the relationship to simplify joins.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.ModelLayer (LayerId BIGINT PRIMARY KEY, ModelId INT NOT NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.ModelLayer (LayerId BIGINT PRIMARY KEY, ModelId INT NOT NULL,
    ///     CONSTRAINT FK_ModelLayer_Model FOREIGN KEY (ModelId) REFERENCES dbo.Model (ModelId));
    /// ```
    ///
    /// ## Fix safety
    /// The revised schema adds the constraint. Existing orphan rows make
    /// `ALTER TABLE ... ADD CONSTRAINT` fail; find them first.
    pub META, id = "foreign-key-missing", category = Integrity, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    if ctx.roles.history || ctx.roles.temporary || ctx.roles.columnstore {
        return;
    }
    for column in ctx.stored_columns() {
        if !is_reference_candidate(ctx, column) {
            continue;
        }
        // Only a table the script defines is evidence: a guess at a table we cannot see
        // (a source system's id kept in a warehouse, another service's id) is not.
        let Some((parent, key)) = ctx.schema.resolve_reference(&column.name, ctx.table) else {
            continue;
        };
        if ctx.roles.memory_optimized && !parent.options.memory_optimized {
            continue;
        }
        let Some(mut target) = parent.column(&key) else {
            continue;
        };
        // The key is an identity beside a same-named GUID (`BlogRowId` and `BlogId`): the
        // reference means the GUID, which needs a UNIQUE constraint before it can be a target.
        let mut needs_unique = false;
        if !compatible(&column.data_type.family, &target.data_type.family) {
            match parent
                .column(&column.name)
                .filter(|c| compatible(&column.data_type.family, &c.data_type.family))
            {
                Some(same) => {
                    target = same;
                    needs_unique = true;
                }
                None => continue,
            }
        }
        let key = target.name.clone();
        // A foreign key needs a unique target; `task_id` inside a composite key of `tasks`
        // is a position, not a row.
        if !needs_unique && !crate::context::is_unique_column(parent, &key) {
            continue;
        }
        let parent_name = crate::context::display_name(&parent.name, ctx.dialect());
        let name = format!("FK_{}_{}", ctx.table.name.name, column.name);
        let fk = ForeignKey {
            name: Some(name.clone()),
            span: Span::default(),
            columns: vec![column.name.clone()],
            referenced_table: parent.name.clone(),
            referenced_columns: vec![key.clone()],
            on_delete: None,
            on_update: None,
            not_for_replication: false,
            nocheck: false,
            disabled: false,
            deferrable: None,
            match_kind: None,
        };
        let sql = format!(
            "ALTER TABLE {} ADD CONSTRAINT {name} FOREIGN KEY ({}) REFERENCES {parent_name} ({key});",
            ctx.name, column.name
        );
        let fix = if needs_unique {
            fixes::manual(
                format!(
                    "Make `{parent_name}.{key}` UNIQUE, then reference it from `{}`.",
                    column.name
                ),
                format!(
                    "ALTER TABLE {parent_name} ADD CONSTRAINT UQ_{}_{key} UNIQUE ({key}); {sql}",
                    parent.name.name
                ),
            )
        } else {
            fixes::safe(
                format!("Reference `{parent_name}` from `{}`.", column.name),
                sql,
                Edit::AddForeignKey(fk),
            )
        };
        // A schema that declares foreign keys elsewhere shows this one was missed; one that
        // declares none has chosen to keep integrity in the application (sharded stores,
        // vendor schemas that reload rows), which is worth knowing, not a defect to fix.
        // Where the target is not yet a key, the schema itself does not treat it as one:
        // worth knowing, not a defect the DDL demonstrates.
        let severity = if ctx.schema.declares_foreign_keys() && !needs_unique {
            Severity::Warning
        } else {
            Severity::Info
        };
        out.report(
            &[&column.name],
            format!(
                "`{}` references `{parent_name}` by name but has no FOREIGN KEY constraint.",
                column.name
            ),
        )
        .severity(severity)
        .key(&column.name)
        .line(Some(column.span.line as usize))
        .fix(fix);
    }
}

/// Whether a column of one type can reference a key of the other.
fn compatible(a: &TypeFamily, b: &TypeFamily) -> bool {
    let integer = |f: &TypeFamily| {
        matches!(
            f,
            TypeFamily::Int | TypeFamily::BigInt | TypeFamily::SmallInt | TypeFamily::TinyInt
        )
    };
    a == b || integer(a) && integer(b)
}

fn is_reference_candidate(ctx: &TableContext<'_>, column: &schema_audit_ddl::Column) -> bool {
    let integer_like = matches!(
        column.data_type.family,
        TypeFamily::Int
            | TypeFamily::BigInt
            | TypeFamily::SmallInt
            | TypeFamily::TinyInt
            | TypeFamily::UniqueIdentifier
    );
    // In a warehouse, `...Key` columns are the references; `...ID` columns keep the source
    // system's ids (lineage), which point at nothing in this schema.
    let warehouse = ctx.kind().is_warehouse();
    let reference_name = if warehouse {
        naming::is_reference_name(&column.name, true)
            && !naming::is_reference_name(&column.name, false)
    } else {
        naming::is_reference_name(&column.name, ctx.schema.is_warehouse())
    };
    // Cheapest tests first; the non-reference word scan is the costly one.
    integer_like
        && reference_name
        && !ctx.is_tenant_column(&column.name)
        && !ctx.is_surrogate_key(column)
        && ctx.foreign_key_of(&column.name).is_none()
        && !naming::is_non_reference_id(&column.name)
        && !naming::is_lineage_column(&column.name)
        && !defaults_to_zero(column)
        && !is_own_key_name(ctx, &column.name)
        && !super::deprecated_column::is_deprecated(ctx, column)
}

fn is_own_key_name(ctx: &TableContext<'_>, column: &str) -> bool {
    let own = naming::word_key(&ctx.table.name.name);
    naming::referenced_table_candidates(column, true).contains(&own)
}

/// A reference that defaults to 0 uses 0 for "none", which no parent row has: a foreign key
/// would reject the rows the application writes.
fn defaults_to_zero(column: &schema_audit_ddl::Column) -> bool {
    column.default.as_ref().is_some_and(|d| {
        let value = d
            .expression
            .trim()
            .trim_matches(|c: char| c == '(' || c == ')' || c == '\'' || c.is_whitespace());
        value == "0" || value == "-1"
    })
}

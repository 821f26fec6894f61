use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks tables keyed by a surrogate (IDENTITY or a one-column `...Id` key) for a UNIQUE
    /// constraint on the natural key, and names the likely natural key:
    /// - a 1:1 extension table's foreign key (`ModelMetadata.ModelId`);
    /// - a parent key plus a position (`(ModelId, LayerIdx)`);
    /// - a name plus a version, scoped by tenant (`(TenantId, ModelName, ModelVersion)`).
    ///
    /// Log, job, history and cache tables are skipped: their rows have no natural identity.
    ///
    /// Only entity, lookup, junction and extension tables are checked. A name alone counts as a
    /// natural key only on lookup tables (two customers may share a name), or with a version
    /// column beside it. A position counts within the parent the table is named after
    /// (`OrderLine` in `Order`). A combination of foreign keys is a natural key only for a
    /// junction; on other tables it is an informational question.
    ///
    /// ## Why is this bad?
    /// The surrogate key makes every row unique, so nothing stops the same layer or the same
    /// model version from being inserted twice, and "which one is real?" becomes an application bug.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.ModelLayer (LayerId BIGINT IDENTITY PRIMARY KEY, ModelId INT NOT NULL, LayerIdx INT NOT NULL);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE TABLE dbo.ModelLayer (LayerId BIGINT IDENTITY PRIMARY KEY, ModelId INT NOT NULL, LayerIdx INT NOT NULL,
    ///     CONSTRAINT UQ_ModelLayer_ModelId_LayerIdx UNIQUE (ModelId, LayerIdx));
    /// ```
    ///
    /// ## Fix safety
    /// Adding the constraint fails while duplicates exist; remove them first. The revised schema
    /// adds the extension, position and name-version keys; a key guessed from foreign keys alone
    /// is only shown.
    pub META, id = "natural-key-missing", category = Integrity, severity = Warning
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    let r = ctx.roles;
    if r.log_like || r.cache || r.history || r.temporary || r.infrastructure || r.columnstore {
        return;
    }
    if !matches!(
        ctx.kind(),
        TableRole::Entity | TableRole::Lookup | TableRole::Junction | TableRole::Extension
    ) {
        return;
    }
    if !has_surrogate_key(ctx) || ctx.unique_keys().len() > 1 {
        return;
    }
    let Some((columns, confident, why)) = natural_key(ctx) else {
        return;
    };
    let refs: Vec<&str> = columns.iter().map(String::as_str).collect();
    if ctx.is_unique(&refs) {
        return;
    }
    let keyed: Vec<(&str, bool)> = refs.iter().map(|c| (*c, false)).collect();
    let active = ctx
        .stored_columns()
        .find(|c| matches!(ctx.lookup_kind(c), Some(naming::LookupKind::ActiveFlag)))
        .filter(|_| why == Why::NameVersion && !ctx.roles.memory_optimized)
        .map(|c| fixes::flag_set_filter(ctx, c));
    // MySQL has no partial index: a unique key there also binds the inactive rows, which
    // is a stricter rule than the schema's, so it is only suggested.
    let confident = confident && !(active.is_some() && ctx.dialect() == Dialect::MySql);
    let fix = fixes::add_index_fix(
        ctx,
        format!("Enforce the natural key ({}).", columns.join(", ")),
        &keyed,
        true,
        active,
    );
    let fix = if confident {
        fix
    } else {
        fixes::manual(fix.description, fix.sql)
    };
    let finding = out
        .report(
            &refs,
            format!(
                "`{}` has a surrogate key but no UNIQUE constraint on its natural key ({}).",
                ctx.name,
                refs.iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
        .fix(fix);
    if !confident {
        finding.severity(Severity::Info);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Why {
    Extension,
    Position,
    NameVersion,
    Association,
}

fn has_surrogate_key(ctx: &TableContext<'_>) -> bool {
    let Some(pk) = &ctx.table.primary_key else {
        return false;
    };
    pk.columns.len() == 1
        && ctx
            .column(&pk.columns[0].name)
            .is_some_and(|c| c.identity.is_some() || naming::is_reference_name(&c.name, false))
}

/// The most likely natural key, whether it is safe to enforce, and which pattern found it.
fn natural_key(ctx: &TableContext<'_>) -> Option<(Vec<String>, bool, Why)> {
    let fk_columns: Vec<String> = ctx
        .table
        .foreign_keys
        .iter()
        .filter(|fk| fk.columns.len() == 1)
        .map(|fk| fk.columns[0].clone())
        .collect();
    if crate::capabilities::is_extension(ctx) && fk_columns.len() == 1 {
        return Some((fk_columns, true, Why::Extension));
    }
    let position = ctx
        .stored_columns()
        .find(|c| !c.nullable && naming::is_sequence_in_parent(&c.name) && c.identity.is_none());
    // The position counts within the parent the table is named after (`OrderLine` in `Order`),
    // not within any parent it happens to reference.
    let parent = ctx.table.foreign_keys.iter().find(|fk| {
        fk.columns.len() == 1
            && naming::is_named_under(&ctx.table.name.name, &fk.referenced_table.name)
            && ctx.column(&fk.columns[0]).is_some_and(|c| !c.nullable)
    });
    if let (Some(parent), Some(position)) = (parent.map(|fk| &fk.columns[0]), position) {
        return Some((
            vec![parent.clone(), position.name.clone()],
            true,
            Why::Position,
        ));
    }
    let name = ctx
        .stored_columns()
        .find(|c| naming::is_own_name_column(&c.name, &ctx.table.name.name));
    let version = ctx.stored_columns().find(|c| naming::is_version(&c.name));
    // A name alone is unique in reference data (`Category.Name`), not in every table (two
    // customers may share a name); with a version beside it, the pair names one release.
    let name = name.filter(|_| ctx.kind() == TableRole::Lookup || version.is_some());
    if let Some(name) = name {
        let mut key: Vec<String> = Vec::new();
        if let Some(tenant) = ctx.tenant_column() {
            key.push(tenant.name.clone());
        }
        key.push(name.name.clone());
        if let Some(version) = version {
            key.push(version.name.clone());
        }
        return Some((key, true, Why::NameVersion));
    }
    // A junction's foreign keys are its identity. Elsewhere the same parents may well
    // repeat, so the combination is only a question worth asking (informational).
    let junction = ctx.kind() == TableRole::Junction;
    let refs: Vec<String> = ctx
        .stored_columns()
        .filter(|c| {
            ctx.foreign_key_of(&c.name).is_some()
                && !ctx.is_surrogate_key(c)
                && (!junction || !c.nullable)
        })
        .map(|c| c.name.clone())
        .collect();
    (refs.len() >= 2).then_some((refs, junction, Why::Association))
}

use super::prelude::*;

declare_rule! {
    /// ## What it does
    /// Checks cache tables for a composite index that serves LRU eviction: `LastAccessed`
    /// together with `HitCount` or `ExpiresAt`.
    ///
    /// ## Why is this bad?
    /// An eviction job asks for "the least recently used, least hit entries" or "everything
    /// expired"; with single-column indexes it must look up each candidate row to read the other
    /// column, and it falls back to a scan as the cache grows.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE dbo.CachedActivation (CacheId BIGINT PRIMARY KEY, HitCount INT NOT NULL,
    ///     LastAccessed DATETIME2 NOT NULL);
    /// CREATE INDEX IX_CachedActivation_LastAccessed ON dbo.CachedActivation (LastAccessed);
    /// ```
    /// Use instead:
    /// ```sql
    /// CREATE INDEX IX_CachedActivation_Eviction ON dbo.CachedActivation (LastAccessed, HitCount);
    /// ```
    ///
    /// ## Fix safety
    /// Adding an index changes no data.
    pub META, id = "eviction-index-missing", category = Indexing, severity = Info
}

pub(crate) fn check(ctx: &TableContext<'_>, out: &mut Emitter) {
    if !ctx.roles.cache {
        return;
    }
    let find = |is: fn(&str) -> bool| ctx.stored_columns().find(|c| is(&c.name));
    let Some(last) = find(naming::is_last_hit) else {
        return;
    };
    let Some(second) = find(naming::is_hit_count).or_else(|| find(naming::is_expiry)) else {
        return;
    };
    let served = ctx.index_keys().iter().any(|key| {
        key.len() >= 2
            && key.iter().any(|k| k.eq_ignore_ascii_case(&last.name))
            && key.iter().any(|k| {
                !k.eq_ignore_ascii_case(&last.name)
                    && (naming::is_hit_count(k) || naming::is_expiry(k) || naming::is_last_hit(k))
            })
    });
    if served {
        return;
    }
    let columns = [(last.name.as_str(), false), (second.name.as_str(), false)];
    let mut fix = fixes::add_index_fix(
        ctx,
        format!(
            "Index ({}, {}) for the eviction job.",
            last.name, second.name
        ),
        &columns,
        false,
        None,
    );
    if let Some(Edit::AddIndex(index)) = &mut fix.edit {
        index.name = Some(fixes::index_name("IX", ctx, &["Eviction"]));
        fix.sql = fixes::create_index_sql(ctx, index);
    }
    out.report(
        &[&last.name, &second.name],
        format!(
            "Cache `{}` has no composite index on (`{}`, `{}`) for LRU eviction.",
            ctx.name, last.name, second.name
        ),
    )
    .fix(fix);
}

//! What the rules know about a table beyond its own definition: its role in the schema,
//! which keys and indexes cover which columns, and the other tables around it.

use std::cell::OnceCell;
use std::collections::{BTreeSet, HashMap};

use schema_audit_ddl::{
    Clustering, Column, DataType, Dialect, ForeignKey, Index, IndexKind, QualifiedName, Schema,
    Table, TableIndex, TypeFamily,
};

use crate::atomization::{ColumnVerdict, TableVerdict};
use crate::naming;
use crate::options::AuditOptions;

/// Facts about the whole schema that single tables need.
pub struct SchemaContext<'a> {
    pub schema: &'a Schema,
    pub options: &'a AuditOptions,
    /// Lower-cased names of tables that are some temporal table's history table.
    history_tables: BTreeSet<String>,
    /// The first tenant column in the schema, found once: rules ask for it per table.
    tenant_column: Option<&'a Column>,
    /// Lower-cased table name -> how many other tables reference it by foreign key.
    referenced_by: HashMap<String, usize>,
    /// The tables by name. Built once so that name lookups, which rules make per column,
    /// need not scan every table.
    by_name: TableIndex,
    /// Lower-cased name of a one-column primary key -> indexes of the tables keyed by it, in
    /// schema order.
    by_single_key: HashMap<String, Vec<usize>>,
}

impl<'a> SchemaContext<'a> {
    pub fn new(schema: &'a Schema, options: &'a AuditOptions) -> Self {
        let history_tables = schema
            .tables
            .iter()
            .filter_map(|t| t.options.system_versioning.as_ref())
            .filter_map(|v| v.history_table.as_ref())
            .map(|n| n.name.to_ascii_lowercase())
            .collect();
        let tenant_column = schema.tables.iter().find_map(|t| {
            t.columns
                .iter()
                .find(|c| naming::is_tenant_column(&c.name, &options.tenant_column))
        });
        let by_name = TableIndex::of(&schema.tables);
        let mut by_single_key: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, table) in schema.tables.iter().enumerate() {
            if let Some(key) = single_key(table) {
                by_single_key
                    .entry(key.to_ascii_lowercase())
                    .or_default()
                    .push(i);
            }
        }
        let mut context = SchemaContext {
            schema,
            options,
            history_tables,
            tenant_column,
            referenced_by: HashMap::new(),
            by_name,
            by_single_key,
        };
        for table in &schema.tables {
            let mut parents: BTreeSet<String> = BTreeSet::new();
            for fk in &table.foreign_keys {
                if let Some(parent) = context.table(&fk.referenced_table) {
                    if !std::ptr::eq(parent, table) {
                        parents.insert(parent.name.name.to_ascii_lowercase());
                    }
                }
            }
            for parent in parents {
                *context.referenced_by.entry(parent).or_insert(0) += 1;
            }
        }
        context
    }

    /// The tables whose bare name is `name` (any case), in schema order.
    fn tables_named(&self, name: &str) -> impl Iterator<Item = &'a Table> + '_ {
        let tables = &self.schema.tables;
        self.by_name.named(name).map(move |i| &tables[i])
    }

    /// The table with this name. The index narrows by bare name first, because the model's
    /// `same_object` allocates and this lookup is on every rule's hot path.
    pub fn table(&self, name: &QualifiedName) -> Option<&'a Table> {
        let tables = &self.schema.tables;
        self.by_name.find(tables, name).map(|i| &tables[i])
    }

    /// The table a `...Id` column most likely references, judged by name alone.
    pub fn table_named_like(&self, stem: &str) -> Option<&'a Table> {
        self.tables_named(stem).next()
    }

    /// Whether tenant rules apply. `multi_tenant` in the options decides when set; otherwise a
    /// schema is multi-tenant when any table has the tenant column, or when it is a short excerpt
    /// (under five tables) whose other tables we cannot see.
    pub fn is_multi_tenant(&self) -> bool {
        self.options
            .multi_tenant
            .unwrap_or_else(|| self.tenant_table().is_some() || self.schema.tables.len() < 5)
    }

    fn tenant_table(&self) -> Option<&'a Column> {
        self.tenant_column
    }

    /// The tenant column's type as the schema already spells it, else `INT`.
    pub fn tenant_type(&self) -> DataType {
        self.tenant_table()
            .map(|c| c.data_type.clone())
            .unwrap_or_else(|| DataType::simple(TypeFamily::Int, "INT"))
    }

    /// The table and column a `...Id` column most likely references, judged by names:
    /// a table named like the column's stem, else a table whose one-column primary key has
    /// the same name. Never the table itself.
    pub fn resolve_reference(&self, column: &str, from: &Table) -> Option<(&'a Table, String)> {
        let not_from = |t: &&Table| !std::ptr::eq(*t, from);
        for stem in naming::referenced_table_candidates(column) {
            if let Some(table) = self.tables_named(&stem).find(not_from) {
                let key =
                    single_key(table).or_else(|| table.column(column).map(|c| c.name.clone()))?;
                return Some((table, key));
            }
        }
        let table = self
            .by_single_key
            .get(&column.to_ascii_lowercase())?
            .iter()
            .map(|&i| &self.schema.tables[i])
            .find(not_from)?;
        Some((table, single_key(table)?))
    }

    /// How many other tables declare a foreign key to this one.
    pub fn referencing_count(&self, table: &Table) -> usize {
        self.referenced_by
            .get(&table.name.name.to_ascii_lowercase())
            .copied()
            .unwrap_or(0)
    }

    fn is_history_table(&self, table: &Table) -> bool {
        self.history_tables
            .contains(&table.name.name.to_ascii_lowercase())
    }
}

/// The roles a table plays; rules change their advice by role.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Roles {
    pub memory_optimized: bool,
    /// Has a clustered columnstore index: compressed, analytic, not row-at-a-time.
    pub columnstore: bool,
    /// Has a nonclustered columnstore index next to its rowstore.
    pub nc_columnstore: bool,
    /// Is the history table of a system-versioned table.
    pub history: bool,
    /// Is system-versioned itself.
    pub temporal: bool,
    pub temporary: bool,
    /// Holds no tenant data: checkpoints, builds, migrations.
    pub infrastructure: bool,
    pub cache: bool,
    /// Grows without bound: logs, jobs, history, events.
    pub log_like: bool,
    /// Holds money or legal records.
    pub business_critical: bool,
    pub time_series: bool,
    pub graph: bool,
    pub filetable: bool,
}

/// One table and everything rules need to judge it.
pub struct TableContext<'a> {
    pub table: &'a Table,
    pub schema: &'a SchemaContext<'a>,
    pub options: &'a AuditOptions,
    pub roles: Roles,
    /// Schema-qualified name without brackets, e.g. `dbo.Model`.
    pub name: String,
    /// The atomization verdicts, computed on first use by [`crate::atomization::judge`].
    pub(crate) verdicts: OnceCell<(TableVerdict, Vec<ColumnVerdict>)>,
    /// Name-pattern facts per column (parallel to `table.columns`), computed on first use:
    /// several rules ask the same questions of every column.
    column_facts: OnceCell<Vec<ColumnFacts>>,
}

/// What several rules ask of each column, answered once per table.
struct ColumnFacts {
    lookup: Option<naming::LookupKind>,
    deprecated: bool,
}

impl<'a> TableContext<'a> {
    pub fn new(table: &'a Table, schema: &'a SchemaContext<'a>) -> Self {
        let options = schema.options;
        let name = display_name(&table.name, options.dialect);
        let roles = Roles {
            memory_optimized: table.options.memory_optimized,
            columnstore: table
                .indexes
                .iter()
                .any(|i| i.kind == IndexKind::ClusteredColumnstore),
            nc_columnstore: table
                .indexes
                .iter()
                .any(|i| i.kind == IndexKind::NonClusteredColumnstore),
            history: schema.is_history_table(table)
                || naming::words(&table.name.name)
                    .last()
                    .is_some_and(|w| w == "history")
                    && table.primary_key.is_none()
                    && table
                        .columns
                        .iter()
                        .any(|c| naming::words(&c.name).first().is_some_and(|w| w == "valid")),
            temporal: table.options.enabled_system_versioning().is_some(),
            temporary: table.is_temporary || table.name.name.starts_with('#'),
            infrastructure: naming::is_infrastructure_table(&table.name.name),
            cache: naming::is_cache_table(&table.name.name),
            log_like: naming::is_log_like_table(&table.name.name),
            business_critical: naming::is_business_critical_table(&table.name.name),
            time_series: naming::is_time_series_table(&table.name.name),
            graph: table.options.graph.is_some(),
            filetable: table.options.filetable,
        };
        TableContext {
            table,
            schema,
            options,
            roles,
            name,
            verdicts: OnceCell::new(),
            column_facts: OnceCell::new(),
        }
    }

    /// The facts of one of this table's columns. Rules hold references into `table.columns`,
    /// so the column is found by identity; any other column is judged on the spot.
    fn facts<T>(&self, column: &Column, fact: impl Fn(&ColumnFacts) -> T) -> T {
        let all = self.column_facts.get_or_init(|| {
            self.table
                .columns
                .iter()
                .map(|c| ColumnFacts {
                    lookup: naming::lookup_kind(&c.name),
                    deprecated: naming::is_marked_deprecated(c),
                })
                .collect()
        });
        match self
            .table
            .columns
            .iter()
            .position(|c| std::ptr::eq(c, column))
        {
            Some(i) => fact(&all[i]),
            None => fact(&ColumnFacts {
                lookup: naming::lookup_kind(&column.name),
                deprecated: naming::is_marked_deprecated(column),
            }),
        }
    }

    /// [`naming::lookup_kind`] of the column's name, computed once per table.
    pub fn lookup_kind(&self, column: &Column) -> Option<naming::LookupKind> {
        self.facts(column, |f| f.lookup)
    }

    /// Whether the column's comments or description mark it deprecated, computed once per table.
    pub fn is_deprecated(&self, column: &Column) -> bool {
        self.facts(column, |f| f.deprecated)
    }

    pub fn dialect(&self) -> Dialect {
        self.options.dialect
    }

    pub fn is_sql_server(&self) -> bool {
        self.options.dialect == Dialect::MsSql
    }

    /// Whether advice about schema design applies at all; temp tables are scratch space.
    pub fn is_scratch(&self) -> bool {
        self.roles.temporary
    }

    pub fn column(&self, name: &str) -> Option<&'a Column> {
        self.table.column(name)
    }

    pub fn tenant_column(&self) -> Option<&'a Column> {
        self.table
            .columns
            .iter()
            .find(|c| naming::is_tenant_column(&c.name, &self.options.tenant_column))
    }

    /// Columns that carry data (not computed, not period columns).
    pub fn stored_columns(&self) -> impl Iterator<Item = &'a Column> {
        self.table.columns.iter().filter(|c| c.computed.is_none())
    }

    /// The key column lists of every index and key constraint, in declaration order.
    pub fn index_keys(&self) -> Vec<Vec<&'a str>> {
        let mut keys = Vec::new();
        if let Some(pk) = &self.table.primary_key {
            keys.push(pk.columns.iter().map(|c| c.name.as_str()).collect());
        }
        for uq in &self.table.unique_constraints {
            keys.push(uq.columns.iter().map(|c| c.name.as_str()).collect());
        }
        for index in self.rowstore_indexes() {
            keys.push(index.columns.iter().map(|c| c.name.as_str()).collect());
        }
        keys
    }

    /// B-tree and hash indexes: the ones a seek can use.
    pub fn rowstore_indexes(&self) -> impl Iterator<Item = &'a Index> {
        self.table.indexes.iter().filter(|i| {
            matches!(
                i.kind,
                IndexKind::Clustered | IndexKind::NonClustered | IndexKind::Hash
            )
        })
    }

    /// Whether some index's leading key columns are exactly `columns`, in any order.
    pub fn has_index_leading_with(&self, columns: &[&str]) -> bool {
        if columns.is_empty() {
            return true;
        }
        self.index_keys().iter().any(|key| {
            key.len() >= columns.len()
                && columns.iter().all(|c| {
                    key[..columns.len()]
                        .iter()
                        .any(|k| k.eq_ignore_ascii_case(c))
                })
        })
    }

    /// Whether any index, key or filter mentions the column at all.
    pub fn column_is_indexed_anywhere(&self, column: &str) -> bool {
        self.index_keys()
            .iter()
            .any(|key| key.iter().any(|k| k.eq_ignore_ascii_case(column)))
            || self.table.indexes.iter().any(|i| {
                i.filter
                    .as_deref()
                    .is_some_and(|f| contains_word(f, column))
                    || i.include.iter().any(|c| c.eq_ignore_ascii_case(column))
            })
    }

    /// Whether a UNIQUE key (primary key, unique constraint or unique index) is exactly
    /// these columns in any order, or a subset of them (which also makes them unique).
    pub fn is_unique(&self, columns: &[&str]) -> bool {
        self.unique_keys().iter().any(|key| {
            !key.is_empty()
                && key
                    .iter()
                    .all(|k| columns.iter().any(|c| c.eq_ignore_ascii_case(k)))
        })
    }

    /// Column lists of PRIMARY KEY, UNIQUE constraints and unique indexes.
    pub fn unique_keys(&self) -> Vec<Vec<&'a str>> {
        let mut keys = Vec::new();
        if let Some(pk) = &self.table.primary_key {
            keys.push(pk.columns.iter().map(|c| c.name.as_str()).collect());
        }
        for uq in &self.table.unique_constraints {
            keys.push(uq.columns.iter().map(|c| c.name.as_str()).collect());
        }
        for index in self.table.indexes.iter().filter(|i| i.unique) {
            keys.push(index.columns.iter().map(|c| c.name.as_str()).collect());
        }
        keys
    }

    /// The foreign key that covers this column, if any.
    pub fn foreign_key_of(&self, column: &str) -> Option<&'a ForeignKey> {
        self.table
            .foreign_keys
            .iter()
            .find(|fk| fk.columns.iter().any(|c| c.eq_ignore_ascii_case(column)))
    }

    /// Whether a CHECK constraint mentions the column.
    pub fn has_check_on(&self, column: &str) -> bool {
        self.table.checks.iter().any(|c| {
            c.columns.iter().any(|x| x.eq_ignore_ascii_case(column))
                || contains_word(&c.expression, column)
        })
    }

    /// The columns of the clustered index, or of the primary key when it is clustered.
    pub fn clustered_key(&self) -> Option<Vec<&'a str>> {
        if let Some(index) = self
            .table
            .indexes
            .iter()
            .find(|i| i.kind == IndexKind::Clustered)
        {
            return Some(index.columns.iter().map(|c| c.name.as_str()).collect());
        }
        let pk = self.table.primary_key.as_ref()?;
        let clustered = match pk.clustering {
            Clustering::Clustered => true,
            Clustering::Unspecified => !self.roles.memory_optimized && !self.roles.columnstore,
            Clustering::NonClustered | Clustering::Hash { .. } => false,
        };
        clustered.then(|| pk.columns.iter().map(|c| c.name.as_str()).collect())
    }

    /// Whether the table is stored as a heap (no clustered index of any kind).
    pub fn is_heap(&self) -> bool {
        !self.roles.memory_optimized && !self.roles.columnstore && self.clustered_key().is_none()
    }

    /// Whether the column is the single-column primary key, or an IDENTITY column.
    pub fn is_surrogate_key(&self, column: &Column) -> bool {
        column.identity.is_some()
            || self.table.primary_key.as_ref().is_some_and(|pk| {
                pk.columns.len() == 1 && pk.columns[0].name.eq_ignore_ascii_case(&column.name)
            })
    }

    /// Whether the column is part of the primary key.
    pub fn in_primary_key(&self, column: &str) -> bool {
        self.table.primary_key.as_ref().is_some_and(|pk| {
            pk.columns
                .iter()
                .any(|c| c.name.eq_ignore_ascii_case(column))
        })
    }

    /// Comments on the table and its columns, as one lower-cased text per column.
    pub fn column_comment_text(&self, column: &Column) -> String {
        let mut text = String::new();
        for comment in &column.comments {
            text.push_str(&comment.text.to_ascii_lowercase());
            text.push(' ');
        }
        if let Some(description) = &column.description {
            text.push_str(&description.to_ascii_lowercase());
        }
        text
    }

    /// Whether some column's type is one of the families.
    pub fn has_type(&self, families: &[TypeFamily]) -> bool {
        self.table
            .columns
            .iter()
            .any(|c| families.contains(&c.data_type.family))
    }

    /// The line of a column, for findings about it.
    pub fn line_of(&self, column: &str) -> Option<usize> {
        self.column(column).map(|c| c.span.line as usize)
    }
}

/// Whether two names denote the same table, cheaply when the bare names differ.
pub fn same_table(a: &QualifiedName, b: &QualifiedName) -> bool {
    a.name.eq_ignore_ascii_case(&b.name) && a.same_object(b)
}

/// The one column of a table's primary key, if it has exactly one.
pub fn single_key(table: &Table) -> Option<String> {
    let pk = table.primary_key.as_ref()?;
    (pk.columns.len() == 1).then(|| pk.columns[0].name.clone())
}

/// The display name of a table: schema-qualified (defaulting the schema by dialect), unbracketed.
pub fn display_name(name: &QualifiedName, dialect: Dialect) -> String {
    let schema = name.schema.clone().unwrap_or_else(|| {
        match dialect {
            Dialect::MsSql => "dbo",
            Dialect::Postgres => "public",
            Dialect::MySql => "",
        }
        .to_string()
    });
    if schema.is_empty() || name.name.starts_with('#') {
        name.name.clone()
    } else {
        format!("{schema}.{}", name.name)
    }
}

/// Whether `text` mentions `word` as a whole identifier, ignoring case and brackets.
pub fn contains_word(text: &str, word: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let needle = word.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'@' || b == b'#';
    let mut from = 0;
    while let Some(pos) = lower[from..].find(&needle) {
        let start = from + pos;
        let end = start + needle.len();
        let before_ok = start == 0 || !is_ident(bytes[start - 1]);
        let after_ok = end >= bytes.len() || !is_ident(bytes[end]);
        if before_ok && after_ok {
            return true;
        }
        from = end;
    }
    false
}

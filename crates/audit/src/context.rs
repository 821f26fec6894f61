//! What the rules know about a table beyond its own definition: its role in the schema,
//! which keys and indexes cover which columns, and the other tables around it.

use std::cell::OnceCell;
use std::collections::{BTreeSet, HashMap};

use schema_audit_ddl::{
    Clustering, Column, DataType, Dialect, ForeignKey, Index, IndexKind, QualifiedName, Schema,
    Table, TableIndex, TypeFamily,
};

use crate::naming::{self, NameStyle};
use crate::options::{AuditOptions, Tenancy};
use crate::roles::{self, RoleAssessment, TableRole};

/// Facts about the whole schema that single tables need.
pub struct SchemaContext<'a> {
    pub schema: &'a Schema,
    pub options: &'a AuditOptions,
    /// The first tenant column in the schema, found once: rules ask for it per table.
    tenant_column: Option<&'a Column>,
    /// Lower-cased table name -> how many other tables reference it by foreign key.
    referenced_by: HashMap<String, usize>,
    /// The tables by name. Built once so that name lookups, which rules make per column,
    /// need not scan every table.
    by_name: TableIndex,
    /// The tables by the words of their name run together (`orderitems`), and also without
    /// the schema's common product prefix (`phpbb_users` under `users`): how a column's name
    /// finds the table it means, whatever the naming style.
    by_words: HashMap<String, Vec<usize>>,
    /// Lower-cased name of a one-column primary key -> indexes of the tables keyed by it, in
    /// schema order.
    by_single_key: HashMap<String, Vec<usize>>,
    /// Lower-cased bare names of the tables named or shaped as warehouse dimensions.
    dimensions: BTreeSet<String>,
    /// History table (lower-cased bare name) -> the system-versioned table it serves.
    history_of: HashMap<String, String>,
    /// Whether tenant rules apply, and why.
    pub tenancy: TenancyVerdict,
    /// Lower-cased bare names of the tables foreign keys on the tenant column point at.
    tenant_tables: BTreeSet<String>,
    /// The tenant column as this schema spells it: the configured one in any style, else a
    /// `tenant_..._id` column several tables carry.
    pub tenant_column_name: String,
    /// The first word most table names share (`phpbb`, `Abp`), if any.
    prefix: Option<String>,
    /// Every table's role, in schema order, each judged on first use: a revision round
    /// judges only the tables it audits again and their parents.
    roles: Vec<OnceCell<RoleAssessment>>,
    /// How the schema spells multi-word names, for suggested columns.
    pub name_style: NameStyle,
    /// Whether some column defaults to a UTC clock (`SYSUTCDATETIME()`, `UTC_TIMESTAMP()`).
    pub uses_utc_defaults: bool,
}

/// Whether the schema is multi-tenant, and the evidence.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TenancyVerdict {
    pub multi_tenant: bool,
    /// What decided it: the option, or the evidence in the DDL.
    pub evidence: String,
}

impl<'a> SchemaContext<'a> {
    pub fn new(schema: &'a Schema, options: &'a AuditOptions) -> Self {
        let mut history_of = HashMap::new();
        for table in &schema.tables {
            if let Some(history) = table
                .options
                .system_versioning
                .as_ref()
                .and_then(|v| v.history_table.as_ref())
            {
                history_of.insert(history.name.to_ascii_lowercase(), table.name.name.clone());
            }
        }
        let tenant_column_name = effective_tenant_column(schema, &options.tenant_column);
        let tenant_column = schema.tables.iter().find_map(|t| {
            t.columns
                .iter()
                .find(|c| naming::is_tenant_column(&c.name, &tenant_column_name))
        });
        let dimensions = schema
            .tables
            .iter()
            .filter(|t| {
                naming::is_dimension_name(t.name.schema.as_deref(), &t.name.name)
                    || roles::scd2_and_lineage(t) == (true, true)
            })
            .map(|t| t.name.name.to_ascii_lowercase())
            .collect();
        let tenant_tables: BTreeSet<String> = schema
            .tables
            .iter()
            .flat_map(|t| t.foreign_keys.iter())
            // A key on the tenant column alone; composite keys that lead with it
            // (`(tenant_id, project_id)`) point at tenant-owned rows, not at the tenants.
            .filter(|fk| {
                matches!(fk.columns.as_slice(), [only] if naming::is_tenant_column(only, &tenant_column_name))
            })
            .map(|fk| fk.referenced_table.name.to_ascii_lowercase())
            .collect();
        let tenancy = tenancy_verdict(schema, options, &tenant_column_name, &tenant_tables);
        let name_style = NameStyle::dominant(
            schema
                .tables
                .iter()
                .flat_map(|t| t.columns.iter().map(|c| c.name.as_str())),
        );
        let by_name = TableIndex::of(&schema.tables);
        let prefix = naming::common_prefix(schema.tables.iter().map(|t| t.name.name.as_str()));
        let mut by_words: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, table) in schema.tables.iter().enumerate() {
            by_words
                .entry(naming::word_key(&table.name.name))
                .or_default()
                .push(i);
            if let Some(prefix) = &prefix {
                if naming::starts_with_word(&table.name.name, prefix) {
                    if let Some(key) = naming::word_key_after_first(&table.name.name) {
                        by_words.entry(key).or_default().push(i);
                    }
                }
            }
        }
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
            tenant_column,
            referenced_by: HashMap::new(),
            by_name,
            by_words,
            by_single_key,
            dimensions,
            history_of,
            tenancy,
            tenant_tables,
            tenant_column_name,
            roles: (0..schema.tables.len()).map(|_| OnceCell::new()).collect(),
            prefix,
            name_style,
            uses_utc_defaults: schema.tables.iter().any(|t| {
                t.columns.iter().any(|c| {
                    c.default.as_ref().is_some_and(|d| {
                        let e = d.expression.to_ascii_lowercase();
                        e.contains("utc")
                    })
                })
            }),
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

    /// The tables whose name has the words of `name` (any style, product prefix optional),
    /// in schema order.
    fn tables_named(&self, name: &str) -> impl Iterator<Item = &'a Table> + '_ {
        let tables = &self.schema.tables;
        self.by_words
            .get(&naming::word_key(name))
            .into_iter()
            .flatten()
            .map(move |&i| &tables[i])
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

    /// Whether tenant rules apply (see [`tenancy_verdict`]).
    pub fn is_multi_tenant(&self) -> bool {
        self.tenancy.multi_tenant
    }

    /// Whether the table is the tenant table: named after the tenant column, or referenced by
    /// a foreign key on the tenant column. It never needs a tenant column itself.
    pub fn is_tenant_table(&self, table: &Table) -> bool {
        naming::is_tenant_table(&table.name.name, &self.tenant_column_name)
            || self.prefix.as_deref().is_some_and(|p| {
                naming::starts_with_word(&table.name.name, p)
                    && naming::is_tenant_table_after_prefix(
                        &table.name.name,
                        &self.tenant_column_name,
                    )
            })
            || self
                .tenant_tables
                .contains(&table.name.name.to_ascii_lowercase())
    }

    /// Whether tenancy is declared rather than only seen in names: by the option, or by
    /// foreign keys from the tenant column to a tenant table.
    pub fn tenancy_is_declared(&self) -> bool {
        self.options.tenancy() == Tenancy::Multi
            || self.is_multi_tenant() && !self.tenant_tables.is_empty()
    }

    /// Whether the table is shared across tenants by design: a junction links it to the
    /// tenant table (`users` with `memberships (tenant_id, user_id)`).
    pub fn shared_with_tenants(&self, table: &Table) -> bool {
        self.schema.tables.iter().any(|junction| {
            let mut to_tenant = false;
            let mut to_table = false;
            for fk in &junction.foreign_keys {
                if let Some(parent) = self.table(&fk.referenced_table) {
                    to_tenant |= self.is_tenant_table(parent);
                    to_table |= std::ptr::eq(parent, table);
                }
            }
            to_tenant && to_table && !std::ptr::eq(junction, table)
        })
    }

    /// Whether any table of the schema declares a foreign key.
    pub fn declares_foreign_keys(&self) -> bool {
        !self.referenced_by.is_empty()
    }

    /// Whether the schema looks like a warehouse: it has dimensions.
    pub fn is_warehouse(&self) -> bool {
        !self.dimensions.is_empty()
    }

    /// The role of a table: the user's, else inferred from the DDL and its neighbours.
    /// Computed once per table of the schema, since rules ask for their parents' roles too.
    pub fn role_of(&self, table: &Table) -> RoleAssessment {
        self.with_role(table, RoleAssessment::clone)
    }

    /// The role of a table, without its evidence (no copy of the assessment).
    pub fn role_kind_of(&self, table: &Table) -> TableRole {
        self.with_role(table, |r| r.role)
    }

    /// Reads a table's assessment, judged once for a table of this schema.
    fn with_role<T>(&self, table: &Table, read: impl FnOnce(&RoleAssessment) -> T) -> T {
        match self.index_of(table) {
            Some(i) => read(self.roles[i].get_or_init(|| self.judge_role(table))),
            None => read(&self.judge_role(table)),
        }
    }

    /// The position of a table of this schema, found by address.
    fn index_of(&self, table: &Table) -> Option<usize> {
        let size = std::mem::size_of::<Table>().max(1);
        let offset =
            (table as *const Table as usize).checked_sub(self.schema.tables.as_ptr() as usize)?;
        let i = offset / size;
        self.schema
            .tables
            .get(i)
            .filter(|t| std::ptr::eq(*t, table))
            .map(|_| i)
    }

    fn judge_role(&self, table: &Table) -> RoleAssessment {
        let display = display_name(&table.name, self.options.dialect);
        if let Some(declared) = roles::declared(table, &display, &self.options.roles) {
            return declared;
        }
        let near = roles::Neighbourhood {
            has_dimensions: !self.dimensions.is_empty(),
            dimensions: &self.dimensions,
            referenced_by: self.referencing_count(table),
            history_of: self
                .history_of
                .get(&table.name.name.to_ascii_lowercase())
                .map(String::as_str),
        };
        roles::infer(table, &near)
    }

    /// The first tenant column of the schema, if any table has one.
    pub fn tenant_table(&self) -> Option<&'a Column> {
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
        for stem in naming::referenced_table_candidates(column, self.is_warehouse()) {
            if let Some(table) = self.tables_named(&stem).find(not_from) {
                // A unique column of the same name (`be_Blogs.BlogID` beside an identity
                // `BlogRowID`) is what the reference means; else the primary key.
                let same_name = table
                    .column(column)
                    .filter(|c| is_unique_column(table, &c.name))
                    .map(|c| c.name.clone());
                let key = same_name
                    .or_else(|| single_key(table))
                    .or_else(|| table.column(column).map(|c| c.name.clone()))?;
                return Some((table, key));
            }
        }
        // A table keyed by a column of this name, unless that key is itself a foreign key:
        // `profile_fields_data (user_id PRIMARY KEY REFERENCES users)` extends the users, it
        // is not what `user_id` means elsewhere.
        let table = self
            .by_single_key
            .get(&column.to_ascii_lowercase())?
            .iter()
            .map(|&i| &self.schema.tables[i])
            .filter(|t| {
                single_key(t).is_some_and(|k| {
                    !t.foreign_keys
                        .iter()
                        .any(|fk| fk.columns.iter().any(|c| c.eq_ignore_ascii_case(&k)))
                })
            })
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
        self.history_of
            .contains_key(&table.name.name.to_ascii_lowercase())
    }
}

/// Multi-tenant when the user says so, or when the DDL shows it: a tenant table (`Tenant`,
/// `tenants`, named after the tenant column), or the tenant column on at least two tables.
/// Never a guess from the schema's size.
/// The configured tenant column when some table has it (in any style), else the
/// `tenant_..._id` column most tables carry (at least two), else the configured name.
fn effective_tenant_column(schema: &Schema, configured: &str) -> String {
    let columns = || schema.tables.iter().flat_map(|t| t.columns.iter());
    if columns().any(|c| naming::is_tenant_column(&c.name, configured)) {
        return configured.to_string();
    }
    let mut counts: std::collections::BTreeMap<String, (usize, &str)> = Default::default();
    for column in columns().filter(|c| naming::is_tenant_like(&c.name)) {
        counts
            .entry(naming::word_key(&column.name))
            .or_insert((0, &column.name))
            .0 += 1;
    }
    counts
        .into_values()
        .filter(|(n, _)| *n >= 2)
        .max_by_key(|(n, _)| *n)
        .map(|(_, name)| name.to_string())
        .unwrap_or_else(|| configured.to_string())
}

fn tenancy_verdict(
    schema: &Schema,
    options: &AuditOptions,
    column: &str,
    tenant_tables: &BTreeSet<String>,
) -> TenancyVerdict {
    match options.tenancy() {
        Tenancy::Multi => {
            return TenancyVerdict {
                multi_tenant: true,
                evidence: "the `tenancy` option says multi-tenant".to_string(),
            }
        }
        Tenancy::Single => {
            return TenancyVerdict {
                multi_tenant: false,
                evidence: "the `tenancy` option says single-tenant".to_string(),
            }
        }
        Tenancy::Auto => {}
    }
    if let Some(table) = tenant_tables.iter().next() {
        return TenancyVerdict {
            multi_tenant: true,
            evidence: format!("foreign keys on `{column}` point at a tenant table, `{table}`"),
        };
    }
    if let Some(table) = schema
        .tables
        .iter()
        .find(|t| naming::is_tenant_table(&t.name.name, column))
    {
        return TenancyVerdict {
            multi_tenant: true,
            evidence: format!("the schema has a tenant table, `{}`", table.name.name),
        };
    }
    let carriers = schema
        .tables
        .iter()
        .filter(|t| {
            t.columns
                .iter()
                .any(|c| naming::is_tenant_column(&c.name, column))
        })
        .count();
    if carriers >= 2 {
        TenancyVerdict {
            multi_tenant: true,
            evidence: format!("{carriers} tables carry the tenant column `{column}`"),
        }
    } else {
        TenancyVerdict {
            multi_tenant: false,
            evidence: format!(
                "no tenant table and {} carrying `{column}`: judged single-tenant (set `tenancy` to change)",
                if carriers == 1 { "only one table" } else { "no table" }
            ),
        }
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
    /// What the table is, and why (see [`crate::roles`]).
    pub role: RoleAssessment,
    /// Storage facts and the flags the rules read, derived from the table and its role.
    pub roles: Roles,
    /// Schema-qualified name without brackets, e.g. `dbo.Model`.
    pub name: String,
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
        let role = schema.role_of(table);
        let kind = role.role;
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
            // Only tables that mirror another's rows: the rules that skip history skip what
            // cannot be changed on its own. A table merely named `...History` is judged.
            history: schema.is_history_table(table)
                || naming::looks_like_period_history(
                    &table.name.name,
                    &table
                        .columns
                        .iter()
                        .map(|c| c.name.as_str())
                        .collect::<Vec<_>>(),
                ) && table.primary_key.is_none(),
            temporal: table.options.enabled_system_versioning().is_some(),
            temporary: table.is_temporary || table.name.name.starts_with('#'),
            infrastructure: matches!(kind, TableRole::Vendor | TableRole::Staging)
                || naming::is_infrastructure_name(&table.name.name),
            cache: kind == TableRole::Cache,
            log_like: matches!(kind, TableRole::Log | TableRole::Queue | TableRole::History),
            business_critical: naming::is_business_critical_table(&table.name.name)
                && !matches!(
                    kind,
                    TableRole::Staging | TableRole::Lookup | TableRole::Dimension
                ),
            // Large by evidence: append-only roles, time-series names, or a columnstore index
            // (its designers expect it to grow).
            time_series: matches!(kind, TableRole::Log | TableRole::History | TableRole::Fact)
                || naming::is_time_series_name(&table.name.name) && kind != TableRole::Lookup
                || table.indexes.iter().any(|i| {
                    matches!(
                        i.kind,
                        IndexKind::ClusteredColumnstore | IndexKind::NonClusteredColumnstore
                    )
                }),
            graph: table.options.graph.is_some(),
            filetable: table.options.filetable,
        };
        TableContext {
            table,
            schema,
            options,
            role,
            roles,
            name,
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

    /// The table's role.
    pub fn kind(&self) -> TableRole {
        self.role.role
    }

    /// A new column's name, spelt in the schema's style: `updated_at` or `UpdatedAt`.
    /// A name for a column a fix adds, in the schema's style and free in this table: `id`
    /// when the table has no `id`, else `row_id`, then `row_id_2`, ...
    pub fn new_column_name(&self, words: &[&str]) -> String {
        let style = &self.schema.name_style;
        let first = style.spell(words);
        if self.table.column(&first).is_none() {
            return first;
        }
        let mut prefixed = vec!["row"];
        prefixed.extend_from_slice(words);
        let second = style.spell(&prefixed);
        if self.table.column(&second).is_none() {
            return second;
        }
        (2..)
            .map(|n| style.spell(&[prefixed.as_slice(), &[n.to_string().as_str()]].concat()))
            .find(|name| self.table.column(name).is_none())
            .unwrap_or(second)
    }

    pub fn column(&self, name: &str) -> Option<&'a Column> {
        self.table.column(name)
    }

    pub fn tenant_column(&self) -> Option<&'a Column> {
        self.table
            .columns
            .iter()
            .find(|c| naming::is_tenant_column(&c.name, &self.schema.tenant_column_name))
    }

    /// Whether the column is the schema's tenant column.
    pub fn is_tenant_column(&self, column: &str) -> bool {
        naming::is_tenant_column(column, &self.schema.tenant_column_name)
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

/// Whether one column alone is a primary key, unique constraint or unique index.
pub fn is_unique_column(table: &Table, column: &str) -> bool {
    let alone = |columns: &[schema_audit_ddl::IndexColumn]| matches!(columns, [only] if only.name.eq_ignore_ascii_case(column));
    table
        .primary_key
        .as_ref()
        .is_some_and(|pk| alone(&pk.columns))
        || table.unique_constraints.iter().any(|u| alone(&u.columns))
        || table.indexes.iter().any(|i| i.unique && alone(&i.columns))
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

/// Whether values of the type are points in time (a date, or a date and time): what a time
/// range, a retention cut-off or a partition boundary compares against.
pub fn is_point_in_time(family: &schema_audit_ddl::TypeFamily) -> bool {
    use schema_audit_ddl::TypeFamily;
    matches!(
        family,
        TypeFamily::DateTime2
            | TypeFamily::DateTime
            | TypeFamily::Date
            | TypeFamily::DateTimeOffset
            | TypeFamily::SmallDateTime
    )
}

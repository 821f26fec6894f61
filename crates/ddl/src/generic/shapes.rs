//! Statements and clauses read from their tokens before sqlparser sees them: the shapes
//! dump tools write that sqlparser does not know (PostgreSQL `ATTACH PARTITION`, `ALTER
//! SEQUENCE ... OWNED BY`, MySQL `DISABLE KEYS`, stored-program bodies) and the partition
//! clauses of CREATE TABLE, which are kept verbatim.

use sqlparser::tokenizer::Token;

use super::Ctx;
use crate::lexer::{is_kw, NO_PAIR};
use crate::model::{
    ColumnRef, Dialect, Identity, IdentityStyle, IndexKind, PartitionOf, QualifiedName,
    StatementKind, Table,
};
use crate::tsql::alter_table::AlterAction;
use crate::tsql::clauses::Diags;
use crate::tsql::{Effect, Statement};

/// CREATE TABLE clauses taken from the tokens, verbatim.
#[derive(Default)]
pub(super) struct TableClauses {
    /// After `PARTITION BY`.
    partition_by: Option<String>,
    /// From `FOR VALUES` or `DEFAULT` after `PARTITION OF parent`.
    bound: Option<String>,
    /// PostgreSQL `TABLESPACE x`, which sqlparser does not read after `WITH (...)`.
    tablespace: Option<String>,
    /// MySQL `CREATE FULLTEXT|SPATIAL INDEX`, whose keyword sqlparser does not read.
    index_kind: Option<IndexKind>,
}

impl TableClauses {
    /// The tablespace of a CREATE INDEX.
    pub(super) fn tablespace(&self) -> Option<String> {
        self.tablespace.clone()
    }

    /// The kind a CREATE INDEX keyword gave, when sqlparser was not shown it.
    pub(super) fn index_kind(&self) -> Option<IndexKind> {
        self.index_kind
    }

    pub(super) fn apply(self, table: &mut Table) {
        if self.partition_by.is_some() {
            table.options.partition_by = self.partition_by;
        }
        if self.tablespace.is_some() {
            table.options.tablespace = self.tablespace;
        }
        if let (Some(bound), Some(of)) = (self.bound, table.options.partition_of.as_mut()) {
            of.bound = bound;
        }
    }
}

/// Words that end a PostgreSQL CREATE TABLE clause that runs on after `PARTITION BY` or a
/// partition bound.
const PG_CLAUSE_ENDS: [&str; 5] = ["USING", "WITH", "WITHOUT", "TABLESPACE", "ON"];

impl Ctx<'_> {
    fn tok(&self, i: usize) -> Option<&Token> {
        self.lexed.toks.get(i).map(|t| &t.token)
    }

    fn is_kw_at(&self, i: usize, hi: usize, kw: &str) -> bool {
        i < hi && self.tok(i).is_some_and(|t| is_kw(t, kw))
    }

    /// The source text from token `a` to token `b` (exclusive). Inside a MySQL executable
    /// comment (`/*!50100 ... */`) the tokenizer's positions do not match the text, so
    /// there the tokens are printed instead.
    pub(super) fn text(&self, a: usize, b: usize) -> String {
        let toks = &self.lexed.toks;
        if a >= b {
            return String::new();
        }
        let (Some(first), Some(last)) = (toks.get(a), b.checked_sub(1).and_then(|l| toks.get(l)))
        else {
            return String::new();
        };
        let slice = (first.start <= last.end)
            .then(|| self.src.get(first.start..last.end))
            .flatten()
            .unwrap_or("");
        let agrees = |t: &crate::lexer::Tok| {
            self.src
                .get(t.start..t.end)
                .is_some_and(|s| s == t.token.to_string())
        };
        if agrees(first) && agrees(last) {
            return slice.to_string();
        }
        let mut out = String::new();
        let mut previous: Option<&Token> = None;
        for t in &toks[a..b.min(toks.len())] {
            let tight = matches!(t.token, Token::Comma | Token::RParen | Token::Period)
                || matches!(previous, Some(Token::LParen | Token::Period) | None);
            if !tight {
                out.push(' ');
            }
            out.push_str(&t.token.to_string());
            previous = Some(&t.token);
        }
        out
    }

    /// The index after a bracket group opened at `i`, or after the token.
    pub(super) fn skip_group(&self, i: usize) -> usize {
        match self.lexed.pair.get(i) {
            Some(&close) if close != NO_PAIR && self.tok(i) == Some(&Token::LParen) => close + 1,
            _ => i + 1,
        }
    }

    /// A dotted object name starting at `i`, folded as the server folds it, and the index
    /// after it.
    fn name_at(&self, mut i: usize, hi: usize) -> Option<(QualifiedName, usize)> {
        let mut parts = Vec::new();
        while let Some(Token::Word(w)) = self.tok(i).filter(|_| i < hi) {
            parts.push(self.fold(&w.value, w.quote_style.is_some()));
            i += 1;
            if self.tok(i) == Some(&Token::Period) && i < hi {
                i += 1;
            } else {
                break;
            }
        }
        let name = parts.pop()?;
        let schema = parts.pop();
        let database = parts.pop();
        Some((
            QualifiedName {
                database,
                schema,
                name,
            },
            i,
        ))
    }

    /// Words sqlparser does not read in statements it otherwise knows, left out of `keep`
    /// because they say how a statement runs, not what it makes: PostgreSQL's
    /// `DROP INDEX CONCURRENTLY`.
    pub(super) fn how_to_run_words(&self, lo: usize, hi: usize, keep: &mut Vec<usize>) {
        let kw = |i: usize, k: &str| self.is_kw_at(i, hi, k);
        if self.dialect == Dialect::Postgres
            && kw(lo, "DROP")
            && kw(lo + 1, "INDEX")
            && kw(lo + 2, "CONCURRENTLY")
        {
            keep.retain(|&i| i != lo + 2);
        }
    }

    /// MySQL `ALTER TABLE t ... RENAME INDEX|KEY a TO b ...` and `DROP CHECK c`, which
    /// sqlparser does not read (it takes CHECK for a column's name): each such operation (and
    /// the comma that joins it to the others) is taken out of `keep` and returned as an
    /// action, with the table's name and whether nothing else is left for sqlparser to read.
    pub(super) fn mysql_operations(
        &self,
        lo: usize,
        hi: usize,
        keep: &mut Vec<usize>,
    ) -> Option<(QualifiedName, Vec<AlterAction>, bool)> {
        let kw = |i: usize, k: &str| self.is_kw_at(i, hi, k);
        if self.dialect != Dialect::MySql || !kw(lo, "ALTER") || !kw(lo + 1, "TABLE") {
            return None;
        }
        let (table, first) = self.name_at(lo + 2, hi)?;
        let word = |i: usize| match self.tok(i).filter(|_| i < hi) {
            Some(Token::Word(w)) => Some(self.fold(&w.value, w.quote_style.is_some())),
            _ => None,
        };
        let mut actions = Vec::new();
        let mut i = first;
        while i < hi {
            let starts_operation = i == first || self.tok(i - 1) == Some(&Token::Comma);
            let renamed = (kw(i, "RENAME") && (kw(i + 1, "INDEX") || kw(i + 1, "KEY")))
                .then(|| Some((word(i + 2)?, word(i + 4)?)))
                .flatten()
                .filter(|_| kw(i + 3, "TO"))
                .map(|(from, to)| (AlterAction::RenameIndex { from, to }, 5));
            let dropped = (kw(i, "DROP") && kw(i + 1, "CHECK"))
                .then(|| word(i + 2))
                .flatten()
                .map(|name| (AlterAction::DropConstraint(name), 3));
            let options = self.mysql_table_options(i, hi);
            if let Some((action, len)) =
                renamed.or(dropped).or(options).filter(|_| starts_operation)
            {
                actions.push(action);
                let comma = if i > first {
                    Some(i - 1)
                } else {
                    Some(i + len).filter(|&c| self.tok(c) == Some(&Token::Comma) && c < hi)
                };
                keep.retain(|&k| !(i..i + len).contains(&k) && Some(k) != comma);
                i += len;
                continue;
            }
            match self.tok(i) {
                Some(Token::LParen) if self.lexed.pair[i] != NO_PAIR => i = self.lexed.pair[i] + 1,
                _ => i += 1,
            }
        }
        if actions.is_empty() {
            return None;
        }
        let nothing_else = !keep.iter().any(|&k| k >= first);
        Some((table, actions, nothing_else))
    }

    /// One MySQL ALTER TABLE operation of table options, which sqlparser does not read:
    /// `ENGINE=x ROW_FORMAT=y ...` (any of ENGINE, ROW_FORMAT, KEY_BLOCK_SIZE, [DEFAULT]
    /// CHARSET or CHARACTER SET, COLLATE), or `CONVERT TO CHARACTER SET x [COLLATE y]`.
    /// Returns the action and the number of tokens it spans.
    fn mysql_table_options(&self, at: usize, hi: usize) -> Option<(AlterAction, usize)> {
        let kw = |i: usize, k: &str| self.is_kw_at(i, hi, k);
        let value = |i: usize| match self.tok(i).filter(|_| i < hi) {
            Some(Token::Word(w)) => Some(w.value.clone()),
            Some(Token::Number(n, _)) => Some(n.clone()),
            Some(Token::SingleQuotedString(s)) => Some(s.clone()),
            _ => None,
        };
        let mut options = crate::model::TableOptions::default();
        let mut i = at;
        if kw(i, "CONVERT") && kw(i + 1, "TO") {
            i += 2;
        }
        loop {
            let start = i;
            kw(i, "DEFAULT").then(|| i += 1);
            let (slot, len) = if kw(i, "CHARACTER") && kw(i + 1, "SET") {
                (&mut options.charset, 2)
            } else if kw(i, "CHARSET") {
                (&mut options.charset, 1)
            } else if kw(i, "COLLATE") {
                (&mut options.collation, 1)
            } else if kw(i, "ENGINE") {
                (&mut options.engine, 1)
            } else if kw(i, "ROW_FORMAT") {
                (&mut options.row_format, 1)
            } else if kw(i, "KEY_BLOCK_SIZE") {
                (&mut options.key_block_size, 1)
            } else {
                i = start;
                break;
            };
            i += len;
            if self.tok(i) == Some(&Token::Eq) {
                i += 1;
            }
            *slot = Some(value(i)?);
            i += 1;
        }
        (i > at && (i >= hi || self.tok(i) == Some(&Token::Comma)))
            .then_some((AlterAction::SetOptions(options), i - at))
    }

    /// Statements read from their tokens alone, or `None` for sqlparser.
    pub(super) fn by_shape(&self, lo: usize, hi: usize, diags: &mut Diags) -> Option<Statement> {
        let kw = |i: usize, k: &str| self.is_kw_at(i, hi, k);
        if kw(lo, "DELIMITER") && self.dialect == Dialect::MySql {
            return Some(Statement::skipped(StatementKind::Other("delimiter".into())));
        }
        if kw(lo, "CREATE") && self.dialect == Dialect::MySql {
            // mysqldump's stored programs: `CREATE DEFINER=... PROCEDURE|FUNCTION|TRIGGER
            // |EVENT`, whose BEGIN ... END bodies sqlparser cannot read.
            let head =
                (lo + 1..hi.min(lo + 16)).take_while(|&i| self.tok(i) != Some(&Token::LParen));
            for i in head {
                let kind = match self.tok(i) {
                    Some(t) if is_kw(t, "PROCEDURE") => StatementKind::Procedure,
                    Some(t) if is_kw(t, "FUNCTION") => StatementKind::Function,
                    Some(t) if is_kw(t, "TRIGGER") => StatementKind::Trigger,
                    Some(t) if is_kw(t, "EVENT") => StatementKind::Other("create event".into()),
                    Some(t) if is_kw(t, "TABLE") || is_kw(t, "INDEX") => break,
                    _ => continue,
                };
                return Some(Statement::skipped(kind));
            }
        }
        if self.dialect == Dialect::Postgres && self.tok(lo) == Some(&Token::Backslash) {
            return Some(Statement::skipped(StatementKind::Other("psql".into())));
        }
        if kw(lo, "ALTER") && kw(lo + 1, "SEQUENCE") {
            return Some(self.alter_sequence(lo + 2, hi));
        }
        if kw(lo, "CREATE") && kw(lo + 1, "SEQUENCE") && self.dialect == Dialect::Postgres {
            return self.create_sequence(lo + 2, hi);
        }
        if kw(lo, "ALTER") && !kw(lo + 1, "TABLE") {
            // pg_dump's `ALTER TYPE|VIEW|FUNCTION|SCHEMA|DOMAIN ... OWNER TO role`.
            let owner_to = (lo + 2..hi).any(|i| kw(i, "OWNER") && kw(i + 1, "TO"));
            if owner_to {
                let object = match self.tok(lo + 1) {
                    Some(Token::Word(w)) => w.value.to_ascii_lowercase(),
                    _ => String::new(),
                };
                return Some(Statement::skipped(StatementKind::Other(format!(
                    "alter {object}"
                ))));
            }
        }
        if kw(lo, "ALTER") && kw(lo + 1, "TABLE") {
            let mut i = lo + 2;
            if kw(i, "IF") && kw(i + 1, "EXISTS") {
                i += 2;
            }
            if kw(i, "ONLY") {
                i += 1;
            }
            let (table, after) = self.name_at(i, hi)?;
            let object = Some(table.to_string());
            if kw(after, "ATTACH") && kw(after + 1, "PARTITION") {
                let (child, bound_at) = self.name_at(after + 2, hi)?;
                let of = PartitionOf {
                    parent: table,
                    bound: self.text(bound_at, hi),
                };
                return Some(Statement::schema(
                    StatementKind::AlterTable,
                    object,
                    Effect::Alter(child, vec![AlterAction::SetPartitionOf(of)]),
                ));
            }
            // `ALTER [COLUMN] c DROP IDENTITY [IF EXISTS]` and `ALTER [COLUMN] c SET GENERATED
            // ALWAYS | BY DEFAULT`, which sqlparser does not read.
            if kw(after, "ALTER") && self.dialect == Dialect::Postgres {
                let at = if kw(after + 1, "COLUMN") {
                    after + 2
                } else {
                    after + 1
                };
                if let Some(Token::Word(w)) = self.tok(at) {
                    let name = self.fold(&w.value, w.quote_style.is_some());
                    let action = if kw(at + 1, "DROP") && kw(at + 2, "IDENTITY") {
                        let if_exists = kw(at + 3, "IF") && kw(at + 4, "EXISTS");
                        let end = if if_exists { at + 5 } else { at + 3 };
                        (end == hi).then_some(AlterAction::DropIdentity { name, if_exists })
                    } else if kw(at + 1, "SET") && kw(at + 2, "GENERATED") {
                        let style = if kw(at + 3, "ALWAYS") && at + 4 == hi {
                            Some(IdentityStyle::GeneratedAlways)
                        } else if kw(at + 3, "BY") && kw(at + 4, "DEFAULT") && at + 5 == hi {
                            Some(IdentityStyle::GeneratedByDefault)
                        } else {
                            None
                        };
                        style.map(|style| AlterAction::SetIdentityStyle { name, style })
                    } else {
                        None
                    };
                    if let Some(action) = action {
                        return Some(Statement::schema(
                            StatementKind::AlterTable,
                            object,
                            Effect::Alter(table, vec![action]),
                        ));
                    }
                }
            }
            // pg_dump's identity columns: `ALTER COLUMN c ADD GENERATED ALWAYS AS IDENTITY
            // (SEQUENCE NAME s START WITH 1 ...)`, whose SEQUENCE NAME sqlparser rejects.
            if kw(after, "ALTER") && kw(after + 1, "COLUMN") && kw(after + 3, "ADD") {
                let column = match self.tok(after + 2) {
                    Some(Token::Word(w)) => self.fold(&w.value, w.quote_style.is_some()),
                    _ => return None,
                };
                let mut i = after + 4;
                if !kw(i, "GENERATED") {
                    return None;
                }
                let style = if kw(i + 1, "ALWAYS") {
                    i += 2;
                    IdentityStyle::GeneratedAlways
                } else if kw(i + 1, "BY") && kw(i + 2, "DEFAULT") {
                    i += 3;
                    IdentityStyle::GeneratedByDefault
                } else {
                    return None;
                };
                if !(kw(i, "AS") && kw(i + 1, "IDENTITY")) {
                    return None;
                }
                i += 2;
                let mut identity = Identity {
                    seed: "1".into(),
                    increment: "1".into(),
                    not_for_replication: false,
                    style,
                    options: None,
                };
                if self.tok(i) == Some(&Token::LParen) {
                    let end = self.skip_group(i);
                    super::recover::identity_options(&mut identity, self.text(i + 1, end - 1));
                    i = end;
                }
                if i != hi {
                    return None;
                }
                return Some(Statement::schema(
                    StatementKind::AlterTable,
                    object,
                    Effect::Alter(
                        table,
                        vec![AlterAction::SetIdentity {
                            name: column,
                            identity,
                        }],
                    ),
                ));
            }
            // Physical tuning pg_dump and migrations write, which the model does not hold:
            // `CLUSTER ON ix`, `SET WITHOUT CLUSTER`, `ALTER [COLUMN] c SET STATISTICS n |
            // STORAGE s | COMPRESSION m`.
            let column_at = if kw(after + 1, "COLUMN") {
                after + 3
            } else {
                after + 2
            };
            let tuning = (kw(after, "CLUSTER") && kw(after + 1, "ON"))
                || (kw(after, "SET") && kw(after + 1, "WITHOUT") && kw(after + 2, "CLUSTER"))
                || (kw(after, "ALTER")
                    && kw(column_at, "SET")
                    && ["STATISTICS", "STORAGE", "COMPRESSION"]
                        .iter()
                        .any(|k| kw(column_at + 1, k)));
            if tuning {
                return Some(Statement::schema(
                    StatementKind::AlterTable,
                    object,
                    Effect::Alter(table, vec![AlterAction::NoEffect]),
                ));
            }
            if kw(after, "SET") && kw(after + 1, "SCHEMA") {
                diags.clause(
                    self.lexed.toks[after].span,
                    format!(
                        "moving `{table}` to schema `{}` is not in the model",
                        self.text(after + 2, hi)
                    ),
                );
                return Some(Statement::schema(
                    StatementKind::AlterTable,
                    object,
                    Effect::Alter(table, Vec::new()),
                ));
            }
            // mysqldump: `/*!40000 ALTER TABLE t DISABLE KEYS */` around the data.
            if (kw(after, "DISABLE") || kw(after, "ENABLE")) && kw(after + 1, "KEYS") {
                return Some(Statement::schema(
                    StatementKind::AlterTable,
                    object,
                    Effect::Alter(table, vec![AlterAction::NoEffect]),
                ));
            }
        }
        None
    }

    /// `ALTER SEQUENCE s OWNED BY t.c`; other sequence changes are skipped.
    fn alter_sequence(&self, at: usize, hi: usize) -> Statement {
        let skipped = || Statement::skipped(StatementKind::Other("alter sequence".into()));
        let mut i = at;
        if self.is_kw_at(i, hi, "IF") && self.is_kw_at(i + 1, hi, "EXISTS") {
            i += 2;
        }
        let Some((sequence, after)) = self.name_at(i, hi) else {
            return skipped();
        };
        if !(self.is_kw_at(after, hi, "OWNED") && self.is_kw_at(after + 1, hi, "BY")) {
            return skipped();
        }
        let Some((mut column_path, end)) = self.name_at(after + 2, hi) else {
            return skipped();
        };
        if end != hi {
            return skipped();
        }
        // `t.c` reads as schema `t`, name `c`: shift it into table and column.
        let column = std::mem::take(&mut column_path.name);
        let Some(table_name) = column_path.schema.take() else {
            // `OWNED BY NONE`.
            return skipped();
        };
        let owner = ColumnRef {
            table: QualifiedName {
                database: None,
                schema: column_path.database,
                name: table_name,
            },
            column,
        };
        Statement::schema(
            StatementKind::Other("alter sequence".into()),
            Some(sequence.to_string()),
            Effect::SequenceOwner(sequence, owner),
        )
    }

    /// Takes the partition clauses out of a CREATE TABLE: `PARTITION BY` (sqlparser does
    /// not read MySQL's, and keeps PostgreSQL's only as an expression) is removed from
    /// `keep` and kept verbatim; a `PARTITION OF` bound is kept verbatim too.
    pub(super) fn table_clauses(
        &self,
        lo: usize,
        hi: usize,
        keep: &mut Vec<usize>,
    ) -> TableClauses {
        let mut clauses = TableClauses::default();
        let mut seen_body = false;
        // `CREATE FULLTEXT INDEX` / `CREATE SPATIAL INDEX` (MySQL): the kind is kept here and
        // the word left out. `CREATE INDEX ... ON ONLY parent` (PostgreSQL, for partitioned
        // tables): the index is the parent's, as the catalog shows it.
        if self.is_kw_at(lo, hi, "CREATE") && self.is_kw_at(lo + 2, hi, "INDEX") {
            let kind = if self.is_kw_at(lo + 1, hi, "FULLTEXT") {
                Some(IndexKind::FullText)
            } else if self.is_kw_at(lo + 1, hi, "SPATIAL") {
                Some(IndexKind::Spatial)
            } else {
                None
            };
            if kind.is_some() && self.dialect == Dialect::MySql {
                clauses.index_kind = kind;
                keep.retain(|&k| k != lo + 1);
            }
        }
        if let Some(on) = (lo..hi).find(|&k| self.is_kw_at(k, hi, "ON")) {
            if self.dialect == Dialect::Postgres
                && self.is_kw_at(on + 1, hi, "ONLY")
                && (lo..on).any(|k| self.is_kw_at(k, hi, "INDEX"))
            {
                keep.retain(|&k| k != on + 1);
            }
        }
        let mut i = lo;
        while i < hi {
            if self.tok(i) == Some(&Token::LParen) {
                seen_body = true;
                i = self.skip_group(i);
                continue;
            }
            if self.is_kw_at(i, hi, "PARTITION") && self.is_kw_at(i + 1, hi, "BY") && seen_body {
                let end = self.clause_end(i + 2, hi);
                clauses.partition_by = Some(self.text(i + 2, end));
                keep.retain(|&k| k < i || k >= end);
                i = end;
                continue;
            }
            if self.dialect == Dialect::Postgres && seen_body && self.is_kw_at(i, hi, "TABLESPACE")
            {
                if let Some((name, end)) = self.name_at(i + 1, hi) {
                    clauses.tablespace = Some(name.to_string());
                    keep.retain(|&k| k < i || k >= end);
                    i = end;
                    continue;
                }
            }
            if self.is_kw_at(i, hi, "PARTITION") && self.is_kw_at(i + 1, hi, "OF") {
                if let Some((_, mut j)) = self.name_at(i + 2, hi) {
                    if self.tok(j) == Some(&Token::LParen) {
                        j = self.skip_group(j);
                    }
                    let end = self.clause_end(j, hi);
                    clauses.bound = Some(self.text(j, end));
                    seen_body = true;
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
        clauses
    }

    /// Where a PostgreSQL clause ends: the next top-level clause word, else `hi`. MySQL's
    /// partition clause is always last.
    fn clause_end(&self, from: usize, hi: usize) -> usize {
        let mut i = from;
        while i < hi {
            if self.tok(i) == Some(&Token::LParen) {
                i = self.skip_group(i);
                continue;
            }
            let ends = self.dialect == Dialect::Postgres
                && i > from
                && (PG_CLAUSE_ENDS.iter().any(|k| self.is_kw_at(i, hi, k))
                    || (self.is_kw_at(i, hi, "PARTITION") && self.is_kw_at(i + 1, hi, "BY")));
            if ends {
                return i;
            }
            i += 1;
        }
        hi
    }
}

impl Ctx<'_> {
    /// PostgreSQL CREATE SEQUENCE, read from its tokens: sqlparser accepts its options in
    /// one order only, and pg_dump writes `AS integer` before `START WITH` before
    /// `INCREMENT BY`. `None` (sqlparser's turn) at anything unexpected.
    fn create_sequence(&self, at: usize, hi: usize) -> Option<Statement> {
        let kw = |i: usize, k: &str| self.is_kw_at(i, hi, k);
        let mut i = at;
        if kw(i, "IF") && kw(i + 1, "NOT") && kw(i + 2, "EXISTS") {
            i += 3;
        }
        let (name, mut i) = self.name_at(i, hi)?;
        let mut sequence = crate::model::Sequence {
            name,
            span: crate::model::Span::default(),
            data_type: None,
            start: None,
            increment: None,
            min_value: None,
            max_value: None,
            cycle: false,
            cache: None,
            no_cache: false,
            comments: Vec::new(),
            owned_by: None,
        };
        // A signed number: `-1`, `1`, `9223372036854775807`.
        let number = |i: usize| -> Option<(String, usize)> {
            let sign = self.tok(i) == Some(&Token::Minus);
            let at = if sign { i + 1 } else { i };
            match self.tok(at) {
                Some(Token::Number(..)) if at < hi => Some((self.text(i, at + 1), at + 1)),
                _ => None,
            }
        };
        while i < hi {
            if kw(i, "AS") {
                let Some(Token::Word(w)) = self.tok(i + 1) else {
                    return None;
                };
                let raw = w.value.clone();
                let family_name = raw.to_ascii_lowercase();
                sequence.data_type = Some(crate::types::data_type(
                    None,
                    &family_name,
                    &[],
                    &raw,
                    false,
                ));
                i += 2;
            } else if kw(i, "START") || kw(i, "INCREMENT") || kw(i, "CACHE") {
                let filler = kw(i + 1, "WITH") || kw(i + 1, "BY");
                let (value, next) = number(if filler { i + 2 } else { i + 1 })?;
                if kw(i, "START") {
                    sequence.start = Some(value);
                } else if kw(i, "INCREMENT") {
                    sequence.increment = Some(value);
                } else {
                    sequence.cache = Some(value);
                }
                i = next;
            } else if kw(i, "MINVALUE") || kw(i, "MAXVALUE") {
                let (value, next) = number(i + 1)?;
                if kw(i, "MINVALUE") {
                    sequence.min_value = Some(value);
                } else {
                    sequence.max_value = Some(value);
                }
                i = next;
            } else if kw(i, "NO")
                && (kw(i + 1, "MINVALUE") || kw(i + 1, "MAXVALUE") || kw(i + 1, "CYCLE"))
            {
                i += 2;
            } else if kw(i, "CYCLE") {
                sequence.cycle = true;
                i += 1;
            } else if kw(i, "OWNED") && kw(i + 1, "BY") {
                let (mut path, next) = self.name_at(i + 2, hi)?;
                let column = std::mem::take(&mut path.name);
                sequence.owned_by = path.schema.take().map(|table| ColumnRef {
                    table: QualifiedName {
                        database: None,
                        schema: path.database,
                        name: table,
                    },
                    column,
                });
                i = next;
            } else {
                return None;
            }
        }
        Some(Statement::schema(
            StatementKind::CreateSequence,
            Some(sequence.name.to_string()),
            Effect::Sequence(sequence),
        ))
    }
}

/// pg_dump writes table data as `COPY t (a, b) FROM stdin;` followed by tab-separated rows
/// and a `\.` line. The rows are data, not SQL (a stray quote in one would stop the
/// tokenizer), so the tokenizer sees them as blanks: each byte of a row becomes a space,
/// which keeps every byte offset and line of the script where it was.
pub(super) fn blank_copy_data(source: &str) -> std::borrow::Cow<'_, str> {
    let is_copy_from_stdin = |line: &str| {
        let line = line.trim().to_ascii_lowercase();
        line.starts_with("copy ") && line.ends_with("from stdin;")
    };
    if !source.lines().any(is_copy_from_stdin) {
        return std::borrow::Cow::Borrowed(source);
    }
    let mut out = String::with_capacity(source.len());
    let mut in_data = false;
    for line in source.split_inclusive('\n') {
        if in_data {
            let end_of_data = line.trim_end_matches(['\r', '\n']) == "\\.";
            for ch in line.chars() {
                match ch {
                    '\n' | '\r' => out.push(ch),
                    _ => out.extend(std::iter::repeat_n(' ', ch.len_utf8())),
                }
            }
            in_data = !end_of_data;
        } else {
            out.push_str(line);
            in_data = is_copy_from_stdin(line);
        }
    }
    std::borrow::Cow::Owned(out)
}

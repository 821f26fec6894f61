//! PostgreSQL and MySQL: sqlparser's own parser, statement by statement, mapped into the
//! same model and merged by the same driver as T-SQL.
//!
//! Statements are split on top-level `;` by tokens first, so one statement sqlparser
//! rejects costs only itself. sqlparser's recursion guard is compiled out (no
//! `recursive-protection` feature), so each statement's bracket depth is checked before
//! sqlparser sees it, and its own recursion counter is lowered as a second fence.

use sqlparser::ast::{
    self, AlterColumnOperation, AlterTableOperation, ColumnOption, CommentObject, CreateIndex,
    CreateTable, Expr, ObjectName, ObjectNamePart, ObjectType, Spanned, TableConstraint,
};
use sqlparser::dialect::{Dialect as SqlDialect, MySqlDialect, PostgreSqlDialect};
use sqlparser::parser::Parser;
use sqlparser::tokenizer::{Location, Token, TokenWithSpan};

use crate::lexer::{self, too_deep, Lexed};
use shapes::TableClauses;

mod recover;
mod shapes;
use crate::model::{
    codes, Check, Clustering, Column, Computed, DataType, DefaultValue, DiagnosticSeverity,
    Dialect, ForeignKey, Identity, IdentityStyle, Index, IndexColumn, IndexKind, IndexOrigin,
    Length, OptionValue, ParseOutput, PartitionOf, QualifiedName, ReferentialAction, Sequence,
    Span, StatementKind, Table, TypeFamily, UserType,
};
use crate::tsql::alter_table::AlterAction;
use crate::tsql::clauses::Diags;
use crate::tsql::create_table::{add_constraint, Constraint};
use crate::tsql::{Driver, Effect, Statement};
use crate::types;

/// Bracket depth allowed before a statement reaches sqlparser, whose recursive descent
/// spends several stack frames per level.
const GENERIC_NESTING: usize = 16;
/// sqlparser's own recursion budget (its default is 50).
const RECURSION_LIMIT: usize = 16;

pub fn parse(source: &str, dialect: Dialect, out: &mut ParseOutput) {
    let sql_dialect: Box<dyn SqlDialect> = match dialect {
        Dialect::MySql => Box::new(MySqlDialect {}),
        _ => Box::new(PostgreSqlDialect {}),
    };
    let blanked = match dialect {
        Dialect::Postgres => shapes::blank_copy_data(source),
        _ => std::borrow::Cow::Borrowed(source),
    };
    let lexed = lexer::lex(&blanked, dialect);
    let ctx = Ctx {
        src: source,
        lexed: &lexed,
        dialect,
    };
    let mut driver = Driver::new(dialect);
    for (lo, hi) in statements(source, &lexed, dialect) {
        let span = span_of(&lexed, lo, hi);
        let mut diags = Diags::default();
        let mut stmt = ctx.statement(sql_dialect.as_ref(), lo, hi, &mut diags);
        let cur = crate::cursor::Cursor {
            src: source,
            lexed: &lexed,
            pos: lo,
            end: hi,
        };
        crate::tsql::comments::attach_statement(&cur, lo, hi, &mut stmt.effect);
        driver.record(stmt, span, diags);
    }
    driver.finish(out);
    if let Some(error) = lexed.error {
        out.diagnostics.push(error);
    }
}

/// Token ranges between top-level semicolons (bracket pairs are known per batch).
///
/// MySQL scripts may change the delimiter (`DELIMITER ;;` ... `DELIMITER ;`) so that a
/// stored program's body, full of `;`, stays one statement: while a delimiter is set,
/// only its text ends a statement. The `DELIMITER` line is a statement of its own.
fn statements(src: &str, lexed: &Lexed, dialect: Dialect) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let toks = &lexed.toks;
    let mut delimiter: Option<String> = None;
    while i < toks.len() {
        if dialect == Dialect::MySql && i == start && lexer::is_kw(&toks[i].token, "DELIMITER") {
            let line_end = src[toks[i].end..]
                .find('\n')
                .map_or(src.len(), |n| toks[i].end + n);
            let mut next = i + 1;
            while next < toks.len() && toks[next].start < line_end {
                next += 1;
            }
            out.push((i, next));
            let text = src[toks[i].end..line_end].trim();
            delimiter = (!text.is_empty() && text != ";").then(|| text.to_string());
            start = next;
            i = next;
            continue;
        }
        if dialect == Dialect::Postgres && i == start && toks[i].token == Token::Backslash {
            // A psql meta-command (`\connect db`, `\restrict key`) runs to the end of its
            // line, with no semicolon.
            let line = toks[i].span.line;
            let mut next = i + 1;
            while next < toks.len() && toks[next].span.line == line {
                next += 1;
            }
            out.push((i, next));
            start = next;
            i = next;
            continue;
        }
        if let Some(delimiter) = &delimiter {
            if src[toks[i].start..].starts_with(delimiter.as_str()) {
                if start < i {
                    out.push((start, i));
                }
                let end = toks[i].start + delimiter.len();
                while i < toks.len() && toks[i].start < end {
                    i += 1;
                }
                start = i;
            } else {
                i += 1;
            }
            continue;
        }
        match toks[i].token {
            Token::LParen if lexed.pair[i] != lexer::NO_PAIR => i = lexed.pair[i],
            Token::SemiColon => {
                if start < i {
                    out.push((start, i));
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < toks.len() {
        out.push((start, toks.len()));
    }
    out
}

fn span_of(lexed: &Lexed, lo: usize, hi: usize) -> Span {
    match (lexed.toks.get(lo), lexed.toks.get(hi.saturating_sub(1))) {
        (Some(a), Some(b)) => a.span.to(b.span),
        _ => Span::default(),
    }
}

struct Ctx<'a> {
    src: &'a str,
    lexed: &'a Lexed,
    dialect: Dialect,
}

impl Ctx<'_> {
    /// An identifier as the server stores it: PostgreSQL folds unquoted names to lower
    /// case; quoted names, and every name in MySQL, are kept as written.
    fn ident(&self, ident: &ast::Ident) -> String {
        self.fold(&ident.value, ident.quote_style.is_some())
    }

    fn fold(&self, value: &str, quoted: bool) -> String {
        if self.dialect == Dialect::Postgres && !quoted {
            value.to_ascii_lowercase()
        } else {
            value.to_string()
        }
    }

    /// Column names an expression mentions (the last part of compound identifiers), as
    /// the server stores them.
    fn identifiers(&self, expr: &Expr) -> Vec<String> {
        let text = expr.to_string();
        let mut out: Vec<String> = Vec::new();
        let dialect = crate::lexer::tokenizer_dialect(Dialect::Postgres);
        if let Ok(tokens) = sqlparser::tokenizer::Tokenizer::new(dialect, &text).tokenize() {
            for (i, t) in tokens.iter().enumerate() {
                if let Token::Word(w) = t {
                    let called = matches!(tokens.get(i + 1), Some(Token::LParen));
                    let name = self.fold(&w.value, w.quote_style.is_some());
                    if !called
                        && w.keyword == sqlparser::keywords::Keyword::NoKeyword
                        && !out.contains(&name)
                    {
                        out.push(name);
                    }
                }
            }
        }
        out
    }

    fn name_parts(&self, name: &ObjectName) -> Vec<String> {
        name.0
            .iter()
            .map(|part| match part {
                ObjectNamePart::Identifier(i) => self.ident(i),
                other => other.to_string(),
            })
            .collect()
    }

    fn qualified(&self, name: &ObjectName) -> QualifiedName {
        let mut parts = self.name_parts(name);
        let n = parts.pop().unwrap_or_default();
        let schema = parts.pop();
        let database = parts.pop();
        QualifiedName {
            database,
            schema,
            name: n,
        }
    }

    fn statement(&self, d: &dyn SqlDialect, lo: usize, hi: usize, diags: &mut Diags) -> Statement {
        let toks = &self.lexed.toks;
        let word = |i: usize| match toks.get(i).map(|t| &t.token) {
            Some(Token::Word(w)) if i < hi => w.value.to_ascii_uppercase(),
            _ => String::new(),
        };
        let guessed = guess_kind(&word(lo), &word(lo + 1), &word(lo + 2), &word(lo + 3));
        if let Some(at) = too_deep(toks, lo, hi, GENERIC_NESTING) {
            diags.push(
                DiagnosticSeverity::Error,
                codes::NESTING_TOO_DEEP,
                at,
                format!("brackets nest deeper than {GENERIC_NESTING} levels; statement not read"),
            );
            return fail_or_skip(guessed);
        }
        let span = span_of(self.lexed, lo, hi);
        let mut keep: Vec<usize> = (lo..hi).collect();
        let clauses = if matches!(
            guessed,
            Some(StatementKind::CreateTable | StatementKind::CreateIndex)
        ) {
            self.table_clauses(lo, hi, &mut keep)
        } else {
            TableClauses::default()
        };
        self.how_to_run_words(lo, hi, &mut keep);
        let by_tokens = self.mysql_operations(lo, hi, &mut keep);
        if let Some((table, actions, true)) = by_tokens {
            return Statement::schema(
                StatementKind::AlterTable,
                Some(table.to_string()),
                Effect::Alter(table, actions),
            );
        }
        let shaped = self.by_shape(lo, hi, diags);
        let mut stmt = match shaped.ok_or_else(|| self.parse_tokens(d, &keep)) {
            Ok(stmt) => stmt,
            Err(Ok((parsed, rest))) => {
                if let Some(rest) = rest {
                    diags.clause(
                        span,
                        format!("`{rest}` and what follows it was not understood"),
                    );
                }
                self.map(parsed, diags)
            }
            Err(Err(e)) => {
                let recovered = (guessed == Some(StatementKind::CreateTable))
                    .then(|| self.create_table_by_parts(d, &keep, diags))
                    .flatten();
                match recovered {
                    Some(stmt) => stmt,
                    None if guessed.as_ref().is_some_and(is_body_kind) => {
                        // Procedure, function, trigger and view bodies are skipped and counted
                        // whether sqlparser reads them or not.
                        return fail_or_skip(guessed);
                    }
                    None => {
                        let (severity, code) = if guessed.is_some() {
                            (DiagnosticSeverity::Error, codes::STATEMENT_FAILED)
                        } else {
                            (DiagnosticSeverity::Info, codes::UNKNOWN_STATEMENT)
                        };
                        diags.push(severity, code, span, format!("statement not read: {e}"));
                        return fail_or_skip(guessed);
                    }
                }
            }
        };
        // The mapping knows no position for some clauses: they get the statement's.
        for d in diags.list.iter_mut().filter(|d| d.span.line == 0) {
            d.span = span;
            if let Some(rest) = d.message.strip_prefix("line 0: ") {
                d.message = format!("line {}: {rest}", span.line);
            }
        }
        match &mut stmt.effect {
            Effect::Alter(_, actions) => {
                if let Some((_, more, _)) = by_tokens {
                    actions.extend(more);
                }
            }
            Effect::Table(t) => {
                t.span = span;
                clauses.apply(t);
            }
            Effect::Index(_, ix) => {
                ix.span = span;
                if let Some(kind) = clauses.index_kind() {
                    ix.kind = kind;
                }
                if let Some(tablespace) = clauses.tablespace() {
                    ix.options.push(OptionValue {
                        name: "TABLESPACE".into(),
                        value: tablespace,
                    });
                }
            }
            Effect::Sequence(s) => s.span = span,
            Effect::UserType(t) => t.span = span,
            Effect::ExtendedProperty(p) => p.span = span,
            _ => {}
        }
        stmt
    }

    /// Runs sqlparser over the kept tokens. `Ok` carries what it left unread, if anything.
    fn parse_tokens(
        &self,
        d: &dyn SqlDialect,
        keep: &[usize],
    ) -> Result<(ast::Statement, Option<String>), sqlparser::parser::ParserError> {
        self.parse_tokens_with(d, keep, &[])
    }

    /// [`Self::parse_tokens`], reading some tokens as others (same position).
    fn parse_tokens_with(
        &self,
        d: &dyn SqlDialect,
        keep: &[usize],
        overrides: &[(usize, Token)],
    ) -> Result<(ast::Statement, Option<String>), sqlparser::parser::ParserError> {
        let tokens: Vec<TokenWithSpan> = keep
            .iter()
            .filter_map(|&i| Some((i, self.lexed.toks.get(i)?)))
            .map(|(i, t)| {
                let start = Location::new(u64::from(t.span.line), u64::from(t.span.column));
                let end = Location::new(u64::from(t.span.end_line), u64::from(t.span.end_column));
                let token = match overrides.iter().find(|(at, _)| *at == i) {
                    Some((_, token)) => token.clone(),
                    None => t.token.clone(),
                };
                TokenWithSpan::at(token, start, end)
            })
            .collect();
        let mut parser = Parser::new(d)
            .with_recursion_limit(RECURSION_LIMIT)
            .with_tokens_with_locations(tokens);
        let parsed = parser.parse_statement()?;
        let rest = parser.peek_token();
        let rest = (rest.token != Token::EOF).then(|| rest.to_string());
        Ok((parsed, rest))
    }

    /// The source text of an expression, verbatim when sqlparser knows its span.
    fn expr_text(&self, expr: &Expr) -> String {
        let span = expr.span();
        let toks = &self.lexed.toks;
        let key = |l: u64, c: u64| (u32::try_from(l).unwrap_or(0), u32::try_from(c).unwrap_or(0));
        let (sl, sc) = key(span.start.line, span.start.column);
        let (el, ec) = key(span.end.line, span.end.column);
        let start = toks.partition_point(|t| (t.span.line, t.span.column) < (sl, sc));
        let end = toks.partition_point(|t| (t.span.end_line, t.span.end_column) < (el, ec));
        let printed = expr.to_string();
        // sqlparser's expression spans are sometimes partial (a cast or call may stop
        // early), so the verbatim slice is used only when it says the same as the AST.
        let squash = |s: &str| -> String {
            s.chars()
                .filter(|c| !c.is_whitespace())
                .flat_map(char::to_lowercase)
                .collect()
        };
        match (toks.get(start), toks.get(end)) {
            (Some(a), Some(b)) if a.start <= b.end => match self.src.get(a.start..b.end) {
                Some(slice) if squash(slice) == squash(&printed) => slice.to_string(),
                _ => printed,
            },
            _ => printed,
        }
    }

    fn map(&self, parsed: ast::Statement, diags: &mut Diags) -> Statement {
        use ast::Statement as S;
        match parsed {
            S::CreateTable(ct) => {
                let mut table = self.create_table(ct, diags);
                if self.dialect == Dialect::Postgres {
                    fold_repeated_unique(&mut table);
                }
                let name = table.name.to_string();
                Statement::schema(
                    StatementKind::CreateTable,
                    Some(name),
                    Effect::Table(Box::new(table)),
                )
            }
            S::CreateIndex(ci) => {
                let (table, index) = self.create_index(ci);
                Statement::schema(
                    StatementKind::CreateIndex,
                    Some(table.to_string()),
                    Effect::Index(table, Box::new(index)),
                )
            }
            S::AlterTable(at) => {
                let name = self.qualified(&at.name);
                let actions = at
                    .operations
                    .into_iter()
                    .flat_map(|op| self.alter_ops(op, diags))
                    .collect();
                Statement::schema(
                    StatementKind::AlterTable,
                    Some(name.to_string()),
                    Effect::Alter(name, actions),
                )
            }
            S::CreateSequence {
                name,
                data_type,
                sequence_options,
                ..
            } => {
                let options: Vec<String> = sequence_options.iter().map(|o| o.to_string()).collect();
                let option = |prefix: &str| {
                    options.iter().find_map(|o| {
                        let t = o.trim();
                        t.to_ascii_uppercase().starts_with(prefix).then(|| {
                            t[prefix.len()..]
                                .trim()
                                .trim_start_matches("BY")
                                .trim_start_matches("WITH")
                                .trim()
                                .to_string()
                        })
                    })
                };
                let seq = Sequence {
                    name: self.qualified(&name),
                    span: Span::default(),
                    data_type: data_type.map(|t| self.data_type(&t).0),
                    start: option("START"),
                    increment: option("INCREMENT"),
                    min_value: option("MINVALUE"),
                    max_value: option("MAXVALUE"),
                    cycle: options
                        .iter()
                        .any(|o| o.trim().eq_ignore_ascii_case("CYCLE")),
                    cache: option("CACHE"),
                    no_cache: false,
                    comments: Vec::new(),
                    owned_by: None,
                };
                Statement::schema(
                    StatementKind::CreateSequence,
                    Some(seq.name.to_string()),
                    Effect::Sequence(seq),
                )
            }
            S::CreateType {
                name,
                representation,
            } => {
                let text = representation.map(|r| r.to_string()).unwrap_or_default();
                let base = DataType {
                    family: TypeFamily::Enum,
                    length: None,
                    precision: None,
                    scale: None,
                    raw: text.trim().to_string(),
                    args: Vec::new(),
                };
                let ut = UserType {
                    name: self.qualified(&name),
                    span: Span::default(),
                    base_type: Some(base),
                    nullable: None,
                    table: None,
                    external_name: None,
                    description: None,
                };
                Statement::schema(
                    StatementKind::CreateType,
                    Some(ut.name.to_string()),
                    Effect::UserType(ut),
                )
            }
            S::CreateSchema { schema_name, .. } => {
                let name = match &schema_name {
                    ast::SchemaName::Simple(name) => self.qualified(name).to_string(),
                    other => other.to_string(),
                };
                Statement::schema(
                    StatementKind::CreateSchema,
                    Some(name.clone()),
                    Effect::Schema(name),
                )
            }
            S::Comment {
                object_type,
                object_name,
                comment,
                ..
            } => {
                let parts = self.name_parts(&object_name);
                let levels = match object_type {
                    CommentObject::Table => comment_levels(&parts, false),
                    CommentObject::Column => comment_levels(&parts, true),
                    _ => Vec::new(),
                };
                let property = crate::model::ExtendedProperty {
                    name: "MS_Description".into(),
                    value: comment.unwrap_or_default(),
                    levels,
                    span: Span::default(),
                };
                Statement::schema(
                    StatementKind::ExtendedProperty,
                    None,
                    Effect::ExtendedProperty(property),
                )
            }
            S::Drop {
                object_type: ObjectType::Table,
                names,
                ..
            } => Statement::schema(
                StatementKind::DropTable,
                None,
                Effect::DropTables(names.iter().map(|n| self.qualified(n)).collect()),
            ),
            S::Drop {
                object_type: ObjectType::Index,
                names,
                table,
                ..
            } => {
                let names = names.iter().map(|n| self.qualified(n));
                let effect = match table {
                    // MySQL `DROP INDEX i ON t`: a unique key is an index there too.
                    Some(table) => Effect::Alter(
                        self.qualified(&table),
                        names.map(|n| AlterAction::DropIndex(n.name)).collect(),
                    ),
                    None => Effect::DropSchemaIndexes(names.collect()),
                };
                Statement::schema(StatementKind::DropIndex, None, effect)
            }
            S::AlterIndex {
                name,
                operation: ast::AlterIndexOperation::RenameIndex { index_name },
            } => {
                let index = self.qualified(&name);
                let to = self.qualified(&index_name).name;
                Statement::schema(
                    StatementKind::AlterIndex,
                    Some(index.to_string()),
                    Effect::RenameSchemaIndex(index, to),
                )
            }
            S::RenameTable(renames) => {
                let mut renames = renames.into_iter();
                let Some(first) = renames.next() else {
                    return Statement::skipped(StatementKind::Other("rename table".into()));
                };
                for extra in renames {
                    diags.clause(
                        Span::default(),
                        format!("renaming several tables at once: `{extra}` is not applied"),
                    );
                }
                let name = self.qualified(&first.old_name);
                let to = self.qualified(&first.new_name).name;
                Statement::schema(
                    StatementKind::AlterTable,
                    Some(name.to_string()),
                    Effect::Alter(name, vec![AlterAction::RenameTable(to)]),
                )
            }
            S::CreateView(view) => {
                let mut stmt = Statement::skipped(StatementKind::View);
                let name = self.qualified(&view.name);
                stmt.object = Some(name.to_string());
                stmt.effect = Effect::View(name);
                stmt
            }
            S::CreateFunction(_) => Statement::skipped(StatementKind::Function),
            S::CreateProcedure { .. } => Statement::skipped(StatementKind::Procedure),
            S::CreateTrigger(_) => Statement::skipped(StatementKind::Trigger),
            other => {
                let text = other.to_string();
                let first: String = text
                    .split_whitespace()
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(" ");
                Statement::skipped(StatementKind::Other(first.to_ascii_lowercase()))
            }
        }
    }

    /// A type and whether it was a SERIAL (which implies an identity).
    fn data_type(&self, dt: &ast::DataType) -> (DataType, bool) {
        let raw = dt.to_string();
        let lower = raw.to_ascii_lowercase();
        let unsigned = lower.contains(" unsigned");
        let cleaned = lower.replace(" unsigned", "").replace(" zerofill", "");
        let (name, args, after) = match cleaned.find('(') {
            Some(open) => {
                let close = cleaned.rfind(')').unwrap_or(cleaned.len());
                let inner = cleaned.get(open + 1..close).unwrap_or("");
                let args: Vec<&str> = inner
                    .split(',')
                    .map(str::trim)
                    .filter(|a| !a.is_empty())
                    .collect();
                (
                    cleaned[..open].trim().to_string(),
                    args_owned(&args),
                    cleaned.get(close + 1..).unwrap_or("").trim().to_string(),
                )
            }
            None => (cleaned.trim().to_string(), Vec::new(), String::new()),
        };
        let full_name = if after.is_empty() {
            name.clone()
        } else {
            format!("{name} {after}")
        };
        let arg_refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let (serial, base) = match full_name.as_str() {
            "serial" | "serial4" => (true, "int"),
            "bigserial" | "serial8" => (true, "bigint"),
            "smallserial" | "serial2" => (true, "smallint"),
            other => (false, other),
        };
        let mut t = types::data_type(None, base, &arg_refs, &raw, false);
        t.raw = raw;
        // Unbounded strings and binaries are ordinary in these dialects: model them as the
        // MAX types, not as SQL Server's deprecated TEXT/IMAGE.
        match full_name.as_str() {
            "text" | "tinytext" | "mediumtext" | "longtext" | "citext" => {
                t.family = TypeFamily::VarChar;
                t.length = Some(Length::Max);
            }
            "bytea" | "blob" | "tinyblob" | "mediumblob" | "longblob" => {
                t.family = TypeFamily::VarBinary;
                t.length = Some(Length::Max);
            }
            "varchar" | "character varying"
                if self.dialect == Dialect::Postgres && t.length.is_none() =>
            {
                t.length = Some(Length::Max);
            }
            "datetime" if self.dialect == Dialect::MySql => t.family = TypeFamily::DateTime2,
            _ => {}
        }
        if matches!(t.family, TypeFamily::UserDefined(_))
            && (full_name.ends_with("[]") || full_name.contains(" array"))
        {
            t.family = TypeFamily::Other(full_name.clone());
        }
        if unsigned {
            t.args.push("unsigned".into());
        }
        (t, serial)
    }

    fn column(&self, def: ast::ColumnDef, table: &mut Table, diags: &mut Diags) {
        let type_text = def.data_type.to_string().to_ascii_lowercase();
        let (data_type, serial) = self.data_type(&def.data_type);
        let mut column = Column::new(self.ident(&def.name), data_type, ident_span(&def.name));
        column.unsigned = column.data_type.args.iter().any(|a| a == "unsigned");
        column.zerofill = type_text.contains(" zerofill");
        if serial {
            column.identity = Some(identity(IdentityStyle::Serial));
            column.nullable = false;
        }
        let mut constraints = Vec::new();
        for option in def.options {
            let name = option.name.map(|n| self.ident(&n));
            match option.option {
                ColumnOption::Null => {
                    column.nullable = true;
                    column.nullable_explicit = true;
                }
                ColumnOption::NotNull => {
                    column.nullable = false;
                    column.nullable_explicit = true;
                }
                ColumnOption::Default(expr) => {
                    column.default = Some(DefaultValue {
                        constraint_name: name,
                        expression: self.expr_text(&expr),
                        span: span_from(expr.span()),
                    })
                }
                ColumnOption::PrimaryKey(_) => {
                    constraints.push(Constraint::PrimaryKey(key(name, &column.name)))
                }
                ColumnOption::Unique(_) => {
                    constraints.push(Constraint::Unique(key(name, &column.name)))
                }
                ColumnOption::ForeignKey(fk) => {
                    let mut fk = self.foreign_key(fk);
                    fk.name = fk.name.or(name);
                    fk.columns = vec![column.name.clone()];
                    constraints.push(Constraint::ForeignKey(fk));
                }
                ColumnOption::Check(c) => {
                    constraints.push(Constraint::Check(self.check(name, &c.expr)))
                }
                ColumnOption::Collation(c) => column.collation = Some(c.to_string()),
                ColumnOption::Comment(text) => column.description = Some(text),
                ColumnOption::CharacterSet(cs) => column.charset = Some(cs.to_string()),
                ColumnOption::OnUpdate(expr) => column.on_update = Some(self.expr_text(&expr)),
                ColumnOption::Generated {
                    generation_expr: Some(expr),
                    generation_expr_mode,
                    ..
                } => {
                    column.computed = Some(Computed {
                        expression: self.expr_text(&expr),
                        persisted: matches!(
                            generation_expr_mode,
                            Some(ast::GeneratedExpressionMode::Stored)
                        ),
                    });
                }
                ColumnOption::Generated {
                    generated_as,
                    sequence_options,
                    ..
                } => {
                    let style = match generated_as {
                        ast::GeneratedAs::ByDefault => IdentityStyle::GeneratedByDefault,
                        _ => IdentityStyle::GeneratedAlways,
                    };
                    column.identity = Some(sequence_identity(
                        style,
                        sequence_options.unwrap_or_default(),
                    ));
                    // PostgreSQL makes an identity column NOT NULL by itself.
                    column.nullable = false;
                }
                ColumnOption::Identity(_) => {
                    column.identity = Some(identity(IdentityStyle::Identity))
                }
                ColumnOption::DialectSpecific(tokens)
                    if tokens.iter().any(|t| {
                        lexer::is_kw(t, "AUTO_INCREMENT") || lexer::is_kw(t, "AUTOINCREMENT")
                    }) =>
                {
                    column.identity = Some(identity(IdentityStyle::AutoIncrement));
                }
                other => diags.clause(
                    column.span,
                    format!(
                        "column option `{other}` of `{}` is not in the model",
                        column.name
                    ),
                ),
            }
        }
        table.columns.push(column);
        for c in constraints {
            add_constraint(table, c, diags);
        }
    }

    fn create_table(&self, ct: CreateTable, diags: &mut Diags) -> Table {
        let mut table = Table {
            name: self.qualified(&ct.name),
            span: span_from(ct.name.span()),
            is_temporary: ct.temporary,
            ..Table::default()
        };
        table.options.unlogged = ct.unlogged;
        table.options.partition_of = ct.partition_of.as_ref().map(|parent| PartitionOf {
            parent: self.qualified(parent),
            bound: String::new(),
        });
        table.options.inherits = ct
            .inherits
            .iter()
            .flatten()
            .map(|n| self.qualified(n))
            .collect();
        for def in ct.columns {
            self.column(def, &mut table, diags);
        }
        for constraint in ct.constraints {
            if let Some(c) = self.constraint(constraint, diags) {
                add_constraint(&mut table, c, diags);
            }
        }
        table.description = ct.comment.map(|c| match c {
            ast::CommentDef::WithEq(s) | ast::CommentDef::WithoutEq(s) => s,
        });
        let (options, storage_parameters) = match ct.table_options {
            ast::CreateTableOptions::With(o) => (Vec::new(), o),
            ast::CreateTableOptions::Options(o)
            | ast::CreateTableOptions::Plain(o)
            | ast::CreateTableOptions::TableProperties(o) => (o, Vec::new()),
            ast::CreateTableOptions::None => (Vec::new(), Vec::new()),
        };
        table.options.storage_parameters =
            storage_parameters.iter().map(storage_parameter).collect();
        for option in options {
            if let ast::SqlOption::Comment(
                ast::CommentDef::WithEq(c) | ast::CommentDef::WithoutEq(c),
            ) = option
            {
                table.description = Some(c);
                continue;
            }
            let (name, value) = match &option {
                ast::SqlOption::KeyValue { key, value } => {
                    (key.value.to_ascii_uppercase(), value.to_string())
                }
                other => {
                    let text = other.to_string();
                    match text.split_once('=') {
                        Some((n, v)) => (n.trim().to_ascii_uppercase(), v.trim().to_string()),
                        None => match text.split_once(' ') {
                            Some((n, v)) => (n.trim().to_ascii_uppercase(), v.trim().to_string()),
                            None => (text.to_ascii_uppercase(), String::new()),
                        },
                    }
                }
            };
            table_option(&mut table.options, &name, value);
        }
        if ct.query.is_some() {
            diags.clause(table.span, "CREATE TABLE ... AS SELECT: the columns come from a query and are not in the model".into());
        }
        table
    }

    /// One key or index column: a bare name when it is a column (quotes never kept), the
    /// expression verbatim otherwise.
    fn index_column(&self, c: &ast::IndexColumn) -> IndexColumn {
        let mut column = IndexColumn {
            descending: matches!(c.column.options.sort, Some(ast::OrderBySort::Desc)),
            nulls_first: c.column.options.nulls_first,
            opclass: c
                .operator_class
                .as_ref()
                .map(|o| self.qualified(o).to_string()),
            ..IndexColumn::default()
        };
        match &c.column.expr {
            Expr::Identifier(ident) => column.name = self.ident(ident),
            Expr::CompoundIdentifier(parts) if !parts.is_empty() => {
                column.name = parts.last().map(|p| self.ident(p)).unwrap_or_default()
            }
            Expr::Function(f) if self.dialect == Dialect::MySql => match prefix_length(f) {
                Some((ident, length)) => {
                    column.name = self.ident(ident);
                    column.prefix_length = Some(length);
                }
                None => {
                    column.name = self.expr_text(&c.column.expr);
                    column.expression = true;
                }
            },
            other => {
                column.name = self.expr_text(other);
                column.expression = true;
            }
        }
        column
    }

    fn constraint(&self, c: TableConstraint, diags: &mut Diags) -> Option<Constraint> {
        let index_columns = |cols: &[ast::IndexColumn]| -> Vec<IndexColumn> {
            cols.iter().map(|c| self.index_column(c)).collect()
        };
        let key =
            |name: Option<ast::Ident>, cols: &[ast::IndexColumn]| crate::model::KeyConstraint {
                name: name.map(|n| self.ident(&n)),
                span: Span::default(),
                columns: index_columns(cols),
                clustering: Clustering::Unspecified,
                options: Vec::new(),
                storage: None,
            };
        Some(match c {
            TableConstraint::PrimaryKey(pk) => Constraint::PrimaryKey(key(pk.name, &pk.columns)),
            TableConstraint::Unique(u) => {
                Constraint::Unique(key(u.name.or(u.index_name), &u.columns))
            }
            TableConstraint::ForeignKey(fk) => Constraint::ForeignKey(self.foreign_key(fk)),
            TableConstraint::Check(c) => {
                Constraint::Check(self.check(c.name.map(|n| self.ident(&n)), &c.expr))
            }
            TableConstraint::Index(ix) => {
                let mut index = inline_index(
                    ix.name.map(|n| self.ident(&n)),
                    IndexKind::NonClustered,
                    index_columns(&ix.columns),
                );
                // MySQL writes `USING BTREE` before or after the column list.
                let after = ix.index_options.iter().find_map(|o| match o {
                    ast::IndexOption::Using(t) => Some(t),
                    _ => None,
                });
                index.method = ix
                    .index_type
                    .as_ref()
                    .or(after)
                    .map(|t| t.to_string().to_ascii_lowercase());
                Constraint::Index(index)
            }
            TableConstraint::FulltextOrSpatial(fs) => {
                let kind = if fs.fulltext {
                    IndexKind::FullText
                } else {
                    IndexKind::Spatial
                };
                Constraint::Index(inline_index(
                    fs.opt_index_name.map(|n| self.ident(&n)),
                    kind,
                    index_columns(&fs.columns),
                ))
            }
            other => {
                diags.clause(
                    span_from(other.span()),
                    format!("constraint `{other}` is not in the model"),
                );
                return None;
            }
        })
    }

    fn foreign_key(&self, fk: ast::ForeignKeyConstraint) -> ForeignKey {
        let deferrable = fk.characteristics.and_then(|c| {
            let mut words = Vec::new();
            match c.deferrable {
                Some(true) => words.push("DEFERRABLE"),
                Some(false) => words.push("NOT DEFERRABLE"),
                None => {}
            }
            match c.initially {
                Some(ast::DeferrableInitial::Deferred) => words.push("INITIALLY DEFERRED"),
                Some(ast::DeferrableInitial::Immediate) => words.push("INITIALLY IMMEDIATE"),
                None => {}
            }
            (!words.is_empty()).then(|| words.join(" "))
        });
        ForeignKey {
            name: fk.name.map(|n| self.ident(&n)),
            span: Span::default(),
            columns: fk.columns.iter().map(|c| self.ident(c)).collect(),
            referenced_table: self.qualified(&fk.foreign_table),
            referenced_columns: fk.referred_columns.iter().map(|c| self.ident(c)).collect(),
            on_delete: fk.on_delete.map(action),
            on_update: fk.on_update.map(action),
            not_for_replication: false,
            nocheck: false,
            disabled: false,
            deferrable,
            match_kind: fk.match_kind.map(|m| {
                m.to_string()
                    .trim_start_matches("MATCH ")
                    .to_ascii_uppercase()
            }),
        }
    }

    fn check(&self, name: Option<String>, expr: &Expr) -> Check {
        let text = self.expr_text(expr);
        let columns = self.identifiers(expr);
        Check {
            name,
            span: span_from(expr.span()),
            expression: format!("({text})"),
            columns,
            not_for_replication: false,
            nocheck: false,
            disabled: false,
        }
    }

    fn create_index(&self, ci: CreateIndex) -> (QualifiedName, Index) {
        let table = self.qualified(&ci.table_name);
        let mut index = inline_index(
            ci.name.as_ref().map(|n| self.qualified(n).name),
            IndexKind::NonClustered,
            ci.columns.iter().map(|c| self.index_column(c)).collect(),
        );
        index.origin = IndexOrigin::CreateIndex;
        index.unique = ci.unique;
        index.include = ci.include.iter().map(|i| self.ident(i)).collect();
        index.filter = ci.predicate.as_ref().map(|p| self.expr_text(p));
        // GIN, GiST, BRIN, HASH...: the access method.
        index.method = ci.using.map(|using| using.to_string().to_ascii_lowercase());
        index.options = ci
            .with
            .iter()
            .flat_map(|w| split_options(&w.to_string()))
            .collect();
        (table, index)
    }

    /// The actions of one ALTER TABLE operation. A column added or redefined (MySQL's
    /// `MODIFY` and `CHANGE`, the latter after renaming it) brings the keys its definition
    /// declares and, in MySQL, its place (`FIRST`, `AFTER c`).
    fn alter_ops(&self, op: AlterTableOperation, diags: &mut Diags) -> Vec<AlterAction> {
        let (rename, def, position, add) = match op {
            AlterTableOperation::AddColumn {
                column_def,
                column_position,
                ..
            } => (None, column_def, column_position, true),
            AlterTableOperation::ModifyColumn {
                col_name,
                data_type,
                options,
                column_position,
            } => (
                None,
                column_def(col_name, data_type, options),
                column_position,
                false,
            ),
            AlterTableOperation::ChangeColumn {
                old_name,
                new_name,
                data_type,
                options,
                column_position,
            } => (
                Some(old_name),
                column_def(new_name, data_type, options),
                column_position,
                false,
            ),
            other => return self.alter_op(other, diags).into_iter().collect(),
        };
        let mut actions = Vec::new();
        if let Some(old) = rename.filter(|old| self.ident(old) != self.ident(&def.name)) {
            actions.push(AlterAction::RenameColumn {
                from: self.ident(&old),
                to: self.ident(&def.name),
            });
        }
        let mut scratch = Table::default();
        self.column(def, &mut scratch, diags);
        let Some(column) = scratch.columns.pop() else {
            return actions;
        };
        let name = column.name.clone();
        actions.push(if add {
            AlterAction::AddColumn(column)
        } else {
            AlterAction::ModifyColumn(column)
        });
        if let Some(position) = position {
            actions.push(AlterAction::MoveColumn {
                name,
                after: match position {
                    ast::MySQLColumnPosition::First => None,
                    ast::MySQLColumnPosition::After(c) => Some(self.ident(&c)),
                },
            });
        }
        let constraints = scratch
            .primary_key
            .map(Constraint::PrimaryKey)
            .into_iter()
            .chain(
                scratch
                    .unique_constraints
                    .into_iter()
                    .map(Constraint::Unique),
            )
            .chain(scratch.foreign_keys.into_iter().map(Constraint::ForeignKey))
            .chain(scratch.checks.into_iter().map(Constraint::Check));
        actions.extend(constraints.map(|constraint| AlterAction::AddConstraint {
            constraint,
            nocheck: false,
        }));
        actions
    }

    fn alter_op(&self, op: AlterTableOperation, diags: &mut Diags) -> Option<AlterAction> {
        Some(match op {
            AlterTableOperation::AddConstraint {
                constraint,
                not_valid,
            } => AlterAction::AddConstraint {
                constraint: self.constraint(constraint, diags)?,
                nocheck: not_valid,
            },
            AlterTableOperation::DropConstraint { name, .. } => {
                AlterAction::DropConstraint(self.ident(&name))
            }
            AlterTableOperation::DropForeignKey { name, .. } => {
                AlterAction::DropForeignKey(self.ident(&name))
            }
            AlterTableOperation::DropIndex { name } => AlterAction::DropIndex(self.ident(&name)),
            AlterTableOperation::DropPrimaryKey { .. } => AlterAction::DropPrimaryKey,
            AlterTableOperation::SetOptionsParens { options } => {
                AlterAction::SetOptions(crate::model::TableOptions {
                    storage_parameters: options.iter().map(storage_parameter).collect(),
                    ..Default::default()
                })
            }
            AlterTableOperation::AutoIncrement { value, .. } => {
                AlterAction::SetOptions(crate::model::TableOptions {
                    auto_increment: Some(value.to_string()),
                    ..Default::default()
                })
            }
            // Ownership, security, triggers, rules, replication and validation change
            // nothing the model holds. pg_dump writes `ALTER TABLE ... OWNER TO` for
            // sequences and views too, so these must not conjure up a table.
            AlterTableOperation::OwnerTo { .. }
            | AlterTableOperation::EnableRowLevelSecurity
            | AlterTableOperation::DisableRowLevelSecurity
            | AlterTableOperation::ForceRowLevelSecurity
            | AlterTableOperation::NoForceRowLevelSecurity
            | AlterTableOperation::ReplicaIdentity { .. }
            | AlterTableOperation::EnableTrigger { .. }
            | AlterTableOperation::DisableTrigger { .. }
            | AlterTableOperation::EnableAlwaysTrigger { .. }
            | AlterTableOperation::EnableReplicaTrigger { .. }
            | AlterTableOperation::EnableRule { .. }
            | AlterTableOperation::DisableRule { .. }
            | AlterTableOperation::EnableAlwaysRule { .. }
            | AlterTableOperation::EnableReplicaRule { .. }
            | AlterTableOperation::Algorithm { .. }
            | AlterTableOperation::Lock { .. } => AlterAction::NoEffect,
            AlterTableOperation::ValidateConstraint { name } => {
                AlterAction::ValidateConstraint(self.ident(&name))
            }
            AlterTableOperation::RenameColumn {
                old_column_name,
                new_column_name,
            } => AlterAction::RenameColumn {
                from: self.ident(&old_column_name),
                to: self.ident(&new_column_name),
            },
            AlterTableOperation::RenameTable { table_name } => {
                let (ast::RenameTableNameKind::To(name) | ast::RenameTableNameKind::As(name)) =
                    table_name;
                AlterAction::RenameTable(self.qualified(&name).name)
            }
            AlterTableOperation::RenameConstraint { old_name, new_name } => {
                AlterAction::RenameConstraint {
                    from: self.ident(&old_name),
                    to: self.ident(&new_name),
                }
            }
            AlterTableOperation::DropColumn { column_names, .. } => {
                // One action per column keeps the merge simple.
                let mut names = column_names.iter().map(|c| self.ident(c));
                let first = names.next()?;
                for extra in names {
                    diags.clause(
                        Span::default(),
                        format!("dropping several columns at once: `{extra}` is not applied"),
                    );
                }
                AlterAction::DropColumn(first)
            }
            AlterTableOperation::AlterColumn { column_name, op } => {
                let name = self.ident(&column_name);
                match op {
                    AlterColumnOperation::SetNotNull => AlterAction::SetNullable {
                        name,
                        nullable: false,
                    },
                    AlterColumnOperation::DropNotNull => AlterAction::SetNullable {
                        name,
                        nullable: true,
                    },
                    AlterColumnOperation::SetDefault { value } => AlterAction::SetDefault {
                        name,
                        default: Some(DefaultValue {
                            constraint_name: None,
                            expression: self.expr_text(&value),
                            span: span_from(value.span()),
                        }),
                    },
                    AlterColumnOperation::AddGenerated {
                        generated_as,
                        sequence_options,
                    } => {
                        let style = match generated_as {
                            Some(ast::GeneratedAs::ByDefault) => IdentityStyle::GeneratedByDefault,
                            _ => IdentityStyle::GeneratedAlways,
                        };
                        AlterAction::SetIdentity {
                            name,
                            identity: sequence_identity(
                                style,
                                sequence_options.unwrap_or_default(),
                            ),
                        }
                    }
                    AlterColumnOperation::DropDefault => AlterAction::SetDefault {
                        name,
                        default: None,
                    },
                    // `USING expr` says how rows are converted, not what the column is.
                    AlterColumnOperation::SetDataType { data_type, .. } => {
                        AlterAction::SetDataType {
                            name,
                            data_type: self.data_type(&data_type).0,
                        }
                    }
                }
            }
            other => {
                diags.clause(
                    Span::default(),
                    format!("ALTER TABLE `{other}` is not in the model"),
                );
                return None;
            }
        })
    }
}

/// MySQL's `MODIFY c type options` and `CHANGE a c type options` as the column definition
/// they give.
fn column_def(
    name: ast::Ident,
    data_type: ast::DataType,
    options: Vec<ColumnOption>,
) -> ast::ColumnDef {
    ast::ColumnDef {
        name,
        data_type,
        options: options
            .into_iter()
            .map(|option| ast::ColumnOptionDef { name: None, option })
            .collect(),
    }
}

/// PostgreSQL's CREATE TABLE keeps no UNIQUE constraint that repeats the primary key (same
/// columns); an unnamed primary key takes such a constraint's name.
fn fold_repeated_unique(table: &mut Table) {
    let Some(pk) = table.primary_key.as_mut() else {
        return;
    };
    let same = |a: &[crate::model::IndexColumn], b: &[crate::model::IndexColumn]| {
        a.len() == b.len()
            && a.iter()
                .zip(b)
                .all(|(x, y)| x.name.eq_ignore_ascii_case(&y.name) && x.descending == y.descending)
    };
    let mut kept = Vec::new();
    for unique in std::mem::take(&mut table.unique_constraints) {
        if same(&unique.columns, &pk.columns) {
            if pk.name.is_none() {
                pk.name = unique.name;
            }
        } else {
            kept.push(unique);
        }
    }
    table.unique_constraints = kept;
}

fn args_owned(args: &[&str]) -> Vec<String> {
    args.iter().map(|a| a.to_string()).collect()
}

fn identity(style: IdentityStyle) -> Identity {
    Identity {
        seed: "1".into(),
        increment: "1".into(),
        not_for_replication: false,
        style,
        options: None,
    }
}

/// A PostgreSQL storage parameter, `fillfactor = 70`.
fn storage_parameter(option: &ast::SqlOption) -> OptionValue {
    let text = option.to_string();
    let (name, value) = text.split_once('=').unwrap_or((&text, ""));
    OptionValue {
        name: name.trim().to_ascii_lowercase(),
        value: value.trim().to_string(),
    }
}

/// `GENERATED ... AS IDENTITY [(START WITH s INCREMENT BY i ...)]`.
fn sequence_identity(style: IdentityStyle, options: Vec<ast::SequenceOptions>) -> Identity {
    let mut id = identity(style);
    for o in &options {
        match o {
            ast::SequenceOptions::StartWith(v, _) => id.seed = v.to_string(),
            ast::SequenceOptions::IncrementBy(v, _) => id.increment = v.to_string(),
            _ => {}
        }
    }
    if !options.is_empty() {
        let text: Vec<String> = options
            .iter()
            .map(|o| o.to_string().trim().to_string())
            .collect();
        id.options = Some(text.join(" "));
    }
    id
}

/// MySQL `KEY (name(191))`: sqlparser reads the prefix as a call of `name` with one number.
fn prefix_length(f: &ast::Function) -> Option<(&ast::Ident, u32)> {
    let [ObjectNamePart::Identifier(ident)] = f.name.0.as_slice() else {
        return None;
    };
    let ast::FunctionArguments::List(list) = &f.args else {
        return None;
    };
    let [ast::FunctionArg::Unnamed(ast::FunctionArgExpr::Expr(Expr::Value(v)))] =
        list.args.as_slice()
    else {
        return None;
    };
    let ast::Value::Number(n, _) = &v.value else {
        return None;
    };
    Some((ident, n.parse().ok()?))
}

/// A MySQL table option (`ENGINE=InnoDB`, `DEFAULT CHARSET=utf8mb4`, ...) or a PostgreSQL
/// `TABLESPACE`, by upper-case name, into its field; others are kept in `other`.
fn table_option(options: &mut crate::model::TableOptions, name: &str, value: String) {
    let name = name.trim();
    let name = name.strip_prefix("DEFAULT ").unwrap_or(name).trim();
    let value = value.trim().trim_matches(['\'', '"', '`']).to_string();
    match name {
        "ENGINE" => options.engine = Some(value.trim_end_matches("()").to_string()),
        "CHARSET" | "CHARACTER SET" => options.charset = Some(value),
        "COLLATE" => options.collation = Some(value),
        "AUTO_INCREMENT" => options.auto_increment = Some(value),
        "ROW_FORMAT" => options.row_format = Some(value),
        "KEY_BLOCK_SIZE" => options.key_block_size = Some(value),
        "TABLESPACE" => options.tablespace = Some(value),
        _ => options.other.push(OptionValue {
            name: name.to_string(),
            value,
        }),
    }
}

fn key(name: Option<String>, column: &str) -> crate::model::KeyConstraint {
    crate::model::KeyConstraint {
        name,
        span: Span::default(),
        columns: vec![IndexColumn::named(column)],
        clustering: Clustering::Unspecified,
        options: Vec::new(),
        storage: None,
    }
}

fn inline_index(name: Option<String>, kind: IndexKind, columns: Vec<IndexColumn>) -> Index {
    Index {
        name,
        span: Span::default(),
        kind,
        unique: false,
        columns,
        include: Vec::new(),
        filter: None,
        options: Vec::new(),
        storage: None,
        origin: IndexOrigin::Inline,
        extra: Vec::new(),
        comments: Vec::new(),
        description: None,
        method: None,
    }
}

fn action(a: ast::ReferentialAction) -> ReferentialAction {
    match a {
        ast::ReferentialAction::Cascade => ReferentialAction::Cascade,
        ast::ReferentialAction::SetNull => ReferentialAction::SetNull,
        ast::ReferentialAction::SetDefault => ReferentialAction::SetDefault,
        ast::ReferentialAction::Restrict => ReferentialAction::Restrict,
        ast::ReferentialAction::NoAction => ReferentialAction::NoAction,
    }
}

/// `COMMENT ON TABLE s.t` / `COMMENT ON COLUMN s.t.c` as extended-property levels.
fn comment_levels(parts: &[String], column: bool) -> Vec<(String, String)> {
    let mut parts = parts.to_vec();
    let col = if column { parts.pop() } else { None };
    let table = parts.pop().unwrap_or_default();
    let schema = parts.pop().unwrap_or_else(|| "public".into());
    let mut levels = vec![("SCHEMA".to_string(), schema), ("TABLE".to_string(), table)];
    if let Some(c) = col {
        levels.push(("COLUMN".to_string(), c));
    }
    levels
}

fn ident_span(ident: &ast::Ident) -> Span {
    span_from(ident.span)
}

fn span_from(span: sqlparser::tokenizer::Span) -> Span {
    lexer::span_of(span.start, span.end)
}

/// `A=B C=D` / `(a = b, c = d)` option renderings into name/value pairs.
fn split_options(text: &str) -> Vec<OptionValue> {
    let inner = text.trim().trim_start_matches("WITH").trim();
    let inner = inner
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .unwrap_or(inner);
    inner
        .split([',', ' '])
        .filter(|s| s.contains('='))
        .filter_map(|item| {
            let (name, value) = item.split_once('=')?;
            Some(OptionValue {
                name: name.trim().to_ascii_uppercase(),
                value: value.trim().to_string(),
            })
        })
        .collect()
}

/// What a statement that sqlparser rejected was meant to be, from its first words.
fn guess_kind(a: &str, b: &str, c: &str, d: &str) -> Option<StatementKind> {
    let is_table = |w: &str| w == "TABLE";
    match a {
        "CREATE" if is_table(b) || is_table(c) || is_table(d) => Some(StatementKind::CreateTable),
        "CREATE" if [b, c, d].contains(&"INDEX") => Some(StatementKind::CreateIndex),
        "ALTER" if is_table(b) => Some(StatementKind::AlterTable),
        "CREATE" if b == "SEQUENCE" => Some(StatementKind::CreateSequence),
        "CREATE" if b == "TYPE" => Some(StatementKind::CreateType),
        "CREATE" if [b, c, d].contains(&"FUNCTION") => Some(StatementKind::Function),
        "CREATE" if [b, c, d].contains(&"PROCEDURE") => Some(StatementKind::Procedure),
        "CREATE" if [b, c, d].contains(&"TRIGGER") => Some(StatementKind::Trigger),
        "CREATE" if [b, c, d].contains(&"VIEW") => Some(StatementKind::View),
        _ => None,
    }
}

/// Kinds whose bodies are never read.
fn is_body_kind(kind: &StatementKind) -> bool {
    matches!(
        kind,
        StatementKind::Procedure
            | StatementKind::Function
            | StatementKind::Trigger
            | StatementKind::View
    )
}

fn fail_or_skip(kind: Option<StatementKind>) -> Statement {
    match kind {
        Some(kind) if is_body_kind(&kind) => Statement::skipped(kind),
        Some(kind) => Statement::failed(kind),
        None => Statement::skipped(StatementKind::Other("unparsed".into())),
    }
}

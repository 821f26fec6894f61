//! CREATE INDEX of every kind, and the index clauses shared with inline table indexes.

use sqlparser::tokenizer::Token;

use super::clauses::{
    index_columns, is_how_to_run, name_list, split_commas, storage, with_options, Diags,
};
use crate::cursor::{is_statement_start, Cursor};
use crate::model::{Index, IndexColumn, IndexKind, IndexOrigin, OptionValue, QualifiedName, Span};

/// What precedes the column list: name, kind, UNIQUE and where it was declared.
pub struct IndexHead {
    pub name: Option<String>,
    pub kind: IndexKind,
    pub unique: bool,
    pub origin: IndexOrigin,
}

/// Reads the words between CREATE and INDEX. Returns `None` (cursor unmoved) if they do
/// not end in INDEX.
pub fn index_head(cur: &mut Cursor) -> Option<(IndexKind, bool)> {
    let start = cur.pos;
    let unique = cur.eat_kw("UNIQUE");
    let kind = if cur.eat_kw("CLUSTERED") {
        if cur.eat_kw("COLUMNSTORE") {
            IndexKind::ClusteredColumnstore
        } else {
            IndexKind::Clustered
        }
    } else if cur.eat_kw("NONCLUSTERED") {
        if cur.eat_kw("COLUMNSTORE") {
            IndexKind::NonClusteredColumnstore
        } else if cur.eat_kw("HASH") {
            IndexKind::Hash
        } else {
            IndexKind::NonClustered
        }
    } else if cur.eat_kw("COLUMNSTORE") {
        IndexKind::NonClusteredColumnstore
    } else if cur.eat_kws(&["PRIMARY", "XML"]) || cur.eat_kw("XML") {
        IndexKind::Xml
    } else if cur.eat_kw("SPATIAL") {
        IndexKind::Spatial
    } else if cur.eat_kw("FULLTEXT") {
        IndexKind::FullText
    } else if cur.eat_kw("JSON") {
        IndexKind::Json
    } else if cur.eat_kw("VECTOR") {
        IndexKind::Vector
    } else {
        IndexKind::NonClustered
    };
    if cur.eat_kw("INDEX") {
        Some((kind, unique))
    } else {
        cur.pos = start;
        None
    }
}

/// CREATE ... INDEX after the INDEX keyword. Returns the table and the index.
pub fn create_index(
    cur: &mut Cursor,
    kind: IndexKind,
    unique: bool,
    stmt_start: usize,
    diags: &mut Diags,
) -> Option<(QualifiedName, Index)> {
    let primary_xml = kind == IndexKind::Xml
        && cur
            .lexed
            .toks
            .get(stmt_start + 1)
            .is_some_and(|t| crate::lexer::is_kw(&t.token, "PRIMARY"));
    let name = if kind == IndexKind::FullText {
        None
    } else {
        Some(cur.ident()?)
    };
    if !cur.eat_kw("ON") {
        diags.clause(cur.here(), "CREATE INDEX without ON table".into());
        return None;
    }
    let table = cur.object_name()?;
    let head = IndexHead {
        name,
        kind,
        unique,
        origin: IndexOrigin::CreateIndex,
    };
    let mut index = index_body(cur, head, Some(stmt_start), diags);
    if primary_xml {
        index.extra.insert(
            0,
            OptionValue {
                name: "PRIMARY".into(),
                value: "XML".into(),
            },
        );
    }
    index.span = cur.span(stmt_start, cur.pos);
    Some((table, index))
}

/// The column list and the clauses after it, in any order.
pub fn index_body(
    cur: &mut Cursor,
    head: IndexHead,
    _stmt_start: Option<usize>,
    diags: &mut Diags,
) -> Index {
    let mut index = Index {
        name: head.name,
        span: Span::default(),
        kind: head.kind,
        unique: head.unique,
        columns: Vec::new(),
        include: Vec::new(),
        filter: None,
        options: Vec::new(),
        storage: None,
        origin: head.origin,
        extra: Vec::new(),
        comments: Vec::new(),
        description: None,
        method: None,
    };
    let mut seen_columns = false;
    loop {
        if cur.is(&Token::LParen) && !seen_columns {
            seen_columns = true;
            if index.kind == IndexKind::FullText {
                fulltext_columns(cur, &mut index);
            } else if let Some(cols) = index_columns(cur, diags) {
                index.columns = cols;
            }
        } else if cur.eat_kw("INCLUDE") {
            index.include = name_list(cur, diags).unwrap_or_default();
        } else if cur.eat_kw("WHERE") {
            let lo = cur.pos;
            while !cur.at_end() && !ends_filter(cur) {
                cur.skip_one();
            }
            index.filter = Some(cur.text(lo, cur.pos).to_string());
        } else if let Some(items) = with_options(cur, diags) {
            let options = items.into_iter().map(|i| i.option);
            index.options.extend(options.filter(|o| !is_how_to_run(o)));
        } else if cur.eat_kw("ON") {
            if index.kind == IndexKind::FullText {
                let lo = cur.pos;
                if cur.group().is_none() {
                    cur.ident();
                }
                extra(&mut index, "ON", cur.text(lo, cur.pos));
            } else {
                index.storage = storage(cur);
            }
        } else if cur.eat_kw("FILESTREAM_ON") {
            let value = cur.ident_or_string().unwrap_or_default();
            extra(&mut index, "FILESTREAM_ON", &value);
        } else if cur.eat_kws(&["KEY", "INDEX"]) {
            let value = cur.ident().unwrap_or_default();
            extra(&mut index, "KEY INDEX", &value);
        } else if cur.eat_kw("ORDER") {
            let lo = cur.pos;
            cur.group();
            extra(&mut index, "ORDER", cur.text(lo, cur.pos));
        } else if cur.eat_kw("USING") {
            let lo = cur.pos;
            while !cur.at_end()
                && !cur.is_kw("WITH")
                && !cur.is_kw("ON")
                && !cur.is(&Token::SemiColon)
            {
                if cur.pos > lo && is_statement_start(&cur.lexed.toks[cur.pos].token) {
                    break;
                }
                cur.skip_one();
            }
            extra(&mut index, "USING", cur.text(lo, cur.pos));
        } else if cur.eat_kw("FOR") {
            let lo = cur.pos;
            if cur.group().is_none() {
                cur.ident();
            }
            extra(&mut index, "FOR", cur.text(lo, cur.pos));
        } else {
            break;
        }
    }
    index
}

fn extra(index: &mut Index, name: &str, value: &str) {
    index.extra.push(OptionValue {
        name: name.to_string(),
        value: value.trim().to_string(),
    });
}

/// Fulltext columns carry `TYPE COLUMN`, `LANGUAGE` and `STATISTICAL_SEMANTICS` clauses,
/// kept verbatim per column.
fn fulltext_columns(cur: &mut Cursor, index: &mut Index) {
    let Some((lo, hi)) = cur.group() else { return };
    for (a, b) in split_commas(cur, lo, hi) {
        let mut item = Cursor::new(cur.src, cur.lexed, a, b);
        let Some(name) = item.ident() else { continue };
        let rest = item.text(item.pos, b).trim().to_string();
        if !rest.is_empty() {
            index.extra.push(OptionValue {
                name: format!("COLUMN {name}"),
                value: rest,
            });
        }
        index.columns.push(IndexColumn::named(name));
    }
}

/// A filter predicate runs until WITH (...), ON, `;` or the next statement.
fn ends_filter(cur: &Cursor) -> bool {
    let Some(token) = cur.peek() else { return true };
    matches!(token, Token::SemiColon)
        || (cur.is_kw("WITH") && matches!(cur.peek_at(1), Some(Token::LParen)))
        || cur.is_kw("ON")
        || cur.is_kw("FILESTREAM_ON")
        || is_statement_start(token)
}

//! Every name pattern the engine guesses from, in one place.
//!
//! Rules never match names themselves: they ask this module, so that the guesses are
//! consistent and can be reviewed (and tuned) together. Names are compared by *words*, never
//! by substring: `OrderDate`, `order_date`, `orderDate` and `[Order Date]` are all the words
//! `order date`, and `Clock` does not contain the word `lock`. The word primitives are
//! private to this module; `tests/name_knowledge.rs` keeps string matching on names out of
//! every other module, and the table-driven test at the end of this file is the catalogue.

/// The words of a name as slices of it, in its own case: split at `_`, spaces, brackets,
/// quotes, dots and any other non-alphanumeric character, and at case changes
/// (`XMLHttpURL` is `XML Http URL`).
fn word_slices(name: &str) -> WordSlices<'_> {
    WordSlices { name, pos: 0 }
}

struct WordSlices<'a> {
    name: &'a str,
    pos: usize,
}

impl<'a> Iterator for WordSlices<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.name.as_bytes();
        let mut start = self.pos;
        for i in self.pos..bytes.len() {
            let c = bytes[i];
            // Non-ASCII bytes belong to words (accented names); ASCII punctuation separates.
            if c.is_ascii() && !c.is_ascii_alphanumeric() {
                if start < i {
                    self.pos = i + 1;
                    return Some(&self.name[start..i]);
                }
                start = i + 1;
                continue;
            }
            let boundary = c.is_ascii_uppercase()
                && i > start
                && (bytes[i - 1].is_ascii_lowercase()
                    || bytes[i - 1].is_ascii_uppercase()
                        && bytes.get(i + 1).is_some_and(|n| n.is_ascii_lowercase()));
            // Only split at ASCII positions, which are always char boundaries.
            if boundary {
                self.pos = i;
                return Some(&self.name[start..i]);
            }
        }
        self.pos = bytes.len();
        (start < bytes.len()).then(|| &self.name[start..])
    }
}

/// The lower-case words of a name (see [`word_slices`]).
fn words(name: &str) -> Vec<String> {
    word_slices(name).map(str::to_ascii_lowercase).collect()
}

fn last_word(name: &str) -> Option<&str> {
    word_slices(name).last()
}

fn first_word(name: &str) -> Option<&str> {
    word_slices(name).next()
}

fn word_count(name: &str) -> usize {
    word_slices(name).count()
}

/// Whether `word` is one of the lower-case `set`, ignoring case.
fn is_one_of(word: &str, set: &[&str]) -> bool {
    set.iter().any(|s| word.eq_ignore_ascii_case(s))
}

fn last_is(name: &str, set: &[&str]) -> bool {
    last_word(name).is_some_and(|l| is_one_of(l, set))
}

fn first_is(name: &str, set: &[&str]) -> bool {
    first_word(name).is_some_and(|f| is_one_of(f, set))
}

fn has_word(name: &str, set: &[&str]) -> bool {
    word_slices(name).any(|w| is_one_of(w, set))
}

/// Whether the name's words are exactly one of the lower-case word sequences, given as
/// space-separated strings (`"created at"`).
fn words_are(name: &str, sequences: &[&str]) -> bool {
    // These run per column against long lists: most names are turned away by their first
    // word, compared as a prefix of each sequence, before the rest is split.
    let Some(first) = word_slices(name).next() else {
        return false;
    };
    let starts = |seq: &&&str| {
        let (s, f) = (seq.as_bytes(), first.as_bytes());
        s.len() >= f.len()
            && s[..f.len()].eq_ignore_ascii_case(f)
            && s.get(f.len()).is_none_or(|b| *b == b' ')
    };
    sequences.iter().filter(starts).any(|seq| {
        let mut theirs = seq.split(' ');
        word_slices(name).all(|a| theirs.next().is_some_and(|b| a.eq_ignore_ascii_case(b)))
            && theirs.next().is_none()
    })
}

/// A name reduced to its lower-case words run together, so that `OrderItems`,
/// `order_items` and `[Order Items]` meet under one key.
pub fn word_key(name: &str) -> String {
    word_slices(name).map(str::to_ascii_lowercase).collect()
}

/// The word key of a name without its first word: `phpbb_users` -> `users`.
pub fn word_key_after_first(name: &str) -> Option<String> {
    let mut w = word_slices(name);
    w.next()?;
    let rest: String = w.map(str::to_ascii_lowercase).collect();
    (!rest.is_empty()).then_some(rest)
}

/// The first word most table names share, when it is a product prefix (`phpbb_`, `be_`,
/// `Abp`): at least three tables and most of those with two or more words.
pub fn common_prefix<'n>(names: impl IntoIterator<Item = &'n str>) -> Option<String> {
    let mut counts: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    let mut multi = 0usize;
    for name in names {
        if word_count(name) < 2 {
            continue;
        }
        multi += 1;
        if let Some(first) = first_word(name) {
            *counts.entry(first.to_ascii_lowercase()).or_insert(0) += 1;
        }
    }
    let (word, n) = counts.into_iter().max_by_key(|(_, n)| *n)?;
    (n >= 3 && n * 5 >= multi * 3).then_some(word)
}

/// Whether the name's first word is `prefix` (lower case).
pub fn starts_with_word(name: &str, prefix: &str) -> bool {
    first_word(name).is_some_and(|f| f.eq_ignore_ascii_case(prefix))
}

/// The lower-case words of a name, for spelling it again in another style.
pub fn words_of(name: &str) -> Vec<String> {
    words(name)
}

/// Whether two names have the same words: `TenantId`, `tenant_id` and `[Tenant ID]` are one.
pub fn same_words(a: &str, b: &str) -> bool {
    let (mut x, mut y) = (word_slices(a), word_slices(b));
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) if p.eq_ignore_ascii_case(q) => {}
            _ => return false,
        }
    }
}

// ---------------------------------------------------------------------------------------
// Naming style

/// How a schema spells multi-word names, so that a suggested column reads like its
/// neighbours: `updated_at` in a snake_case schema, `UpdatedAt` in a PascalCase one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NameStyle {
    #[default]
    Pascal,
    Snake,
    /// `UPDATED_AT`, as Oracle-minded and Spring Batch schemas write.
    UpperSnake,
    Camel,
}

impl NameStyle {
    /// The style of one multi-word name, if it shows one.
    fn of(name: &str) -> Option<NameStyle> {
        let name = name.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        if word_count(name) < 2 {
            return None;
        }
        let has_lower = name.bytes().any(|b| b.is_ascii_lowercase());
        let has_upper = name.bytes().any(|b| b.is_ascii_uppercase());
        if name.contains('_') {
            return Some(if has_upper && !has_lower {
                NameStyle::UpperSnake
            } else {
                NameStyle::Snake
            });
        }
        match name.bytes().next() {
            Some(b) if b.is_ascii_uppercase() && has_lower => Some(NameStyle::Pascal),
            Some(b) if b.is_ascii_lowercase() && has_upper => Some(NameStyle::Camel),
            _ => None,
        }
    }

    /// The style most of these names use. When no name has two words, single words still
    /// tell lower case (`id`, `payload`: snake_case, as PostgreSQL folds unquoted names) from
    /// upper case (`ID`, `NAME`); otherwise PascalCase.
    pub fn dominant<'n>(names: impl IntoIterator<Item = &'n str>) -> NameStyle {
        let mut counts = [0usize; 4];
        // Single words: all lower case, all upper case, and mixed.
        let mut cases = [0usize; 3];
        for name in names {
            if let Some(style) = NameStyle::of(name) {
                counts[style as usize] += 1;
            } else {
                let letters = || name.chars().filter(char::is_ascii_alphabetic);
                if letters().all(|c| c.is_ascii_lowercase()) {
                    cases[0] += 1;
                } else if letters().all(|c| c.is_ascii_uppercase()) {
                    cases[1] += 1;
                } else {
                    cases[2] += 1;
                }
            }
        }
        if counts.iter().all(|&c| c == 0) {
            return match cases {
                [lower, 0, 0] if lower > 0 => NameStyle::Snake,
                [0, upper, 0] if upper > 0 => NameStyle::UpperSnake,
                _ => NameStyle::Pascal,
            };
        }
        let best = (0..4)
            .max_by_key(|&i| (counts[i], usize::from(i == 0)))
            .unwrap_or(0);
        [
            NameStyle::Pascal,
            NameStyle::Snake,
            NameStyle::UpperSnake,
            NameStyle::Camel,
        ][best]
    }

    /// Spells lower-case words in this style.
    pub fn spell(self, words: &[&str]) -> String {
        let capital = |w: &str| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        };
        match self {
            NameStyle::Pascal => words.iter().map(|w| capital(w)).collect(),
            NameStyle::Snake => words.join("_"),
            NameStyle::UpperSnake => words.join("_").to_ascii_uppercase(),
            NameStyle::Camel => words
                .iter()
                .enumerate()
                .map(|(i, w)| if i == 0 { w.to_string() } else { capital(w) })
                .collect(),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Tenancy

/// Whether the column is the configured tenant column, in any naming style.
pub fn is_tenant_column(column: &str, tenant_column: &str) -> bool {
    same_words(column, tenant_column)
}

/// A column that reads as some tenant key (`tenant_record_id`, `TenantKey`), used when the
/// configured tenant column appears nowhere but the schema clearly has its own.
pub fn is_tenant_like(column: &str) -> bool {
    first_is(column, &["tenant"]) && last_is(column, &["id", "key", "uuid", "guid"])
}

/// Whether the table is the tenant table itself: `Tenant`/`tenants` for `TenantId`,
/// `Organization`/`organizations` for `organization_id`.
pub fn is_tenant_table(table: &str, tenant_column: &str) -> bool {
    let mut stem = words(tenant_column);
    if stem.last().is_some_and(|w| w == "id" || w == "key") {
        stem.pop();
    }
    if stem.is_empty() {
        return false;
    }
    let mut mine = words(table);
    if let Some(last) = mine.last_mut() {
        if let Some(singular) = singular(last) {
            *last = singular;
        }
    }
    mine == stem
}

/// [`is_tenant_table`] for the name without its first word (a product prefix).
pub fn is_tenant_table_after_prefix(table: &str, tenant_column: &str) -> bool {
    let rest: Vec<&str> = word_slices(table).skip(1).collect();
    !rest.is_empty() && is_tenant_table(&rest.join("_"), tenant_column)
}

/// `tenants` -> `tenant`, `companies` -> `company`, `addresses` -> `address`.
fn singular(word: &str) -> Option<String> {
    if let Some(stem) = word.strip_suffix("ies") {
        return Some(format!("{stem}y"));
    }
    if word.ends_with("sses") || word.ends_with("xes") || word.ends_with("ches") {
        return word.strip_suffix("es").map(str::to_string);
    }
    if word.ends_with("ss") || word.ends_with("us") {
        return None;
    }
    word.strip_suffix('s').map(str::to_string)
}

// ---------------------------------------------------------------------------------------
// Column meanings

/// Status, type, kind and level columns whose values come from a closed set. Not the
/// translated labels of a warehouse (`SpanishPromotionType`), not a bare `State` (in an
/// address it is a region), and not keys (`StatusId`).
pub fn is_enum_like(column: &str) -> bool {
    if is_translated_label(column) {
        return false;
    }
    if words_are(column, &["state", "priority", "level"]) {
        return false;
    }
    last_is(
        column,
        &[
            "status", "type", "kind", "level", "state", "stage", "severity", "priority", "tier",
            "mode", "phase",
        ],
    ) && !has_word(column, &["province", "country", "region", "address"])
}

/// Languages a warehouse spells labels in, one column per language.
const LANGUAGES: &[&str] = &[
    "english",
    "spanish",
    "french",
    "german",
    "italian",
    "portuguese",
    "dutch",
    "japanese",
    "chinese",
    "arabic",
    "hebrew",
    "thai",
    "turkish",
    "russian",
    "en",
    "es",
    "fr",
    "de",
    "it",
    "pt",
    "nl",
    "ja",
    "zh",
    "ar",
    "he",
    "th",
    "tr",
    "ru",
];

/// A label repeated per language: `EnglishProductName`, `name_fr`.
pub fn is_translated_label(column: &str) -> bool {
    word_count(column) >= 2
        && (first_is(column, &LANGUAGES[..14])
            || last_word(column).is_some_and(|l| l.len() == 2 && is_one_of(l, LANGUAGES)))
}

/// URL, URI and file path columns.
pub fn is_url_or_path(column: &str) -> bool {
    last_is(
        column,
        &["url", "uri", "path", "href", "link", "endpoint", "filepath"],
    )
}

/// Columns that by name hold JSON documents: `...Json`, or a document noun (`Config`,
/// `RequestPayload`, `user_settings`) of at most three words. A `state`, `options` or
/// `results` column is too ambiguous to count.
pub fn is_json_name(column: &str) -> bool {
    has_word(column, &["json", "jsonb"])
        || (2..=3).contains(&word_count(column))
            && last_is(column, &["results", "options", "context", "parameters"])
        || word_count(column) <= 3
            && last_is(
                column,
                &[
                    "metadata",
                    "config",
                    "configuration",
                    "settings",
                    "payload",
                    "properties",
                    "attributes",
                ],
            )
}

/// Whether the name says JSON outright (`PayloadJson`, `data_jsonb`).
pub fn says_json(column: &str) -> bool {
    has_word(column, &["json", "jsonb"])
}

/// Columns holding a shape, list or array of values.
pub fn is_structured_string(column: &str) -> bool {
    last_is(
        column,
        &[
            "shape",
            "dims",
            "dimensions",
            "list",
            "array",
            "tags",
            "ids",
            "vector",
            "csv",
        ],
    )
}

/// What an audit-trail column records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditKind {
    CreatedAt,
    UpdatedAt,
    CreatedBy,
    UpdatedBy,
}

impl AuditKind {
    pub const ALL: [AuditKind; 4] = [
        AuditKind::CreatedAt,
        AuditKind::UpdatedAt,
        AuditKind::CreatedBy,
        AuditKind::UpdatedBy,
    ];

    /// The words of the column to suggest when it is missing.
    pub fn words(self) -> &'static [&'static str] {
        match self {
            AuditKind::CreatedAt => &["created", "at"],
            AuditKind::UpdatedAt => &["updated", "at"],
            AuditKind::CreatedBy => &["created", "by"],
            AuditKind::UpdatedBy => &["updated", "by"],
        }
    }

    pub fn is_time(self) -> bool {
        matches!(self, AuditKind::CreatedAt | AuditKind::UpdatedAt)
    }
}

/// Words that end a timestamp name without changing its meaning.
const TIME_SUFFIXES: &[&str] = &[
    "at",
    "on",
    "date",
    "time",
    "utc",
    "datetime",
    "timestamp",
    "ts",
    "dt",
    "when",
    "dttm",
];

/// First words of a creation timestamp or author column.
const CREATED: &[&str] = &[
    "created",
    "creation",
    "inserted",
    "insert",
    "entered",
    "added",
    "posted",
    "post",
    "create",
    "ingested",
    "ingestion",
    "logged",
    "recorded",
];

/// First words of an update timestamp or editor column.
const UPDATED: &[&str] = &[
    "updated",
    "modified",
    "changed",
    "edited",
    "update",
    "modification",
    "modify",
    "amended",
];

/// What audit column this is, if any: `created_at`, `CreatedOn`, `DateCreated`, `PostTime`,
/// `inserted_at`, `ModifiedDate`, `LastEditedBy`, `updated_by_user_id`.
pub fn audit_kind(column: &str) -> Option<AuditKind> {
    // Most columns are none of these; say so without allocating.
    let first = first_word(column)?;
    if !is_one_of(first, CREATED)
        && !is_one_of(first, UPDATED)
        && !is_one_of(first, &["date", "time", "when", "last"])
    {
        return None;
    }
    let ws = words(column);
    let w: Vec<&str> = ws.iter().map(String::as_str).collect();
    let rest_is_time = |from: usize| w[from..].iter().all(|x| TIME_SUFFIXES.contains(x));
    let rest_is_who = |from: usize| {
        from < w.len()
            && w[from] == "by"
            && w[from + 1..]
                .iter()
                .all(|x| matches!(*x, "user" | "id" | "login" | "name" | "person"))
    };
    // One word alone is a timestamp only in the past tense: `Created`, not `Update`.
    if let [only] = w.as_slice() {
        return match *only {
            "created" | "inserted" => Some(AuditKind::CreatedAt),
            "updated" | "modified" | "changed" => Some(AuditKind::UpdatedAt),
            _ => None,
        };
    }
    match w.as_slice() {
        [] => None,
        // created_at, CreatedOn, PostTime, created
        [first, ..] if CREATED.contains(first) && rest_is_time(1) => Some(AuditKind::CreatedAt),
        [first, ..] if UPDATED.contains(first) && rest_is_time(1) => Some(AuditKind::UpdatedAt),
        // DateCreated, date_modified
        ["date" | "time" | "when", second, ..] if CREATED.contains(second) && w.len() == 2 => {
            Some(AuditKind::CreatedAt)
        }
        ["date" | "time" | "when", second, ..] if UPDATED.contains(second) && w.len() == 2 => {
            Some(AuditKind::UpdatedAt)
        }
        // LastModified, last_updated_at, LastEditedWhen
        ["last", second, ..] if UPDATED.contains(second) && rest_is_time(2) => {
            Some(AuditKind::UpdatedAt)
        }
        // created_by, CreatedByUserId, inserted_by
        [first, ..] if CREATED.contains(first) && rest_is_who(1) => Some(AuditKind::CreatedBy),
        [first, ..] if UPDATED.contains(first) && rest_is_who(1) => Some(AuditKind::UpdatedBy),
        ["last", second, ..] if UPDATED.contains(second) && rest_is_who(2) => {
            Some(AuditKind::UpdatedBy)
        }
        _ => None,
    }
}

/// The start or end of a row's validity: SQL Server's period columns (`ValidFrom`,
/// `SysStartTime`) and slowly changing dimensions' (`[Valid From]`, `EffectiveDate`,
/// `row_expiration_date`).
pub fn is_validity_column(column: &str) -> bool {
    words_are(
        column,
        &[
            "valid from",
            "valid to",
            "valid until",
            "sys start time",
            "sys end time",
            "effective date",
            "effective from",
            "effective to",
            "expiration date",
            "expiry date",
            "row effective date",
            "row expiration date",
            "row start date",
            "row end date",
            "start date",
            "end date",
            "is current",
            "current flag",
            "is current row",
        ],
    )
}

/// A warehouse's lineage column: which load wrote the row.
pub fn is_lineage_column(column: &str) -> bool {
    words_are(
        column,
        &[
            "lineage key",
            "lineage id",
            "etl batch id",
            "batch id",
            "load id",
            "etl load id",
            "audit key",
            "insert audit key",
            "update audit key",
        ],
    )
}

/// Whether the name reads as a source-code, free text or message column.
pub fn is_free_text(column: &str) -> bool {
    last_is(
        column,
        &[
            "message",
            "text",
            "snippet",
            "description",
            "notes",
            "content",
            "body",
            "trace",
            "comment",
            "summary",
            "prompt",
            "response",
        ],
    )
}

/// Timestamp columns that time-series partitioning keys on, best first.
pub fn is_event_time(column: &str) -> bool {
    audit_kind(column) == Some(AuditKind::CreatedAt)
        || words_are(
            column,
            &[
                "started at",
                "start time",
                "occurred at",
                "event time",
                "event date",
                "log date",
                "logged at",
                "timestamp",
                "time stamp",
                "order date",
                "transaction date",
                "date",
            ],
        )
        || last_is(column, &["timestamp"])
        || last_is(column, &["date"]) && word_count(column) <= 2
}

/// Name, last-used and active-flag columns that queries filter on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LookupKind {
    Name,
    LastUsed,
    ActiveFlag,
    /// Morton, Hilbert and other space-filling-curve codes, scanned by range.
    SpatialKey,
}

pub fn lookup_kind(column: &str) -> Option<LookupKind> {
    if words_are(column, &["name"]) {
        Some(LookupKind::Name)
    } else if words_are(column, &["is active", "active", "is enabled", "enabled"]) {
        Some(LookupKind::ActiveFlag)
    } else if words_are(
        column,
        &[
            "last used",
            "last used at",
            "last accessed",
            "last accessed at",
            "last seen",
        ],
    ) {
        Some(LookupKind::LastUsed)
    } else if has_word(column, &["morton", "hilbert", "zorder", "geohash"]) {
        Some(LookupKind::SpatialKey)
    } else if last_is(column, &["name"])
        && !first_is(
            column,
            &[
                "display", "first", "last", "middle", "full", "given", "family",
            ],
        )
        && !is_translated_label(column)
    {
        Some(LookupKind::Name)
    } else {
        None
    }
}

/// Whether the column names the table's own rows: `Name`, or `ModelName` in `Model`.
pub fn is_own_name_column(column: &str, table: &str) -> bool {
    if !last_is(column, &["name"]) {
        return false;
    }
    let ws = words(column);
    match ws.split_last() {
        Some((last, [])) => last == "name",
        Some((last, stem)) => last == "name" && stem == words(table).as_slice(),
        None => false,
    }
}

/// Whether the column's comments or description mark it deprecated or obsolete.
pub fn is_marked_deprecated(column: &schema_audit_ddl::Column) -> bool {
    const MARKERS: [&str; 4] = ["deprecated", "obsolete", "do not use", "no longer used"];
    let marked = |text: &str| {
        let lower = text.to_ascii_lowercase();
        MARKERS.iter().any(|m| lower.contains(m))
    };
    column.comments.iter().any(|c| marked(&c.text))
        || column.description.as_deref().is_some_and(marked)
}

/// Columns that read as measurements or scores, where precision matters.
pub fn is_measurement(column: &str) -> bool {
    last_is(
        column,
        &[
            "score",
            "rate",
            "ratio",
            "weight",
            "scale",
            "point",
            "probability",
            "confidence",
            "latitude",
            "longitude",
            "amount",
            "value",
            "similarity",
            "distance",
            "ms",
        ],
    )
}

/// Columns that hold money: prices, amounts, totals, balances.
pub fn is_money(column: &str) -> bool {
    last_is(
        column,
        &[
            "price",
            "amount",
            "cost",
            "total",
            "balance",
            "fee",
            "fees",
            "salary",
            "tax",
            "subtotal",
            "freight",
            "discount",
            "payment",
            "revenue",
            "wage",
            "wages",
            "charge",
            "charges",
            "paid",
            "due",
            "bonus",
            "commission",
            "budget",
            "sales",
            "amt",
        ],
    ) || has_word(
        column,
        &["price", "amount", "cost", "balance", "salary", "usd", "eur"],
    ) && !last_is(
        column,
        &["id", "key", "type", "code", "name", "date", "count"],
    )
}

/// Columns whose values are dates or times by name, so a string type is a defect:
/// `OrderDate`, `created_at`, `BirthDate`.
pub fn is_date_by_name(column: &str) -> bool {
    audit_kind(column).is_some_and(AuditKind::is_time)
        || last_is(column, &["date", "datetime", "timestamp"])
            && !first_is(column, &["format", "date"])
            && !has_word(column, &["format", "text", "string", "str"])
}

/// Columns whose values are numbers by name, so a string type is a defect: `Quantity`,
/// `unit_price`, `ItemCount`. Never `...Number` (phone, account and card numbers are text).
pub fn is_number_by_name(column: &str) -> bool {
    last_is(
        column,
        &[
            "quantity", "qty", "count", "price", "amount", "total", "age", "weight", "height",
            "width", "length", "balance", "salary",
        ],
    ) && !has_word(column, &["text", "desc", "description", "label"])
}

/// Columns of free text that vary in length, so a fixed-width type pads them: names,
/// descriptions, addresses, emails.
pub fn is_variable_text(column: &str) -> bool {
    last_is(
        column,
        &[
            "name",
            "description",
            "title",
            "address",
            "email",
            "comment",
            "comments",
            "notes",
            "note",
            "remarks",
            "city",
            "street",
            "message",
            "subject",
            "summary",
            "url",
            "path",
            "line1",
            "line2",
            "text",
        ],
    ) && !first_is(column, &["short"])
}

/// Runtime counters and metrics, which stay in the table rather than becoming atoms.
pub fn is_counter_or_metric(column: &str) -> bool {
    last_is(
        column,
        &[
            "count", "ms", "bytes", "rate", "ratio", "seconds", "duration", "retries", "attempts",
            "quantity", "cost", "total", "size", "score", "number",
        ],
    ) || first_is(
        column,
        &["avg", "average", "max", "min", "total", "num", "sum"],
    )
}

/// Measures and rates measured at run time (latency, averages), as opposed to stored counts.
pub fn is_runtime_metric(column: &str) -> bool {
    last_is(
        column,
        &["ms", "rate", "ratio", "score", "seconds", "duration"],
    ) || first_is(column, &["avg", "average"])
}

/// Hashes, checksums and signatures: derived from other data, small, never content.
pub fn is_digest(column: &str) -> bool {
    last_is(
        column,
        &["hash", "checksum", "signature", "footprint", "lsn", "etag"],
    ) || first_is(column, &["morton", "hilbert"])
}

/// Columns whose name says they are small by construction even when typed as a MAX binary.
pub fn is_small_binary_by_name(column: &str) -> bool {
    last_is(
        column,
        &[
            "hash",
            "signature",
            "salt",
            "key",
            "checksum",
            "lsn",
            "token",
        ],
    )
}

/// Positions and coordinates that structure a row (an index, an ordinal, an x/y/z).
pub fn is_position(column: &str) -> bool {
    last_is(
        column,
        &[
            "idx", "index", "position", "ordinal", "x", "y", "z", "seq", "sequence",
        ],
    ) || first_is(column, &["position"])
}

/// Lower and upper bounds of a range (`MinValue`, `max_x`).
pub fn is_bound(column: &str) -> bool {
    last_is(column, &["min", "max"]) || first_is(column, &["min", "max"])
}

/// Processing state on an operational row: statuses, errors, traces.
pub fn is_processing_state(column: &str) -> bool {
    is_non_reference_id(column)
        || last_is(
            column,
            &[
                "status",
                "state",
                "stage",
                "phase",
                "message",
                "error",
                "trace",
                "exception",
            ],
        )
}

/// Columns that record when a row stops being wanted: `ExpiresAt`, `ttl`, `retain_until`.
pub fn is_expiry(column: &str) -> bool {
    has_word(
        column,
        &[
            "expires",
            "expiry",
            "expiration",
            "ttl",
            "retain",
            "retention",
            "expire",
        ],
    )
}

/// Cache columns of an eviction index: when a row was last hit.
pub fn is_last_hit(column: &str) -> bool {
    words_are(
        column,
        &[
            "last accessed",
            "last accessed at",
            "last accessed utc",
            "last access",
            "last used",
            "last used at",
            "last hit",
            "last hit at",
        ],
    )
}

/// Cache columns of an eviction index: how often a row was hit.
pub fn is_hit_count(column: &str) -> bool {
    words_are(
        column,
        &[
            "hit count",
            "hits",
            "access count",
            "use count",
            "usage count",
        ],
    )
}

/// Whether a foreign key column names an optional relationship by its first word
/// (`ParentId`, `ManagerId`, `replaced_by_id`).
pub fn is_optional_reference(column: &str) -> bool {
    first_is(
        column,
        &[
            "parent",
            "previous",
            "next",
            "replaced",
            "superseded",
            "optional",
            "manager",
            "default",
            "last",
            "alternate",
            "reports",
            "primary",
            "preferred",
        ],
    )
}

/// Column positions in a row that make it unique under its parent: `LineNumber`, `Ordinal`.
pub fn is_sequence_in_parent(column: &str) -> bool {
    last_is(
        column,
        &[
            "idx", "index", "position", "ordinal", "seq", "sequence", "number",
        ],
    )
}

/// `...Version` columns.
pub fn is_version(column: &str) -> bool {
    last_is(column, &["version"])
}

/// The kind of scalar a column's name promises, which decides the type it should have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamedValue {
    /// A calendar day: `BirthDate`, `OrderDate`.
    Date,
    /// A moment: `created_at`, `ModifiedDate`, `EventTimestamp`.
    Timestamp,
    /// A count of things: `Quantity`, `ItemCount`, `Age`.
    WholeNumber,
    /// A money or measured value: `UnitPrice`, `total_amount`, `Balance`.
    Decimal,
}

/// What scalar the name says the column holds, by [`is_date_by_name`] and
/// [`is_number_by_name`]: `...Date` is a day unless it is an audit timestamp (`ModifiedDate`),
/// counts, quantities and ages are whole numbers, and other numbers (but not sizes) are
/// decimals.
pub fn named_value(column: &str) -> Option<NamedValue> {
    if is_date_by_name(column) {
        let day = last_is(column, &["date"]) && audit_kind(column).is_none();
        return Some(if day {
            NamedValue::Date
        } else {
            NamedValue::Timestamp
        });
    }
    // Sizes are often kept with their unit or as a pair (`'10 cm'`, phpBB's `'10|3'`), so a
    // string there is not clearly a defect.
    if is_number_by_name(column) && !last_is(column, &["length", "width", "height", "weight"]) {
        let whole = last_is(column, &["quantity", "qty", "count", "age"]);
        return Some(if whole {
            NamedValue::WholeNumber
        } else {
            NamedValue::Decimal
        });
    }
    None
}

/// A warehouse surrogate key by name: `CustomerKey`, `[Order Date Key]`, `promotion_key`.
/// Not a lineage key (`[Lineage Key]`), which records a load rather than a dimension member.
pub fn is_surrogate_key_name(column: &str) -> bool {
    word_count(column) >= 2 && last_is(column, &["key"]) && !is_lineage_column(column)
}

// ---------------------------------------------------------------------------------------
// References

/// Derives the tables a `...Id` (or, in a warehouse, `...Key`) column may reference, in the
/// spellings a table could have: `ModelId` -> `Model`, `Models`; `user_id` -> `user`,
/// `users`; `SourceUsageId` -> also `Usage`; `CustomerKey` -> also `DimCustomer`.
pub fn referenced_table_candidates(column: &str, warehouse: bool) -> Vec<String> {
    let slices: Vec<&str> = word_slices(column).collect();
    let Some((last, stem)) = slices.split_last() else {
        return Vec::new();
    };
    let is_key = last.eq_ignore_ascii_case("key");
    if stem.is_empty() || !(last.eq_ignore_ascii_case("id") || warehouse && is_key) {
        return Vec::new();
    }
    let mut stems: Vec<&[&str]> = vec![stem];
    // Role prefixes name which row, not which table: `SourceUsageId` points at a Usage.
    if stem.len() > 1
        && is_one_of(
            stem[0],
            &[
                "source", "target", "parent", "child", "previous", "next", "original", "root",
                "from", "to",
            ],
        )
    {
        stems.push(&stem[1..]);
    }
    // Table lookups are by word key (`orderitems`), so one spelling per candidate suffices.
    let mut out = Vec::new();
    for s in stems {
        let base: String = s.iter().map(|w| w.to_ascii_lowercase()).collect();
        let plural = plural(&base);
        let (dim_first, dim_last) = (format!("dim{base}"), format!("{base}dim"));
        push_unique(&mut out, base);
        push_unique(&mut out, plural);
        if is_key {
            push_unique(&mut out, dim_first);
            push_unique(&mut out, dim_last);
        }
    }
    out
}

fn push_unique(out: &mut Vec<String>, candidate: String) {
    if !out.iter().any(|o| o.eq_ignore_ascii_case(&candidate)) {
        out.push(candidate);
    }
}

fn plural(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    if lower.ends_with('y') && !lower.ends_with("ey") && !lower.ends_with("ay") {
        format!("{}ies", &word[..word.len() - 1])
    } else if lower.ends_with('s') || lower.ends_with('x') || lower.ends_with("ch") {
        format!("{word}es")
    } else {
        format!("{word}s")
    }
}

/// A warehouse's date key: `OrderDateKey`, `[Invoice Date Key]`, `date_key`.
pub fn is_date_key(column: &str) -> bool {
    let ws = words(column);
    ws.len() >= 2 && ws[ws.len() - 1] == "key" && ws[ws.len() - 2] == "date"
}

/// Tables about the system's own operation rather than business rows: CDC checkpoints,
/// builds, deployments, watermarks. By word: `Clock` and `Building` are not among them.
pub fn is_infrastructure_name(table: &str) -> bool {
    last_is(
        table,
        &[
            "checkpoint",
            "checkpoints",
            "build",
            "builds",
            "deployment",
            "deployments",
            "watermark",
            "watermarks",
            "migration",
            "migrations",
            "changelog",
            "lock",
            "locks",
        ],
    )
}

/// Whether the column is named like a reference (`...Id`, `..._id`, and `...Key` in a
/// warehouse) to some table.
pub fn is_reference_name(column: &str, warehouse: bool) -> bool {
    let mut count = 0;
    let mut last = "";
    for word in word_slices(column) {
        count += 1;
        last = word;
    }
    count >= 2 && (last.eq_ignore_ascii_case("id") || warehouse && last.eq_ignore_ascii_case("key"))
}

/// `...Id` columns that are not references: correlation ids, external system ids.
pub fn is_non_reference_id(column: &str) -> bool {
    words_are(column, &["id"])
        || has_word(
            column,
            &[
                "correlation",
                "session",
                "external",
                "trace",
                "request",
                "pipeline",
                "partition",
                "transaction",
                "commit",
                "operation",
                "message",
                "idempotency",
                "activity",
                "span",
                "device",
                "thread",
                "process",
                "provider",
                "vendor",
                "stripe",
                "remote",
                "legacy",
                "source",
                "wwi",
                "alternate",
                "natural",
                "business",
                "guid",
                "uuid",
                "public",
                "batch",
                "job",
                "run",
                "instance",
                "node",
                "worker",
                "execution",
            ],
        ) && !first_is(column, &["source", "target", "parent"])
        || words_are(column, &["source id", "source system id"])
}

/// The stem shared by columns describing the same thing, e.g. the `Name` in `ModelName`.
pub fn is_natural_key_part(column: &str) -> bool {
    last_is(
        column,
        &[
            "name", "version", "idx", "index", "number", "code", "key", "slug", "hash", "email",
            "position", "ordinal", "sequence",
        ],
    )
}

// ---------------------------------------------------------------------------------------
// Table names

/// Who owns a table whose shape a tool or vendor dictates, when the name alone says so.
pub fn vendor_of(schema: Option<&str>, table: &str) -> Option<&'static str> {
    const EXACT: &[(&str, &str)] = &[
        (
            "sysdiagrams",
            "SQL Server Management Studio's database diagrams",
        ),
        (
            "dtproperties",
            "SQL Server Management Studio's database diagrams",
        ),
        ("__EFMigrationsHistory", "Entity Framework Core migrations"),
        ("__MigrationHistory", "Entity Framework 6 migrations"),
        ("schema_migrations", "Rails (or another migration tool)"),
        ("ar_internal_metadata", "Rails"),
        ("flyway_schema_history", "Flyway"),
        ("schema_version", "Flyway"),
        ("SchemaVersions", "DbUp"),
        ("DATABASECHANGELOG", "Liquibase"),
        ("DATABASECHANGELOGLOCK", "Liquibase"),
        ("django_migrations", "Django"),
        ("django_session", "Django"),
        ("django_content_type", "Django"),
        ("django_admin_log", "Django"),
        ("alembic_version", "Alembic"),
        ("knex_migrations", "Knex"),
        ("knex_migrations_lock", "Knex"),
        ("SequelizeMeta", "Sequelize"),
        ("goose_db_version", "goose"),
        ("__diesel_schema_migrations", "Diesel"),
        ("_sqlx_migrations", "SQLx"),
        ("typeorm_metadata", "TypeORM"),
        ("ASPStateTempSessions", "the ASP.NET session-state provider"),
        (
            "ASPStateTempApplications",
            "the ASP.NET session-state provider",
        ),
        ("ELMAH_Error", "ELMAH"),
        ("sysssislog", "SQL Server Integration Services"),
        ("shedlock", "ShedLock"),
        ("scheduled_tasks", "db-scheduler"),
        ("delayed_jobs", "Delayed::Job"),
        ("que_jobs", "Que"),
        ("oban_jobs", "Oban"),
        ("oban_peers", "Oban"),
        ("river_job", "River"),
        ("river_leader", "River"),
        ("river_queue", "River"),
        ("river_migration", "River"),
        ("river_client", "River"),
        ("river_client_queue", "River"),
        ("AspNetUsers", "ASP.NET Core Identity"),
        ("AspNetRoles", "ASP.NET Core Identity"),
        ("AspNetUserRoles", "ASP.NET Core Identity"),
        ("AspNetUserClaims", "ASP.NET Core Identity"),
        ("AspNetUserLogins", "ASP.NET Core Identity"),
        ("AspNetUserTokens", "ASP.NET Core Identity"),
        ("AspNetRoleClaims", "ASP.NET Core Identity"),
        ("active_storage_blobs", "Rails Active Storage"),
        ("active_storage_attachments", "Rails Active Storage"),
        ("active_storage_variant_records", "Rails Active Storage"),
        ("action_text_rich_texts", "Rails Action Text"),
    ];
    const PREFIXES: &[(&str, &str)] = &[
        ("aspnet_", "the ASP.NET membership provider"),
        ("QRTZ_", "Quartz"),
        ("BATCH_", "Spring Batch"),
        ("solid_queue_", "Solid Queue"),
        ("solid_cache_", "Solid Cache"),
        ("good_job", "GoodJob"),
        ("oauth_", "an OAuth server library"),
        ("pgboss", "pg-boss"),
        ("Abp", "the ABP framework"),
        ("icinga_", "Icinga's IDO database"),
    ];
    const SCHEMAS: &[(&str, &str)] = &[
        ("HangFire", "Hangfire"),
        ("pgboss", "pg-boss"),
        ("graphile_worker", "Graphile Worker"),
        ("cron", "pg_cron"),
        ("quartz", "Quartz"),
    ];
    let bare = table.trim_matches(|c| c == '[' || c == ']' || c == '"' || c == '`');
    if let Some((_, owner)) = EXACT.iter().find(|(n, _)| n.eq_ignore_ascii_case(bare)) {
        return Some(owner);
    }
    if let Some((_, owner)) = PREFIXES.iter().find(|(p, _)| {
        bare.len() > p.len() && bare.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
    }) {
        return Some(owner);
    }
    let schema = schema?;
    SCHEMAS
        .iter()
        .find(|(s, _)| s.eq_ignore_ascii_case(schema))
        .map(|(_, owner)| *owner)
}

/// A warehouse dimension by name: `DimCustomer`, `dim_date`, `customer_dim`, or any table
/// in a `Dimension` schema.
pub fn is_dimension_name(schema: Option<&str>, table: &str) -> bool {
    schema.is_some_and(|s| words_are(s, &["dimension", "dimensions", "dim"]))
        || word_count(table) >= 2
            && (first_is(table, &["dim"]) || last_is(table, &["dim", "dimension"]))
}

/// A warehouse fact table by name: `FactSales`, `fact_orders`, or any table in a `Fact`
/// schema.
pub fn is_fact_name(schema: Option<&str>, table: &str) -> bool {
    schema.is_some_and(|s| words_are(s, &["fact", "facts"]))
        || word_count(table) >= 2
            && (first_is(table, &["fact"]) || last_is(table, &["fact", "facts"]))
}

/// An ETL staging table by name or schema: `Customer_Staging`, `stg_orders`, `staging.*`.
pub fn is_staging_name(schema: Option<&str>, table: &str) -> bool {
    schema.is_some_and(|s| {
        words_are(
            s,
            &[
                "staging", "stage", "stg", "etl", "landing", "load", "import", "raw",
            ],
        )
    }) || word_count(table) >= 2
        && (first_is(
            table,
            &["stg", "staging", "stage", "etl", "landing", "import"],
        ) || last_is(
            table,
            &["staging", "stg", "stage", "import", "load", "landing"],
        ))
}

/// The tenancy, history and archive words of a table name.
pub fn is_history_name(table: &str) -> bool {
    last_is(
        table,
        &[
            "history",
            "histories",
            "hist",
            "archive",
            "archived",
            "versions",
        ],
    ) || first_is(table, &["archive", "archived", "hist"]) && word_count(table) >= 2
}

/// Queues, jobs and outboxes.
pub fn is_queue_name(table: &str) -> bool {
    last_is(
        table,
        &[
            "queue",
            "queues",
            "job",
            "jobs",
            "outbox",
            "inbox",
            "dead",
            "deadletter",
        ],
    )
}

/// Columns a work queue keeps per row: who holds it, until when, when it may run, how
/// often it failed. Two or more of them make a table a queue whatever its name.
pub fn is_queue_bookkeeping(column: &str) -> bool {
    words_are(
        column,
        &[
            "processing owner",
            "processing available date",
            "processing state",
            "locked by",
            "locked at",
            "locked until",
            "lock expires at",
            "lease expires at",
            "run at",
            "scheduled at",
            "scheduled for",
            "available at",
            "visible at",
            "attempts",
            "attempt",
            "attempt count",
            "retry count",
            "retries",
            "error count",
            "next retry at",
            "picked by",
            "picked",
            "claimed at",
            "claimed by",
        ],
    )
}

/// Logs, audit trails, traces and telemetry.
pub fn is_log_name(table: &str) -> bool {
    last_is(
        table,
        &[
            "log",
            "logs",
            "audit",
            "audits",
            "trail",
            "trace",
            "traces",
            "telemetry",
            "journal",
            "logging",
        ],
    ) || first_is(table, &["log", "audit"]) && word_count(table) >= 2
}

/// Events and activity streams, which are logs when their rows are never updated.
pub fn is_event_name(table: &str) -> bool {
    last_is(
        table,
        &[
            "event",
            "events",
            "activity",
            "activities",
            "history",
            "changes",
            "clicks",
            "views",
        ],
    )
}

/// Reference data by name: types, statuses, categories, countries, currencies.
pub fn is_lookup_name(table: &str) -> bool {
    last_is(
        table,
        &[
            "type",
            "types",
            "status",
            "statuses",
            "kind",
            "kinds",
            "category",
            "categories",
            "country",
            "countries",
            "currency",
            "currencies",
            "region",
            "regions",
            "language",
            "languages",
            "unit",
            "units",
            "reason",
            "reasons",
            "level",
            "levels",
            "code",
            "codes",
            "state",
            "states",
            "province",
            "provinces",
            "priority",
            "priorities",
            "stage",
            "stages",
            "tier",
            "tiers",
            "method",
            "methods",
            "lookup",
            "lookups",
            "gender",
            "genders",
            "title",
            "titles",
            "tag",
            "tags",
            "role",
            "roles",
            "class",
            "classes",
            "culture",
            "cultures",
            "territory",
            "territories",
            "shift",
            "shifts",
        ],
    )
}

/// Caches and sessions.
pub fn is_cache_name(table: &str) -> bool {
    has_word(table, &["cache", "cached", "caches"])
        || last_is(table, &["session", "sessions", "nonce", "nonces"])
}

/// Tables holding money or legal records that must survive a restart.
pub fn is_business_critical_table(table: &str) -> bool {
    has_word(
        table,
        &[
            "billing",
            "ledger",
            "ledgers",
            "invoice",
            "invoices",
            "payment",
            "payments",
            "order",
            "orders",
            "transaction",
            "transactions",
            "account",
            "accounts",
            "charge",
            "charges",
            "subscription",
            "subscriptions",
        ],
    )
}

/// Tables whose rows are time series and grow fast.
pub fn is_time_series_name(table: &str) -> bool {
    has_word(
        table,
        &[
            "metric",
            "metrics",
            "measurement",
            "measurements",
            "reading",
            "readings",
            "sample",
            "samples",
            "usage",
            "activity",
            "telemetry",
        ],
    )
}

/// Hot tables that benefit from latch-free access: sessions and queues.
pub fn is_hot_table(table: &str) -> bool {
    has_word(table, &["session", "sessions", "queue", "queues"])
}

/// The words that name a 1:1 extension of a parent (`ModelMetadata`, `user_profile`).
pub fn is_extension_name(table: &str, parent: &str) -> bool {
    let (mine, theirs) = (words(table), words(parent));
    mine.len() > theirs.len()
        && mine[..theirs.len()] == theirs[..]
        && last_is(
            table,
            &[
                "metadata",
                "details",
                "detail",
                "settings",
                "profile",
                "profiles",
                "extension",
                "info",
                "properties",
                "config",
                "preferences",
            ],
        )
}

/// Whether a table is named as the child of another: `OrderLine` of `Order`, `order_items`
/// of `orders`, `SalesOrderDetail` of `SalesOrderHeader`.
pub fn is_child_of(table: &str, parent: &str) -> bool {
    let mut mine = words(table);
    let mut theirs = words(parent);
    for list in [&mut mine, &mut theirs] {
        if let Some(last) = list.last_mut() {
            if let Some(s) = singular(last) {
                *last = s;
            }
        }
    }
    if theirs.last().is_some_and(|w| w == "header" || w == "head") && theirs.len() > 1 {
        theirs.pop();
    }
    mine.len() > theirs.len()
        && mine[..theirs.len()] == theirs[..]
        && mine.last().is_some_and(|w| {
            matches!(
                w.as_str(),
                "line"
                    | "item"
                    | "detail"
                    | "entry"
                    | "row"
                    | "part"
                    | "step"
                    | "position"
                    | "allocation"
                    | "attachment"
                    | "comment"
                    | "note"
            )
        })
}

/// Whether a table is named under another: its words start with the parent's
/// (`ModelLayer` under `Model`, `order_lines` under `orders`), or it is a child by
/// [`is_child_of`].
pub fn is_named_under(table: &str, parent: &str) -> bool {
    let mine = words(table);
    let mut theirs = words(parent);
    if let Some(last) = theirs.last_mut() {
        if let Some(s) = singular(last) {
            *last = s;
        }
    }
    mine.len() > theirs.len() && mine[..theirs.len()] == theirs[..] || is_child_of(table, parent)
}

/// Whether the table name's first word is `Model` (the seeds' prefix), for atom naming.
pub fn strip_model_prefix(table: &str) -> &str {
    let mut w = word_slices(table);
    match (w.next(), w.next()) {
        (Some(first), Some(_)) if first.eq_ignore_ascii_case("model") => &table[first.len()..],
        _ => table,
    }
}

/// History tables of temporal tables by their name: `...History` with `Valid...` columns.
pub fn looks_like_period_history(table: &str, columns: &[&str]) -> bool {
    last_is(table, &["history"]) && columns.iter().any(|c| first_is(c, &["valid"]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_in_every_style() {
        let cases: &[(&str, &[&str])] = &[
            ("LastProcessedLSN", &["last", "processed", "lsn"]),
            ("ModelId", &["model", "id"]),
            ("metadata_json", &["metadata", "json"]),
            ("__Odd  _Name_", &["odd", "name"]),
            ("XMLHttpURL", &["xml", "http", "url"]),
            ("[Tenant ID]", &["tenant", "id"]),
            ("\"tenant_id\"", &["tenant", "id"]),
            ("`tenantId`", &["tenant", "id"]),
            ("WWI City ID", &["wwi", "city", "id"]),
            ("", &[]),
        ];
        for (name, expected) in cases {
            assert_eq!(words(name), *expected, "{name}");
        }
    }

    /// The catalogue: each predicate with names it must and must not accept.
    #[test]
    fn name_knowledge_table() {
        type Check = fn(&str) -> bool;
        let tenant: Check = |n| is_tenant_column(n, "TenantId");
        let created: Check = |n| audit_kind(n) == Some(AuditKind::CreatedAt);
        let updated: Check = |n| audit_kind(n) == Some(AuditKind::UpdatedAt);
        let created_by: Check = |n| audit_kind(n) == Some(AuditKind::CreatedBy);
        let updated_by: Check = |n| audit_kind(n) == Some(AuditKind::UpdatedBy);
        let cases: &[(&str, Check, &[&str], &[&str])] = &[
            (
                "tenant column",
                tenant,
                &[
                    "TenantId",
                    "tenant_id",
                    "[Tenant ID]",
                    "tenantId",
                    "TENANT_ID",
                ],
                &["Tenant", "TenantName", "SubTenantId"],
            ),
            (
                "created at",
                created,
                &[
                    "created_at",
                    "CreatedAt",
                    "inserted_at",
                    "CreatedOn",
                    "DateCreated",
                    "PostTime",
                    "created",
                    "CreatedDateUtc",
                    "creation_date",
                ],
                &[
                    "CreatedBy",
                    "Created_By_Id",
                    "Post",
                    "recreated_at",
                    "PostTitle",
                ],
            ),
            (
                "updated at",
                updated,
                &[
                    "updated_at",
                    "ModifiedDate",
                    "modified_on",
                    "LastModified",
                    "last_updated_at",
                    "LastEditedWhen",
                    "date_modified",
                ],
                &["UpdatedBy", "LastName", "ModifiedBy"],
            ),
            (
                "created by",
                created_by,
                &[
                    "CreatedBy",
                    "created_by",
                    "created_by_user_id",
                    "InsertedBy",
                ],
                &["CreatedAt", "Created"],
            ),
            (
                "updated by",
                updated_by,
                &["ModifiedBy", "updated_by", "LastEditedBy"],
                &["ModifiedDate"],
            ),
            (
                "validity",
                is_validity_column,
                &[
                    "[Valid From]",
                    "ValidTo",
                    "valid_from",
                    "SysStartTime",
                    "EffectiveDate",
                    "row_expiration_date",
                ],
                &["Validated", "ValidFromText"],
            ),
            (
                "lineage",
                is_lineage_column,
                &["[Lineage Key]", "lineage_key", "EtlBatchId"],
                &["LineageName"],
            ),
            (
                "enum-like",
                is_enum_like,
                &[
                    "MigrationStatus",
                    "RiskLevel",
                    "order_status",
                    "JobState",
                    "PaymentType",
                ],
                &[
                    "StatusId",
                    "State",
                    "StateProvince",
                    "SpanishPromotionType",
                    "Priority",
                    "status_id",
                ],
            ),
            (
                "translated label",
                is_translated_label,
                &["EnglishProductName", "SpanishPromotionType", "name_fr"],
                &["ProductName", "LanguageCode", "Frenchie"],
            ),
            (
                "json by name",
                is_json_name,
                &[
                    "MetadataJson",
                    "payload_json",
                    "RequestPayload",
                    "user_settings",
                    "Config",
                    "metadata",
                ],
                &[
                    "state",
                    "Options",
                    "RowState",
                    "Results",
                    "context",
                    "Parameters",
                ],
            ),
            (
                "url or path",
                is_url_or_path,
                &["SourceUrl", "ArtifactPath", "avatar_url"],
                &["UrlId", "Pathology"],
            ),
            (
                "money",
                is_money,
                &[
                    "UnitPrice",
                    "total_amount",
                    "Freight",
                    "salary",
                    "TaxAmt",
                    "ListPrice",
                ],
                &["PriceListId", "AmountType", "Quantity"],
            ),
            (
                "date by name",
                is_date_by_name,
                &["OrderDate", "created_at", "BirthDate"],
                &["DateFormat", "Candidate", "Update"],
            ),
            (
                "number by name",
                is_number_by_name,
                &["Quantity", "unit_price", "ItemCount", "Age"],
                &["PhoneNumber", "AccountNumber", "QuantityUnit", "Storage"],
            ),
            (
                "variable text",
                is_variable_text,
                &["FirstName", "Description", "email", "AddressLine1"],
                &["CountryCode", "Currency"],
            ),
            (
                "named value: date",
                |n| named_value(n) == Some(NamedValue::Date),
                &["OrderDate", "BirthDate", "ship_date"],
                &["ModifiedDate", "created_at", "DateFormat", "Quantity"],
            ),
            (
                "named value: timestamp",
                |n| named_value(n) == Some(NamedValue::Timestamp),
                &[
                    "created_at",
                    "ModifiedDate",
                    "EventTimestamp",
                    "LastUpdatedAt",
                ],
                &["OrderDate", "Timestamps", "TimestampFormat"],
            ),
            (
                "named value: whole number",
                |n| named_value(n) == Some(NamedValue::WholeNumber),
                &["Quantity", "ItemCount", "order_qty", "Age"],
                &["UnitPrice", "Weight", "PhoneNumber", "CountText"],
            ),
            (
                "named value: decimal",
                |n| named_value(n) == Some(NamedValue::Decimal),
                &["UnitPrice", "total_amount", "Balance"],
                &[
                    "Quantity",
                    "AccountNumber",
                    "PriceDescription",
                    "Storage",
                    "Weight",
                    "field_length",
                ],
            ),
            (
                "surrogate key",
                is_surrogate_key_name,
                &["CustomerKey", "[Order Date Key]", "promotion_key"],
                &["Key", "[Lineage Key]", "KeyName", "CustomerId"],
            ),
            (
                "non-reference id",
                is_non_reference_id,
                &[
                    "Id",
                    "CorrelationId",
                    "[WWI City ID]",
                    "external_id",
                    "StripeCustomerId",
                ],
                &["CustomerId", "SourceUsageId", "user_id"],
            ),
            (
                "infrastructure is not a substring",
                |n| vendor_of(None, n).is_some(),
                &[
                    "sysdiagrams",
                    "__EFMigrationsHistory",
                    "schema_migrations",
                    "QRTZ_TRIGGERS",
                    "BATCH_JOB_EXECUTION",
                    "ASPStateTempSessions",
                ],
                &["Clock", "Building", "BuildingLock", "Migration"],
            ),
            (
                "dimension",
                |n| is_dimension_name(None, n),
                &["DimCustomer", "dim_date", "customer_dim"],
                &["Dimension", "Dimmer", "Dimensions"],
            ),
            (
                "fact",
                |n| is_fact_name(None, n),
                &["FactInternetSales", "fact_orders"],
                &["Factory", "Fact", "Artifact"],
            ),
            (
                "staging",
                |n| is_staging_name(None, n),
                &["Customer_Staging", "stg_orders", "StagingSales"],
                &["Stage", "Stagecoach", "Backstage"],
            ),
            (
                "queue",
                is_queue_name,
                &["JobQueue", "delayed_jobs", "outbox"],
                &["Jobsite", "QueueName"],
            ),
            (
                "log",
                is_log_name,
                &["ErrorLog", "audit_log", "AuditTrail", "logs"],
                &["Catalog", "Blog", "Login", "Logo", "Dialog"],
            ),
            (
                "cache",
                is_cache_name,
                &["CacheEntry", "user_sessions", "ResultCache"],
                &["Cachet", "SessionType"],
            ),
            (
                "business critical",
                is_business_critical_table,
                &["SalesOrderHeader", "invoices", "PaymentMethod"],
                &["Recorder", "Border", "Accountant"],
            ),
            (
                "hot",
                is_hot_table,
                &["UserSession", "job_queue"],
                &["Sessional"],
            ),
            (
                "lookup kind: name",
                |n| lookup_kind(n) == Some(LookupKind::Name),
                &["Name", "ModelName", "product_name"],
                &["FirstName", "DisplayName", "EnglishProductName", "Named"],
            ),
            (
                "lookup kind: active",
                |n| lookup_kind(n) == Some(LookupKind::ActiveFlag),
                &["IsActive", "is_active", "Enabled"],
                &["Inactive", "ActiveFrom"],
            ),
            (
                "optional reference",
                is_optional_reference,
                &["ParentId", "parent_category_id", "ManagerId"],
                &["ParentalRatingId", "CustomerId"],
            ),
        ];
        for (what, check, accepted, rejected) in cases {
            for name in *accepted {
                assert!(check(name), "{what}: should accept {name}");
            }
            for name in *rejected {
                assert!(!check(name), "{what}: should reject {name}");
            }
        }
    }

    #[test]
    fn tenant_table_is_named_after_the_tenant_column() {
        assert!(is_tenant_table("Tenant", "TenantId"));
        assert!(is_tenant_table("tenants", "tenant_id"));
        assert!(is_tenant_table("organizations", "organization_id"));
        assert!(is_tenant_table("Companies", "CompanyId"));
        assert!(!is_tenant_table("TenantSettings", "TenantId"));
        assert!(!is_tenant_table("Users", "TenantId"));
    }

    #[test]
    fn references_resolve_in_every_style() {
        let has = |column: &str, warehouse: bool, table: &str| {
            referenced_table_candidates(column, warehouse)
                .iter()
                .any(|c| *c == word_key(table))
        };
        assert!(has("ModelId", false, "Model"));
        assert!(has("user_id", false, "users"));
        assert!(has("category_id", false, "categories"));
        assert!(has("SourceUsageId", false, "Usage"));
        assert!(has("order_item_id", false, "order_items"));
        assert!(has("[City Key]", true, "City"));
        assert!(has("CustomerKey", true, "DimCustomer"));
        assert!(!has("CustomerKey", false, "DimCustomer"));
        assert!(referenced_table_candidates("ApiKey", false).is_empty());
        assert!(referenced_table_candidates("Id", false).is_empty());
    }

    #[test]
    fn suggests_names_in_the_schemas_style() {
        let spell =
            |names: &[&str]| NameStyle::dominant(names.iter().copied()).spell(&["updated", "at"]);
        assert_eq!(spell(&["order_id", "customer_name", "id"]), "updated_at");
        assert_eq!(spell(&["OrderId", "CustomerName", "Id"]), "UpdatedAt");
        assert_eq!(spell(&["orderId", "customerName"]), "updatedAt");
        assert_eq!(spell(&["JOB_INSTANCE_ID", "JOB_NAME"]), "UPDATED_AT");
        // No two-word name: the case of single words decides.
        assert_eq!(spell(&["id", "payload"]), "updated_at");
        assert_eq!(spell(&["ID", "NAME"]), "UPDATED_AT");
        assert_eq!(spell(&["Id", "Name"]), "UpdatedAt");
        assert_eq!(spell(&["id", "Name"]), "UpdatedAt");
        assert_eq!(spell(&[]), "UpdatedAt");
    }

    #[test]
    fn children_are_named_after_parents() {
        assert!(is_child_of("OrderLine", "Order"));
        assert!(is_child_of("order_items", "orders"));
        assert!(is_child_of("SalesOrderDetail", "SalesOrderHeader"));
        assert!(is_child_of("InvoiceLines", "Invoices"));
        assert!(!is_child_of("Orders", "Customers"));
        assert!(!is_child_of("OrderStatus", "Order"));
    }

    #[test]
    fn own_name_and_extension() {
        assert!(is_own_name_column("Name", "Model"));
        assert!(is_own_name_column("modelNAME", "Model"));
        assert!(is_own_name_column("model_name", "Model"));
        assert!(!is_own_name_column("DisplayName", "Model"));
        assert!(!is_own_name_column("ModelNam", "Model"));
        assert!(is_extension_name("ModelMetadata", "Model"));
        assert!(
            is_extension_name("user_profile", "users") || is_extension_name("user_profile", "user")
        );
        assert!(!is_extension_name("Model", "Model"));
    }
}

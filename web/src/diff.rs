//! The side-by-side diff between the input and the revised schema.

use similar::{DiffTag, TextDiff};

/// Above this many input bytes the page shows the revised schema without a diff: a line
/// diff of two multi-megabyte scripts can take seconds and has no deadline on wasm.
pub const DIFF_LIMIT: usize = 400_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Same,
    Removed,
    Added,
    Changed,
}

/// One row of the side-by-side view: a line of the input, of the revision, or both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row<'a> {
    pub kind: RowKind,
    pub left: Option<(usize, &'a str)>,
    pub right: Option<(usize, &'a str)>,
}

pub fn side_by_side<'a>(old: &'a str, new: &'a str) -> Vec<Row<'a>> {
    let diff = TextDiff::from_lines(old, new);
    let old_lines: Vec<&str> = old.lines().collect();
    let new_lines: Vec<&str> = new.lines().collect();
    let line = |lines: &[&'a str], i: usize| lines.get(i).map(|l| (i + 1, *l));
    let mut rows = Vec::new();
    for op in diff.ops() {
        let (tag, left, right) = op.as_tag_tuple();
        let kind = match tag {
            DiffTag::Equal => RowKind::Same,
            DiffTag::Delete => RowKind::Removed,
            DiffTag::Insert => RowKind::Added,
            DiffTag::Replace => RowKind::Changed,
        };
        let height = left.len().max(right.len());
        for i in 0..height {
            let l = (i < left.len())
                .then(|| line(&old_lines, left.start + i))
                .flatten();
            let r = (i < right.len())
                .then(|| line(&new_lines, right.start + i))
                .flatten();
            let kind = match (kind, l, r) {
                (RowKind::Changed, Some(_), None) => RowKind::Removed,
                (RowKind::Changed, None, Some(_)) => RowKind::Added,
                _ => kind,
            };
            rows.push(Row {
                kind,
                left: l,
                right: r,
            });
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn pairs_changed_lines() {
        let rows = side_by_side("a\nb\nc\n", "a\nB\nc\nd\n");
        let kinds: Vec<RowKind> = rows.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            [
                RowKind::Same,
                RowKind::Changed,
                RowKind::Same,
                RowKind::Added
            ]
        );
        assert_eq!(rows[1].left, Some((2, "b")));
        assert_eq!(rows[1].right, Some((2, "B")));
        assert_eq!(rows[3].right, Some((4, "d")));
    }
}

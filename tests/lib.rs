//! Corpus and end-to-end tests live in this package; the library itself is empty.

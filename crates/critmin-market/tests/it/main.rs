//! Integration tests of critmin-market: hand-computed fixtures, property tests (proptest), and
//! the "done when" checks on the bundled data against sums of the raw trade records.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod bundled;
mod files;
mod fixture;
mod hand;
mod properties;

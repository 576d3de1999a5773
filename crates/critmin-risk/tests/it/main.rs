//! Integration tests of critmin-risk: hand-computed fixtures, the method file's worked values on
//! the bundled data, and property tests of the invariants.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod bundled;
mod fixture;
mod hand;
mod properties;

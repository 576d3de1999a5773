//! critmin-watch tests: hand-written cases per language (dates, traps, figures, language
//! detection), input handling, the evaluation corpus against the targets, and property
//! tests that arbitrary input never panics.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod blind3;
mod cases;
mod corpus;
mod grammar;
mod inputs;
mod types;
mod vocab;

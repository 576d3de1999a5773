//! critmin-watch tests: hand-written cases per language (dates, traps, figures, language
//! detection), input handling, the evaluation corpus against the targets, and property
//! tests that arbitrary input never panics.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod anchors;
mod announce;
mod blind3;
mod cases;
mod corpus;
mod effect;
mod grammar;
mod inputs;
mod realis;
mod types;
mod vocab;

use chrono::NaiveDate;
use critmin_watch::{EventType, ingest_text};

/// (type, date) of every event in `text`, published on Wednesday 2025-11-12, in the order found.
pub fn found(text: &str) -> Vec<(EventType, String)> {
    let date = NaiveDate::from_ymd_opt(2025, 11, 12);
    let r = ingest_text("t", text, date);
    r.events.iter().map(|e| (e.event_type, e.date.to_string())).collect()
}

/// (type, date) of every event in `text`, published on Wednesday 2025-11-12, sorted.
pub fn events(text: &str) -> Vec<(EventType, String)> {
    let mut v = found(text);
    v.sort();
    v
}

/// The types of [`events`], sorted.
pub fn types(text: &str) -> Vec<EventType> {
    events(text).into_iter().map(|(t, _)| t).collect()
}

pub fn ev(t: EventType, date: &str) -> (EventType, String) {
    (t, date.to_string())
}

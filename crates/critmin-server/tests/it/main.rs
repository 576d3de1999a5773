//! Integration tests of critmin-server, run on SQLite and on PostgreSQL (127.0.0.1:5432, a fresh
//! database per test, dropped after): authorisation matrix, versions and aggregates, audit chain,
//! bad input, atomicity, the OpenAPI document against the router.
#![allow(clippy::unwrap_used)]

mod authz;
mod browser;
mod common;
mod input;
mod openapi;
mod store;

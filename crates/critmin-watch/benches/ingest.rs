//! Ingest benchmark (placeholder until written).
fn main() {}

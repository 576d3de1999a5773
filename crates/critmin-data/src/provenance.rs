//! `provenance.toml`: where each bundled table comes from, under which licence, and how big it is.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::{DataError, Diagnostic, parquet_io::write_atomic};

/// The provenance file of a data folder.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Provenance {
    /// Version of critmin's dataset (the date of the build's sources, plus a build number).
    pub dataset_version: String,
    /// The command that rebuilds the folder.
    pub built_by: String,
    pub sources: Vec<SourceRecord>,
    pub files: Vec<FileRecord>,
    /// What the build found in the raw sources and repaired or dropped.
    #[serde(default)]
    pub build_diagnostics: Vec<Diagnostic>,
}

/// One upstream source.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct SourceRecord {
    pub name: String,
    pub version: String,
    pub provider: String,
    /// File the data was read from and its SHA-256.
    pub file: String,
    pub sha256: String,
    pub licence: String,
    pub attribution: String,
    /// Which bundled files it feeds.
    pub feeds: Vec<String>,
}

/// One bundled file.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct FileRecord {
    pub name: String,
    pub rows: usize,
    pub sha256: String,
    pub description: String,
}

impl Provenance {
    /// Reads and parses a provenance file.
    pub fn read(path: &Path) -> Result<Provenance, DataError> {
        let text = std::fs::read_to_string(path).map_err(|e| DataError::io(path, e))?;
        toml::from_str(&text).map_err(|e| DataError::text(path, &text, e.span().map(|s| s.start), e.message()))
    }

    /// Writes the provenance file atomically.
    pub fn write(&self, path: &Path) -> Result<(), DataError> {
        let text = toml::to_string_pretty(self).map_err(|e| DataError::text(path, "", None, e.to_string()))?;
        write_atomic(path, |f| std::io::Write::write_all(f, text.as_bytes()).map_err(|e| DataError::io(path, e)))
    }
}

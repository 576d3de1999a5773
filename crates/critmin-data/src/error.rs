//! Errors of reading and writing data files; each names the file and, where known, line and field.

use std::path::{Path, PathBuf};

/// What went wrong with a data file.
#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error("cannot read or write {}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{}: not a readable Parquet file: {message}", path.display())]
    Parquet { path: PathBuf, message: String },
    #[error("{}: column '{column}' {problem}", path.display())]
    Column { path: PathBuf, column: String, problem: String },
    #[error("{}, row {row}, column '{column}': {problem}", path.display())]
    Value { path: PathBuf, row: usize, column: String, problem: String },
    #[error("{}, line {line}: {message}", path.display())]
    Text { path: PathBuf, line: usize, message: String },
    #[error("{}: inconsistent data: {source}", dir.display())]
    Model { dir: PathBuf, source: critmin_core::ModelError },
}

impl DataError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> DataError {
        DataError::Io { path: path.to_path_buf(), source }
    }
    pub(crate) fn parquet(path: &Path, e: impl std::fmt::Display) -> DataError {
        DataError::Parquet { path: path.to_path_buf(), message: e.to_string() }
    }
}

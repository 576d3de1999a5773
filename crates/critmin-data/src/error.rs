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
    #[error("{}, {}: {message}", path.display(), place(*.line, *.column))]
    Text { path: PathBuf, line: usize, column: usize, message: String },
    #[error("{}: inconsistent data: {source}", dir.display())]
    Model { dir: PathBuf, source: critmin_core::ModelError },
}

fn place(line: usize, column: usize) -> String {
    match (line, column) {
        (0, _) => "somewhere".into(),
        (l, 0) => format!("line {l}"),
        (l, c) => format!("line {l}, column {c}"),
    }
}

impl DataError {
    /// An error in a text file at a byte offset of `text` (1-based line and column; unknown when
    /// `offset` is `None`).
    pub(crate) fn text(path: &Path, text: &str, offset: Option<usize>, message: impl Into<String>) -> DataError {
        let (line, column) = offset.map_or((0, 0), |o| line_col(text, o));
        DataError::Text { path: path.to_path_buf(), line, column, message: message.into() }
    }

    pub(crate) fn io(path: &Path, source: std::io::Error) -> DataError {
        DataError::Io { path: path.to_path_buf(), source }
    }
    pub(crate) fn parquet(path: &Path, e: impl std::fmt::Display) -> DataError {
        DataError::Parquet { path: path.to_path_buf(), message: e.to_string() }
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut o = offset.min(text.len());
    while !text.is_char_boundary(o) {
        o -= 1;
    }
    let before = &text[..o];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

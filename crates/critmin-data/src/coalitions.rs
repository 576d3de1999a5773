//! Coalition files (TOML): the bundled `coalitions.toml` and users' own files in the same format.
//!
//! ```toml
//! [[coalition]]
//! name = "US-Japan"                     # what users type and outputs show
//! full_name = "United States and Japan"
//! aliases = ["USJ"]                     # optional
//! source = "Critical minerals agreement, 28 March 2023"   # optional
//! members = ["USA", "Japan"]            # ISO3/ISO2 codes, names, aliases or BACI codes
//! ```

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use critmin_core::{Coalition, Dataset};

use crate::DataError;

/// A coalition as written in a file, before its members are resolved.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoalitionSpec {
    pub name: Spanned<String>,
    #[serde(default)]
    pub full_name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub source: String,
    pub members: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CoalitionFile {
    #[serde(default)]
    coalition: Vec<CoalitionSpec>,
}

/// Parses a coalition file's text; `path` is only for error messages.
pub fn parse_coalitions(text: &str, path: &Path) -> Result<Vec<CoalitionSpec>, DataError> {
    let file: CoalitionFile = toml::from_str(text).map_err(|e| {
        DataError::text(
            path,
            text,
            e.span().map(|s| s.start),
            format!(
                "{} (expected [[coalition]] tables with name, members and optional full_name, aliases, source)",
                e.message()
            ),
        )
    })?;
    Ok(file.coalition)
}

/// Resolves members against the dataset's countries; an unknown member is an error naming its
/// line and column and suggesting close names. `text` is the file's text and `path` its name,
/// both only for error messages.
pub fn resolve_coalitions(
    ds: &Dataset,
    specs: &[CoalitionSpec],
    text: &str,
    path: &Path,
) -> Result<Vec<Coalition>, DataError> {
    let err = |offset: usize, message: String| DataError::text(path, text, Some(offset), message);
    let mut out = Vec::with_capacity(specs.len());
    for spec in specs {
        let name = spec.name.get_ref().trim().to_string();
        if name.is_empty() {
            return Err(err(spec.name.span().start, "coalition name is empty".into()));
        }
        let mut members = Vec::with_capacity(spec.members.len());
        for m in &spec.members {
            let id =
                ds.resolve_country(m.get_ref()).map_err(|e| err(m.span().start, format!("coalition '{name}': {e}")))?;
            if !members.contains(&id) {
                members.push(id);
            }
        }
        out.push(Coalition {
            full_name: if spec.full_name.is_empty() { name.clone() } else { spec.full_name.clone() },
            name,
            aliases: spec.aliases.clone(),
            members,
            source: spec.source.clone(),
        });
    }
    Ok(out)
}

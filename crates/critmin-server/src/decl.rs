//! Declarations submitted through the API: JSON objects that mirror the rapid-response TOML
//! entries (`[[stockpile]]`, `[[need]]`, docs/respond.md). Each entry is written back as TOML and
//! checked by `critmin_data::parse_declarations`, so the server accepts exactly what the CLI does,
//! with the same messages naming the field.

use std::path::Path;

use critmin_core::Dataset;
use serde::Deserialize;

/// Who may see a declaration's figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Visibility {
    /// The owner country's participants and the coordinators.
    Private,
    /// Only inside a total over at least [`MIN_HOLDERS`] holders (plus owner and coordinators).
    Aggregate,
    /// Everyone signed in.
    Public,
}

impl Visibility {
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Private => "private",
            Visibility::Aggregate => "aggregate",
            Visibility::Public => "public",
        }
    }
}

/// What a declaration declares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Stockpile,
    Need,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Stockpile => "stockpile",
            Kind::Need => "need",
        }
    }
    fn table(self) -> &'static str {
        self.as_str()
    }
}

/// An aggregate is shown only over at least this many distinct holders.
pub const MIN_HOLDERS: usize = 3;

/// A declaration as submitted: `{"kind": ..., "visibility": ..., "entry": {...}}`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeclarationIn {
    pub kind: Kind,
    pub visibility: Visibility,
    pub entry: serde_json::Map<String, serde_json::Value>,
}

/// A checked declaration: what the database stores besides the entry itself.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    /// ISO3 of the holder (stockpile) or partner (need).
    pub country: String,
    /// The mineral's canonical name.
    pub mineral: String,
    /// Contained tonnes (stockpile) or the total need in tonnes.
    pub tonnes: f64,
    /// The entry as TOML (what `critmin respond` would read).
    pub toml: String,
}

/// Checks one entry against the dataset. The error names the field and what was expected.
pub fn check(ds: &Dataset, kind: Kind, entry: &serde_json::Map<String, serde_json::Value>) -> Result<Checked, String> {
    let toml = entry_toml(kind, entry)?;
    let decl =
        critmin_data::parse_declarations(ds, &toml, Path::new("entry")).map_err(|e| clean(&e.to_string(), &toml))?;
    match kind {
        Kind::Stockpile => {
            let s = decl.stockpiles.first().ok_or("the entry declares no stockpile")?;
            let h = &s.holding;
            Ok(Checked {
                country: ds.country(h.holder).iso3.clone(),
                mineral: ds.mineral(h.mineral).name.clone(),
                tonnes: h.contained_t,
                toml,
            })
        }
        Kind::Need => {
            let n = decl.needs.first().ok_or("the entry declares no need")?;
            Ok(Checked {
                country: ds.country(n.partner).iso3.clone(),
                mineral: ds.mineral(n.mineral).name.clone(),
                tonnes: n.monthly_t.iter().sum(),
                toml,
            })
        }
    }
}

/// The entry as a TOML array-of-tables item, one key per line.
pub fn entry_toml(kind: Kind, entry: &serde_json::Map<String, serde_json::Value>) -> Result<String, String> {
    let mut out = format!("[[{}]]\n", kind.table());
    for (key, value) in entry {
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!("entry: '{key}' is not a field of a {}", kind.as_str()));
        }
        let v = json_to_toml(value).map_err(|e| format!("entry.{key}: {e}"))?;
        // One key per line, values inline, so an error's line number names its key.
        out.push_str(&format!("{key} = {v}\n"));
    }
    Ok(out)
}

fn json_to_toml(v: &serde_json::Value) -> Result<toml::Value, String> {
    use serde_json::Value as J;
    Ok(match v {
        J::Null => return Err("null is not a value: leave the field out instead".into()),
        J::Bool(b) => toml::Value::Boolean(*b),
        J::Number(n) => match n.as_i64() {
            Some(i) => toml::Value::Integer(i),
            None => toml::Value::Float(n.as_f64().ok_or("not a finite number")?),
        },
        J::String(s) => toml::Value::String(s.clone()),
        J::Array(a) => toml::Value::Array(a.iter().map(json_to_toml).collect::<Result<_, _>>()?),
        J::Object(o) => {
            let mut t = toml::Table::new();
            for (k, v) in o {
                t.insert(k.clone(), json_to_toml(v)?);
            }
            toml::Value::Table(t)
        }
    })
}

/// Turns "entry, line 3, column 10: message" into "entry.tonnes: message": the line is of the
/// TOML the server wrote (one key per line), meaningless to an API client, but it names the key.
fn clean(msg: &str, toml: &str) -> String {
    if let Some(rest) = msg.strip_prefix("entry, line ")
        && let Some(i) = rest.find(": ")
    {
        let line: Option<usize> = rest.split(',').next().and_then(|n| n.trim().parse().ok());
        let key = line
            .and_then(|n| toml.lines().nth(n.wrapping_sub(1)))
            .and_then(|l| l.split_once(" = "))
            .map(|(k, _)| k.trim());
        let message = &rest[i + 2..];
        return match key {
            Some(k) if !message.contains(&format!("'{k}'")) && !message.contains(&format!("`{k}`")) => {
                format!("entry.{k}: {message}")
            }
            _ => format!("entry: {message}"),
        };
    }
    msg.to_string()
}

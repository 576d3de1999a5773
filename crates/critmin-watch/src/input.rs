//! The engine's own input formats, kept apart from the engine: a plain-text article (one per
//! file, optional first line ` date YYYY-MM-DD`, leading space optional) and JSON Lines
//! (`{"id","date","text"}` per line; the evaluation corpus's lines are accepted too). Functions
//! take the bytes and the file name and return articles plus diagnostics naming file and line;
//! bad input never aborts the rest.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::{Article, ArticleResult};

/// Why an input (or a line of it) was skipped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based line for JSON Lines input.
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.file, l, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

fn diag(file: &str, line: Option<usize>, message: impl Into<String>) -> Diagnostic {
    Diagnostic { file: file.to_string(), line, message: message.into() }
}

/// Check that `bytes` are UTF-8 text; the reason otherwise.
fn as_text(bytes: &[u8]) -> Result<&str, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("empty file: skipped".into());
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err("UTF-16 text is not supported: convert the file to UTF-8".into());
    }
    if bytes.contains(&0) {
        return Err("binary data (NUL bytes), not a text article: skipped".into());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => {
            let control = s.chars().filter(|c| c.is_control() && !c.is_whitespace()).count();
            if control * 20 > s.chars().count() {
                Err("binary data (control characters), not a text article: skipped".into())
            } else {
                Ok(s)
            }
        }
        Err(e) => Err(format!(
            "not UTF-8 (invalid byte at offset {}): unknown encoding, convert the file to UTF-8",
            e.valid_up_to()
        )),
    }
}

/// A plain-text article. The id is the file name without folder and extension.
pub fn parse_text(bytes: &[u8], file: &str) -> Result<Article, Diagnostic> {
    let text = as_text(bytes).map_err(|m| diag(file, None, m))?;
    let id = std::path::Path::new(file).file_stem().map_or_else(|| file.to_string(), |s| s.to_string_lossy().into());
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let head = first.trim();
    let mut date = None;
    let mut body = text;
    if let Some(d) = head.strip_prefix("date").map(|d| d.trim_start_matches(':').trim()) {
        match NaiveDate::parse_from_str(d, "%Y-%m-%d") {
            Ok(d) => {
                date = Some(d);
                body = rest;
            }
            Err(_) => {
                return Err(diag(
                    file,
                    Some(1),
                    format!("date line '{head}': expected ' date YYYY-MM-DD' (e.g. ' date 2025-11-02')"),
                ));
            }
        }
    }
    if body.trim().is_empty() {
        return Err(diag(file, None, "no article text after the date line: skipped"));
    }
    Ok(Article { id, date, text: body.to_string() })
}

#[derive(Deserialize)]
struct JsonLine {
    id: Option<serde_json::Value>,
    date: Option<String>,
    text: Option<String>,
}

/// JSON Lines: one `{"id","date","text"}` object per line (other fields are ignored). Blank lines
/// are skipped; a bad line gives a diagnostic and the others still load.
pub fn parse_jsonl(bytes: &[u8], file: &str) -> (Vec<Article>, Vec<Diagnostic>) {
    let text = match as_text(bytes) {
        Ok(t) => t,
        Err(m) => return (Vec::new(), vec![diag(file, None, m)]),
    };
    let mut articles = Vec::new();
    let mut diags = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let parsed: JsonLine = match serde_json::from_str(line) {
            Ok(p) => p,
            Err(e) => {
                diags.push(diag(
                    file,
                    Some(n),
                    format!("not a JSON object ({e}): expected {{\"id\",\"date\",\"text\"}}"),
                ));
                continue;
            }
        };
        let Some(body) = parsed.text.filter(|t| !t.trim().is_empty()) else {
            diags.push(diag(file, Some(n), "field 'text' missing or empty: skipped"));
            continue;
        };
        let id = match parsed.id {
            Some(serde_json::Value::String(s)) => s,
            Some(v) => v.to_string(),
            None => format!("{file}:{n}"),
        };
        let date = match parsed.date {
            None => None,
            Some(d) => match NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d") {
                Ok(d) => Some(d),
                Err(_) => {
                    diags.push(diag(
                        file,
                        Some(n),
                        format!("field 'date' is '{d}': expected YYYY-MM-DD; read without a date"),
                    ));
                    None
                }
            },
        };
        articles.push(Article { id, date, text: body });
    }
    (articles, diags)
}

/// Read one input (JSON Lines if the name ends in `.jsonl`/`.ndjson`, else a plain-text article)
/// and ingest it. Articles naming no country, bloc or mineral are skipped with a diagnostic.
pub fn ingest_file(bytes: &[u8], file: &str) -> (Vec<ArticleResult>, Vec<Diagnostic>) {
    let jsonl = file.ends_with(".jsonl") || file.ends_with(".ndjson");
    let (articles, mut diags) = if jsonl {
        parse_jsonl(bytes, file)
    } else {
        match parse_text(bytes, file) {
            Ok(a) => (vec![a], Vec::new()),
            Err(d) => (Vec::new(), vec![d]),
        }
    };
    let mut results = Vec::new();
    for a in &articles {
        let r = crate::ingest_article(a);
        if r.is_irrelevant() {
            diags.push(diag(file, None, format!("article '{}': no country, bloc or mineral named: skipped", a.id)));
            continue;
        }
        if a.date.is_none() {
            diags.push(diag(
                file,
                None,
                format!("article '{}' has no date: events without a stated date are left out", a.id),
            ));
        }
        results.push(r);
    }
    (results, diags)
}

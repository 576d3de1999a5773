//! Printing: terminal tables, CSV and JSON; number formatting; atomic file output.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{CellAlignment, ContentArrangement, Table};

/// Where output goes: standard output, or a buffer written atomically to a file at the end.
pub struct Out {
    inner: Box<dyn Write>,
}

impl Out {
    pub fn stdout() -> Out {
        Out { inner: Box::new(std::io::BufWriter::new(std::io::stdout().lock())) }
    }

    pub fn line(&mut self, s: &str) -> Result<()> {
        writeln!(self.inner, "{s}")?;
        Ok(())
    }

    pub fn write_str(&mut self, s: &str) -> Result<()> {
        self.inner.write_all(s.as_bytes())?;
        Ok(())
    }

    pub fn flush(&mut self) -> Result<()> {
        self.inner.flush()?;
        Ok(())
    }
}

impl Drop for Out {
    fn drop(&mut self) {
        let _ = self.inner.flush();
    }
}

/// True when the error is a closed pipe (`critmin ... | head`): not a failure.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

/// Writes `contents` to `path` through a temporary file renamed into place.
pub fn write_file_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let tmp = path.with_file_name(format!(".{name}.tmp"));
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(contents)?;
        f.sync_all()
    })();
    match result {
        Ok(()) => std::fs::rename(&tmp, path).with_context(|| format!("writing {}", path.display())),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e).with_context(|| format!("writing {}", path.display()))
        }
    }
}

/// A terminal table with a header row; numeric-looking columns right-aligned.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Disabled);
    t.set_header(header.iter().copied());
    for r in rows {
        t.add_row(r.iter().cloned());
    }
    for (i, col) in t.column_iter_mut().enumerate() {
        let numeric = rows.iter().all(|r| {
            r.get(i).is_some_and(|c| {
                c.is_empty()
                    || c == "-"
                    || c.trim_start_matches('-').chars().next().is_some_and(|ch| ch.is_ascii_digit())
            })
        });
        if numeric && i > 0 {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    t.to_string()
}

/// CSV text: header and rows, fields quoted where needed.
pub fn csv(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut s = String::new();
    let line = |s: &mut String, fields: &mut dyn Iterator<Item = &str>| {
        let mut first = true;
        for f in fields {
            if !first {
                s.push(',');
            }
            first = false;
            if f.contains([',', '"', '\n']) {
                s.push('"');
                s.push_str(&f.replace('"', "\"\""));
                s.push('"');
            } else {
                s.push_str(f);
            }
        }
        s.push('\n');
    };
    line(&mut s, &mut header.iter().copied());
    for r in rows {
        line(&mut s, &mut r.iter().map(String::as_str));
    }
    s
}

/// A share as a percentage with one decimal ("48.9%"), "-" when absent.
pub fn pct(x: Option<f64>) -> String {
    // `+ 0.0` turns -0.0 (the sum of nothing) into 0.0.
    x.map_or_else(|| "-".into(), |v| format!("{:.1}%", v * 100.0 + 0.0))
}

/// A number with `decimals` decimals, "-" when absent.
pub fn num(x: Option<f64>, decimals: usize) -> String {
    x.map_or_else(|| "-".into(), |v| format!("{:.decimals$}", v + 0.0))
}

/// A large quantity with thousands separators and no decimals ("1,234,567").
pub fn big(x: Option<f64>) -> String {
    let Some(v) = x else { return "-".into() };
    let neg = v < 0.0;
    let digits = format!("{:.0}", v.abs());
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if neg { format!("-{out}") } else { out }
}

/// A float for CSV/JSON at full precision (shortest representation that round-trips), "" if absent.
pub fn exact(x: Option<f64>) -> String {
    x.map_or_else(String::new, |v| format!("{}", v + 0.0))
}

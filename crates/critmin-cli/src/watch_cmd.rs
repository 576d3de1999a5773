//! `critmin watch`: news intake. `ingest` turns article files (plain text or JSON Lines, or
//! folders of them) into events as JSON or CSV, skipping bad files with a diagnostic; `eval`
//! scores the engine on the labelled corpus and can fail below given thresholds.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Args, Subcommand, ValueEnum};
use critmin_watch::eval::{self, Field};
use critmin_watch::{ArticleResult, Lang};

use crate::output::{self, Out};

/// `critmin watch` arguments.
#[derive(Args, Debug)]
pub struct WatchArgs {
    #[command(subcommand)]
    command: WatchCommand,
}

#[derive(Subcommand, Debug)]
enum WatchCommand {
    /// Turn articles into events: plain-text files (optional first line " date YYYY-MM-DD"),
    /// JSON Lines files ({"id","date","text"} per line) or folders of them.
    Ingest(IngestArgs),
    /// Precision and recall per field and language on the labelled evaluation corpus.
    Eval(EvalArgs),
}

/// Output format of events.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum EventFormat {
    Json,
    Csv,
}

#[derive(Args, Debug)]
struct IngestArgs {
    /// Files or folders (folders are read recursively: *.txt, *.md, *.jsonl, *.ndjson).
    #[arg(required = true, value_name = "FILES_OR_DIRS")]
    inputs: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = EventFormat::Json)]
    format: EventFormat,
    /// Write the events to FILE instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Also write a stress-test scenario draft from the restriction events.
    #[arg(long, value_name = "FILE")]
    scenario_draft: Option<PathBuf>,
}

#[derive(Args, Debug)]
struct EvalArgs {
    /// Folder with <lang>.jsonl files (default: the corpus shipped with critmin-watch).
    #[arg(long, value_name = "DIR")]
    corpus: Option<PathBuf>,
    /// Fail (exit 1) if the precision or recall of countries or minerals falls below this in any language.
    #[arg(long, value_name = "X")]
    min_entities: Option<f64>,
    /// Fail if event-type precision or recall falls below this in any language.
    #[arg(long, value_name = "X")]
    min_event_type: Option<f64>,
    /// Fail if event-date accuracy falls below this in any language.
    #[arg(long, value_name = "X")]
    min_event_date: Option<f64>,
    /// Also list every mismatch.
    #[arg(long)]
    misses: bool,
}

/// Run `critmin watch`.
pub fn run(args: &WatchArgs) -> Result<()> {
    let mut out = Out::stdout();
    match &args.command {
        WatchCommand::Ingest(a) => ingest(a, &mut out),
        WatchCommand::Eval(a) => eval_cmd(a, &mut out),
    }?;
    out.flush()
}

fn collect(path: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .with_context(|| format!("reading the folder {}", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                collect(&p, files)?;
            } else if p
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| ["txt", "md", "jsonl", "ndjson"].contains(&e))
            {
                files.push(p);
            }
        }
    } else if path.exists() {
        files.push(path.to_path_buf());
    } else {
        return Err(crate::usage(format!("no such file or folder: {}", path.display())));
    }
    Ok(())
}

fn ingest(a: &IngestArgs, out: &mut Out) -> Result<()> {
    let mut files = Vec::new();
    for p in &a.inputs {
        collect(p, &mut files)?;
    }
    let mut results: Vec<ArticleResult> = Vec::new();
    let mut skipped = 0usize;
    for f in &files {
        let name = f.display().to_string();
        let bytes = match std::fs::read(f) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("warning: {name}: cannot read ({e}): skipped");
                skipped += 1;
                continue;
            }
        };
        let (rs, diags) = critmin_watch::input::ingest_file(&bytes, &name);
        for d in &diags {
            eprintln!("warning: {d}");
        }
        if rs.is_empty() {
            skipped += 1;
        }
        results.extend(rs);
    }
    let events: Vec<&critmin_watch::Event> = results.iter().flat_map(|r| r.events.iter()).collect();
    eprintln!(
        "{} file(s), {} article(s) with relevant content, {} event(s); {} file(s) skipped",
        files.len(),
        results.len(),
        events.len(),
        skipped
    );
    let text = match a.format {
        EventFormat::Json => {
            let mut s = serde_json::to_string_pretty(&events)?;
            s.push('\n');
            s
        }
        EventFormat::Csv => {
            let header = [
                "article_id",
                "type",
                "date",
                "date_source",
                "countries",
                "blocs",
                "minerals",
                "figures",
                "lang",
                "confidence",
                "sentence",
            ];
            let rows: Vec<Vec<String>> = events
                .iter()
                .map(|e| {
                    let figs: Vec<String> = e
                        .figures
                        .iter()
                        .map(|f| match &f.currency {
                            Some(c) => format!("{} {c}", f.value),
                            None => format!("{}%", f.value),
                        })
                        .collect();
                    vec![
                        e.article_id.clone(),
                        e.event_type.to_string(),
                        e.date.to_string(),
                        serde_json::to_value(e.date_source)
                            .ok()
                            .and_then(|v| v.as_str().map(String::from))
                            .unwrap_or_default(),
                        e.countries.join(";"),
                        e.blocs.join(";"),
                        e.minerals.join(";"),
                        figs.join(";"),
                        e.lang.to_string(),
                        format!("{:.2}", e.confidence),
                        e.sentence.clone(),
                    ]
                })
                .collect();
            output::csv(&header, &rows)
        }
    };
    match &a.output {
        Some(p) => output::write_file_atomic(p, text.as_bytes())?,
        None => out.write_str(&text)?,
    }
    if let Some(p) = &a.scenario_draft {
        let owned: Vec<critmin_watch::Event> = events.iter().map(|e| (*e).clone()).collect();
        match critmin_watch::draft::scenario_draft(&owned) {
            Some(toml) => output::write_file_atomic(p, toml.as_bytes())?,
            None => eprintln!("warning: no restriction event: no scenario draft written to {}", p.display()),
        }
    }
    Ok(())
}

/// The corpus shipped with critmin-watch (found at compile time), or next to the bundled data.
fn default_corpus() -> Option<PathBuf> {
    let compiled = Path::new(env!("CARGO_MANIFEST_DIR")).join("../critmin-watch/eval");
    if compiled.is_dir() {
        return Some(compiled);
    }
    critmin_data::bundled_data_dir().map(|d| d.join("../crates/critmin-watch/eval")).filter(|d| d.is_dir())
}

fn fmt(x: Option<f64>) -> String {
    x.map_or_else(|| "-".to_string(), |v| format!("{v:.3}"))
}

fn eval_cmd(a: &EvalArgs, out: &mut Out) -> Result<()> {
    let dir = match &a.corpus {
        Some(d) => d.clone(),
        None => default_corpus().context("no evaluation corpus found: pass --corpus DIR")?,
    };
    if !dir.is_dir() {
        return Err(crate::usage(format!("--corpus {}: not a folder", dir.display())));
    }
    let mut items = Vec::new();
    for lang in Lang::ALL {
        let path = dir.join(format!("{}.jsonl", lang.code()));
        if !path.is_file() {
            continue;
        }
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        let (its, diags) = eval::parse_corpus(&text, &path.display().to_string());
        for d in diags {
            eprintln!("warning: {d}");
        }
        items.extend(its);
    }
    if items.is_empty() {
        return Err(crate::usage(format!("no <lang>.jsonl corpus files in {}", dir.display())));
    }
    let report = eval::evaluate(&items);
    let mut header = vec!["lang".to_string(), "articles".to_string()];
    for f in Field::ALL {
        header.push(format!("{} P", f.name()));
        header.push(format!("{} R", f.name()));
    }
    let mut rows = Vec::new();
    for lang in report.langs() {
        let mut row = vec![lang.to_string(), report.articles.get(&lang).copied().unwrap_or(0).to_string()];
        for f in Field::ALL {
            let c = report.get(lang, f);
            row.push(fmt(c.precision()));
            row.push(fmt(c.recall()));
        }
        rows.push(row);
    }
    let mut row = vec!["all".to_string(), items.len().to_string()];
    for f in Field::ALL {
        let c = report.total(f);
        row.push(fmt(c.precision()));
        row.push(fmt(c.recall()));
    }
    rows.push(row);
    let header_refs: Vec<&str> = header.iter().map(String::as_str).collect();
    out.write_str(&output::table(&header_refs, &rows))?;
    if a.misses {
        for m in &report.misses {
            out.line(&format!(
                "{} {}: found but not expected {:?}; expected but not found {:?}",
                m.id,
                m.field.name(),
                m.extra,
                m.missing
            ))?;
        }
    }
    let mut failures = Vec::new();
    let checks: [(Option<f64>, &[Field]); 3] = [
        (a.min_entities, &[Field::Countries, Field::Minerals]),
        (a.min_event_type, &[Field::EventType]),
        (a.min_event_date, &[Field::EventDate]),
    ];
    for (min, fields) in checks {
        let Some(min) = min else { continue };
        for lang in report.langs() {
            for f in fields {
                let c = report.get(lang, *f);
                for (what, v) in [("precision", c.precision()), ("recall", c.recall())] {
                    if let Some(v) = v.filter(|v| *v < min) {
                        failures.push(format!("{lang} {} {what} {v:.3} < {min}", f.name()));
                    }
                }
            }
        }
    }
    if !failures.is_empty() {
        out.flush()?;
        anyhow::bail!("below the thresholds: {}", failures.join("; "));
    }
    Ok(())
}

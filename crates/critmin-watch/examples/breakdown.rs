//! Where the event rules err: for each corpus folder given (default: every scored corpus of the
//! crate except the unopened `eval-blind11`), the totals per field, every miss, and the found
//! events by type, date source and position (headline or body) split into true and false
//! positives.
//!
//! `cargo run -p critmin-watch --example breakdown -- [FOLDER...]`; `WATCH_DIAG_SHOW=<key part>`
//! prints the sentences behind matching rows ("StockpileBuilt Context"), `WATCH_DIAG_ARTICLES=id,id`
//! prints those articles with the events expected and found.

use critmin_watch::Lang;
use critmin_watch::eval::CorpusItem;
use std::collections::BTreeMap;

fn load(folder: &str) -> Vec<CorpusItem> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let dir = if dir.is_dir() { dir } else { std::path::PathBuf::from(folder) };
    let mut items = Vec::new();
    for lang in Lang::ALL {
        let path = dir.join(format!("{}.jsonl", lang.code()));
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        items.extend(critmin_watch::eval::parse_corpus(&text, "x").0);
    }
    items
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let folders: Vec<&str> = if args.is_empty() {
        vec![
            "eval",
            "eval-heldout",
            "eval-blind2",
            "eval-blind3",
            "eval-blind4",
            "eval-blind5",
            "eval-blind6",
            "eval-blind7",
            "eval-blind8",
            "eval-blind9",
            "eval-blind10",
        ]
    } else {
        args.iter().map(String::as_str).collect()
    };
    let mut table: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    for folder in folders {
        let items = load(folder);
        let report = critmin_watch::eval::evaluate(&items);
        let mut line = format!("{folder:14}");
        for f in critmin_watch::eval::Field::ALL {
            let c = report.total(f);
            line.push_str(&format!(
                " {} {:.3}/{:.3}",
                f.name(),
                c.precision().unwrap_or(f64::NAN),
                c.recall().unwrap_or(f64::NAN)
            ));
        }
        println!("TOTAL {line}");
        for lang in report.langs() {
            let mut line = format!("{folder:14} {lang}");
            for f in critmin_watch::eval::Field::ALL {
                let c = report.get(lang, f);
                let show = |x: Option<f64>| x.map_or("-".to_string(), |v| format!("{v:.2}"));
                line.push_str(&format!(" {} {}/{}", f.name(), show(c.precision()), show(c.recall())));
            }
            println!("LANG {line}");
        }
        for m in &report.misses {
            println!("MISS {} {:?} extra {:?} missing {:?}", m.id, m.field, m.extra, m.missing);
        }
        for it in items {
            let r = critmin_watch::ingest_text(&it.id, &it.text, Some(it.date));
            if std::env::var("WATCH_DIAG_ARTICLES").is_ok_and(|ids| ids.split(',').any(|x| x == it.id)) {
                println!("== {} {} {}", it.id, it.date, it.text);
                for e in &it.expected.events {
                    println!("  expected {} {}", e.event_type, e.date);
                }
                for e in &r.events {
                    println!("  found {} {} ({:?}) <- {}", e.event_type, e.date, e.date_source, e.sentence);
                }
            }
            let headline = it.text.split('\n').next().unwrap_or("");
            let mut left: Vec<_> = it.expected.events.iter().map(|e| e.event_type).collect();
            for e in &r.events {
                let pos = if headline.contains(e.sentence.trim()) { "head" } else { "body" };
                let key = format!("{:?} {:?} {}", e.event_type, e.date_source, pos);
                let tp = if let Some(i) = left.iter().position(|t| *t == e.event_type) {
                    left.remove(i);
                    true
                } else {
                    false
                };
                let entry = table.entry(key.clone()).or_default();
                if tp {
                    entry.0 += 1
                } else {
                    entry.1 += 1
                }
                if let Ok(filter) = std::env::var("WATCH_DIAG_SHOW")
                    && key.contains(&filter)
                {
                    println!("{} {} {key}: {}", if tp { "TP" } else { "FP" }, it.id, e.sentence);
                }
            }
        }
    }
    for (k, (tp, fp)) in table {
        println!("{k:50} tp {tp:4} fp {fp:4}");
    }
}

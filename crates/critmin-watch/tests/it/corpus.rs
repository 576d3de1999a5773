//! The evaluation corpus (`eval/<lang>.jsonl`): scores per language, checked against targets.

use critmin_watch::eval::{self, Field};
use critmin_watch::Lang;

fn corpus() -> Vec<eval::CorpusItem> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("eval");
    let mut items = Vec::new();
    for lang in Lang::ALL {
        let path = dir.join(format!("{}.jsonl", lang.code()));
        let text = std::fs::read_to_string(&path).unwrap();
        let (its, diags) = eval::parse_corpus(&text, &path.display().to_string());
        assert!(diags.is_empty(), "{diags:?}");
        items.extend(its);
    }
    items
}

#[test]
fn corpus_scores() {
    let items = corpus();
    if let Ok(ids) = std::env::var("WATCH_EVAL_SHOW") {
        for it in items.iter().filter(|i| ids.split(',').any(|x| x == i.id)) {
            let r = critmin_watch::ingest_text(&it.id, &it.text, Some(it.date));
            println!("== {} {} {}", it.id, it.date, it.text);
            for e in &it.expected.events {
                println!("  expected {} {}", e.event_type, e.date);
            }
            for e in &r.events {
                println!("  found {} {} ({:?}) <- {}", e.event_type, e.date, e.date_source, e.sentence);
            }
        }
    }
    let report = eval::evaluate(&items);
    if std::env::var_os("WATCH_EVAL_VERBOSE").is_some() {
        for m in &report.misses {
            println!("{} {:?} extra {:?} missing {:?}", m.id, m.field, m.extra, m.missing);
        }
    }
    for lang in report.langs() {
        let mut line = format!("{lang}");
        for f in Field::ALL {
            let c = report.get(lang, f);
            line.push_str(&format!(
                " {}={:.2}/{:.2}",
                f.name(),
                c.precision().unwrap_or(1.0),
                c.recall().unwrap_or(1.0)
            ));
        }
        println!("{line}");
    }
}

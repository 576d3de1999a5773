//! The evaluation corpus (`eval/<lang>.jsonl`): scores per language, checked against targets.

use critmin_watch::Lang;
use critmin_watch::eval::{self, Field};

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
    // The targets for countries and minerals hold in every language.
    for lang in report.langs() {
        for f in [Field::Countries, Field::Minerals] {
            let c = report.get(lang, f);
            assert!(c.precision().unwrap_or(1.0) >= 0.95, "{lang} {} precision {:?}", f.name(), c.precision());
            assert!(c.recall().unwrap_or(1.0) >= 0.90, "{lang} {} recall {:?}", f.name(), c.recall());
        }
        assert_eq!(report.get(lang, Field::Language).fp, 0, "{lang}: language misdetected");
    }
    // Event type (target 0.85) and event date (target 0.95) reach the targets in every language
    // on this corpus (dates 1.00 since 2026-11-23); these are floors just below the scores
    // measured then (see docs/watch.md), so that a regression fails. The corpus's misses were
    // read while the date grammar was written: the scores are an upper bound for new articles.
    for lang in report.langs() {
        let t = report.get(lang, Field::EventType);
        assert!(t.precision().unwrap_or(1.0) >= 0.87, "{lang} event_type precision {:?}", t.precision());
        assert!(t.recall().unwrap_or(1.0) >= 0.90, "{lang} event_type recall {:?}", t.recall());
        let d = report.get(lang, Field::EventDate);
        assert!(d.precision().unwrap_or(1.0) >= 0.97, "{lang} event_date accuracy {:?}", d.precision());
        let f = report.get(lang, Field::Figures);
        assert!(f.precision().unwrap_or(1.0) >= 0.95, "{lang} figures precision {:?}", f.precision());
        assert!(f.recall().unwrap_or(1.0) >= 0.95, "{lang} figures recall {:?}", f.recall());
    }
    let total_type = report.total(Field::EventType);
    assert!(total_type.precision().unwrap_or(0.0) >= 0.93 && total_type.recall().unwrap_or(0.0) >= 0.93);
    assert!(report.total(Field::EventDate).precision().unwrap_or(0.0) >= 0.99);
}

/// The article number of an id such as `de-07`.
fn number(id: &str) -> u32 {
    id.rsplit('-').next().and_then(|n| n.parse().ok()).unwrap_or(0)
}

/// Event rules are tuned on the articles with odd numbers; the even ones are held out. This
/// prints both halves (run with `--nocapture`) so that the held-out scores can be reported.
#[test]
fn held_out_split() {
    let items = corpus();
    for (name, parity) in [("tune (odd ids)", 1), ("held out (even ids)", 0)] {
        let half: Vec<eval::CorpusItem> = items.iter().filter(|i| number(&i.id) % 2 == parity).cloned().collect();
        let report = eval::evaluate(&half);
        println!("{name}: {} articles", half.len());
        for lang in report.langs() {
            let t = report.get(lang, Field::EventType);
            let d = report.get(lang, Field::EventDate);
            println!(
                "  {lang} event_type={:.2}/{:.2} event_date={:.2}",
                t.precision().unwrap_or(1.0),
                t.recall().unwrap_or(1.0),
                d.precision().unwrap_or(1.0)
            );
        }
        let t = report.total(Field::EventType);
        let d = report.total(Field::EventDate);
        println!(
            "  all event_type={:.2}/{:.2} event_date={:.2}",
            t.precision().unwrap_or(1.0),
            t.recall().unwrap_or(1.0),
            d.precision().unwrap_or(1.0)
        );
        assert!(!half.is_empty());
        // floors just below the scores of 2026-11-23 (held out: 0.92/0.92, dates 1.00)
        assert!(t.precision().unwrap_or(0.0) >= 0.91 && t.recall().unwrap_or(0.0) >= 0.91, "{name}: {t:?}");
        assert!(d.precision().unwrap_or(0.0) >= 0.98, "{name}: {d:?}");
    }
}

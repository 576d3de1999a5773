//! The evaluation corpora: `eval/<lang>.jsonl` (written by the project, tuned on) against the
//! issue's targets, and `eval-heldout/<lang>.jsonl` (written by others, blind when first scored)
//! against floors at the scores reached since.

use critmin_watch::Lang;
use critmin_watch::eval::{self, Field};

fn corpus() -> Vec<eval::CorpusItem> {
    load("eval")
}

/// Every language's file in `folder` (a corpus folder of the crate).
fn load(folder: &str) -> Vec<eval::CorpusItem> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
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

/// With `WATCH_EVAL_SHOW=id,id,...`, prints those articles with the events expected and found.
fn show(items: &[eval::CorpusItem]) {
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
}

/// With `WATCH_EVAL_VERBOSE=1`, prints every miss.
fn print_misses(report: &eval::Report) {
    if std::env::var_os("WATCH_EVAL_VERBOSE").is_some() {
        for m in &report.misses {
            println!("{} {:?} extra {:?} missing {:?}", m.id, m.field, m.extra, m.missing);
        }
    }
}

/// Every (language, field) at 1.00 except where `below` lists (language, field, precision floor,
/// recall floor).
fn assert_floors(report: &eval::Report, below: &[(Lang, Field, f64, f64)]) {
    for lang in Lang::ALL {
        for f in Field::ALL {
            let (p, r) = below.iter().find(|b| b.0 == lang && b.1 == f).map_or((1.0, 1.0), |b| (b.2, b.3));
            let c = report.get(lang, f);
            assert!(c.precision().unwrap_or(1.0) >= p, "{lang} {} precision {:?} < {p}", f.name(), c.precision());
            assert!(c.recall().unwrap_or(1.0) >= r, "{lang} {} recall {:?} < {r}", f.name(), c.recall());
        }
    }
}

/// Asserts a field's total precision and recall floors (a recall floor of 0 checks precision only).
fn assert_total(report: &eval::Report, f: Field, p: f64, r: f64) {
    let c = report.total(f);
    assert!(c.precision().unwrap_or(0.0) >= p && c.recall().unwrap_or(0.0) >= r, "{} {c:?}", f.name());
}

fn assert_ten_per_language(report: &eval::Report) {
    assert_per_language(report, 10);
}

#[test]
fn corpus_scores() {
    let items = corpus();
    show(&items);
    let report = eval::evaluate(&items);
    print_misses(&report);
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
    // 0.94/0.95 since the held-out fixes of 2026-11-23 (0.947/0.958; 0.938/0.944 before)
    assert_total(&report, Field::EventType, 0.94, 0.95);
    assert_total(&report, Field::EventDate, 0.99, 0.0);
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

/// The blind held-out corpus (`eval-heldout/`, 10 articles per language, written by others). It
/// was blind when first scored on 2026-11-23 and has since been used to find and fix general
/// rules (docs/watch.md, "Held out"): the floors are the scores reached after those fixes,
/// rounded down, so that a regression fails. 1.00 wherever no floor is listed. Run with
/// `WATCH_EVAL_VERBOSE=1 ... -- --nocapture` to print the misses.
#[test]
fn heldout_scores() {
    let items = load("eval-heldout");
    let report = eval::evaluate(&items);
    assert_ten_per_language(&report);
    print_misses(&report);
    // (language, field, precision floor, recall floor) where below 1.00; the misses left:
    // es-h09 "combina financiación pública y privada" (the funding of a stockpile, not a project
    // financed), sl-h08 investments a memorandum foresees, uk-h02 a research grant (background),
    // ro-h03 "Moldova" the Romanian region
    let below: &[(Lang, Field, f64, f64)] = &[
        (Lang::Es, Field::EventType, 0.93, 1.0),
        (Lang::Ro, Field::Countries, 0.96, 1.0),
        (Lang::Sl, Field::EventType, 0.92, 1.0),
        (Lang::Uk, Field::EventType, 0.92, 1.0),
    ];
    assert_floors(&report, below);
    assert_total(&report, Field::EventType, 0.98, 1.0);
    assert_total(&report, Field::Countries, 0.99, 0.0);
}

/// The second blind corpus (`eval-blind2/`, 10 articles per language, written by others). It
/// was blind when first scored on 2026-11-23 at commit 647ab20 (event type 0.83/0.83, dates
/// 0.96) and has since been used to find the word classes of `src/cues.rs` (docs/watch.md,
/// "Second blind corpus"): the floors are the scores reached after those fixes, rounded down,
/// so that a regression fails. 1.00 wherever no floor is listed. Labels disputed under the
/// labelling rules are listed in `eval-blind2/CORRECTIONS.md` (none changed).
#[test]
fn blind2_scores() {
    let items = load("eval-blind2");
    let report = eval::evaluate(&items);
    assert_ten_per_language(&report);
    print_misses(&report);
    use Field::{Blocs, Countries, EventDate, EventType, Figures, Minerals};
    let below: &[(Lang, Field, f64, f64)] = &[
        (Lang::En, Countries, 0.95, 1.0),
        (Lang::De, Countries, 1.0, 0.95),
        (Lang::Es, Countries, 0.95, 1.0),
        (Lang::Ro, Countries, 0.96, 1.0),
        (Lang::Bg, Countries, 0.95, 0.95),
        (Lang::Sl, Countries, 1.0, 0.95),
        (Lang::Uk, Countries, 1.0, 0.96),
        (Lang::Ru, Countries, 0.95, 0.95),
        (Lang::Ja, Countries, 0.92, 0.92),
        (Lang::Zh, Countries, 0.90, 1.0),
        (Lang::It, Blocs, 1.0, 0.80),
        (Lang::En, Minerals, 0.94, 1.0),
        (Lang::Es, Minerals, 1.0, 0.94),
        (Lang::It, Minerals, 0.94, 1.0),
        (Lang::Bg, Minerals, 1.0, 0.92),
        (Lang::Sl, Minerals, 1.0, 0.90),
        (Lang::Uk, Minerals, 1.0, 0.95),
        (Lang::En, EventType, 1.0, 0.85),
        // de-b09 labels a stockpile that Brussels "plant" (plans) as built; since 2026-11-23 a
        // body sentence without a date that speaks of a plan reports no event
        (Lang::De, EventType, 1.0, 0.80),
        (Lang::Fr, EventType, 1.0, 0.93),
        (Lang::Es, EventType, 1.0, 0.86),
        (Lang::It, EventType, 1.0, 0.91),
        (Lang::Ro, EventType, 1.0, 0.84),
        // sl-b07 labels the EU's €3 billion "over the next 12 months" as financing; blind7's
        // uk-h09 labels the same allocation as a plan, which the engine now follows
        (Lang::Sl, EventType, 1.0, 0.84),
        (Lang::Uk, EventType, 0.86, 0.92),
        (Lang::Ru, EventType, 1.0, 0.91),
        (Lang::Ja, EventType, 0.94, 1.0),
        (Lang::Zh, EventType, 0.93, 1.0),
        (Lang::En, EventDate, 0.91, 0.91),
        (Lang::De, EventDate, 0.91, 0.91),
        (Lang::Ro, EventDate, 0.90, 0.90),
        (Lang::Sl, Figures, 1.0, 0.66),
    ];
    assert_floors(&report, below);
    assert_total(&report, EventType, 0.97, 0.91);
    assert_total(&report, EventDate, 0.98, 0.0);
}

/// The third blind corpus (`eval-blind3/`, 10 articles per language, written by others). Its
/// blind scores (docs/watch.md, "Third blind corpus": event type 0.851/0.901, dates 0.935) are
/// the honest ones; it has since been used to find classes of misses (tests/it/blind3.rs), and
/// these floors are the scores reached after those fixes, rounded down, so that a regression
/// fails. 1.00 wherever no floor is listed.
#[test]
fn blind3_scores() {
    let items = load("eval-blind3");
    show(&items);
    let report = eval::evaluate(&items);
    assert_ten_per_language(&report);
    print_misses(&report);
    use Field::{Countries, EventDate, EventType};
    let below: &[(Lang, Field, f64, f64)] = &[
        (Lang::En, EventType, 0.95, 0.95),
        (Lang::De, EventType, 1.0, 0.94),
        (Lang::De, EventDate, 0.94, 0.94),
        (Lang::Fr, EventType, 0.92, 0.95),
        (Lang::Es, EventType, 1.0, 0.93),
        (Lang::It, EventType, 0.95, 0.90),
        (Lang::It, EventDate, 0.94, 0.94),
        (Lang::Ro, EventType, 1.0, 0.94),
        (Lang::Bg, EventType, 0.91, 0.91),
        (Lang::Sl, EventType, 0.85, 0.94),
        (Lang::Sl, EventDate, 0.94, 0.94),
        (Lang::Uk, EventType, 1.0, 0.94),
        (Lang::Uk, EventDate, 0.93, 0.93),
        (Lang::Ru, EventType, 0.90, 1.0),
        (Lang::Ru, EventDate, 0.94, 0.94),
        (Lang::Ja, Countries, 0.96, 1.0),
        (Lang::Zh, EventType, 1.0, 0.94),
    ];
    assert_floors(&report, below);
    assert_total(&report, EventType, 0.95, 0.95);
    assert_total(&report, EventDate, 0.97, 0.0);
    assert_total(&report, Countries, 0.99, 0.0);
}

/// The fourth blind corpus (`eval-blind4/`, 5 articles per language, written by others). Its
/// blind score is in docs/watch.md; it has since been used to find classes of misses (undated
/// plans and background after the lead, sports "meetings", supply contracts, regions named like a
/// country), so these floors guard against regressions, not measure.
#[test]
fn blind4_scores() {
    let items = load("eval-blind4");
    show(&items);
    let report = eval::evaluate(&items);
    print_misses(&report);
    use Field::{Countries, EventType};
    let below: &[(Lang, Field, f64, f64)] = &[
        // "Georgia" beside New Mexico is the US state
        (Lang::En, Countries, 0.90, 1.0),
        (Lang::De, EventType, 1.0, 0.88),
        (Lang::Fr, EventType, 1.0, 0.87),
        (Lang::Ro, EventType, 0.71, 1.0),
        (Lang::Bg, EventType, 1.0, 0.87),
        (Lang::Sl, EventType, 1.0, 0.90),
    ];
    assert_floors(&report, below);
    assert_total(&report, EventType, 0.97, 0.94);
}

/// The fifth blind corpus (`eval-blind5/`, 10 articles per language, written by others). Its
/// blind score is in docs/watch.md; it has since been used to find classes of misses (calls and
/// demands, measures entering into force, the funding of a stockpile, sport articles, ore
/// reserves of a deposit, "together with" dating), so these floors guard against regressions.
#[test]
fn blind5_scores() {
    let items = load("eval-blind5");
    show(&items);
    let report = eval::evaluate(&items);
    assert_ten_per_language(&report);
    print_misses(&report);
    use Field::{Countries, EventDate, EventType};
    let below: &[(Lang, Field, f64, f64)] = &[
        (Lang::En, EventType, 0.92, 1.0),
        (Lang::En, EventDate, 0.92, 0.92),
        (Lang::De, EventDate, 0.86, 0.86),
        (Lang::Fr, EventType, 0.92, 0.86),
        (Lang::Es, EventType, 0.86, 1.0),
        (Lang::It, EventType, 1.0, 0.93),
        (Lang::It, EventDate, 0.92, 0.92),
        (Lang::Ro, EventType, 0.85, 0.75),
        (Lang::Ro, EventDate, 0.91, 0.91),
        (Lang::Sl, EventType, 0.91, 0.91),
        (Lang::Uk, EventType, 0.93, 0.93),
        (Lang::Ru, EventType, 0.91, 1.0),
        (Lang::Zh, Countries, 1.0, 0.95),
    ];
    assert_floors(&report, below);
    assert_total(&report, EventType, 0.94, 0.94);
    assert_total(&report, EventDate, 0.96, 0.0);
}

fn assert_per_language(report: &eval::Report, n: usize) {
    for lang in Lang::ALL {
        assert_eq!(report.articles.get(&lang), Some(&n), "{lang}: {n} articles");
    }
}

/// The sixth blind corpus (`eval-blind6/`, 8 articles per language, written by others). Its
/// blind score is in docs/watch.md ("Fifth and sixth blind corpora"); it has since been used
/// to find classes of misses (the earliest of two relative dates, month adjectives, measure
/// anaphors, denials, meetings without parties), so these floors guard against regressions.
#[test]
fn blind6_scores() {
    let items = load("eval-blind6");
    let report = eval::evaluate(&items);
    assert_per_language(&report, 8);
    print_misses(&report);
    use Field::{EventType, Figures};
    let below: &[(Lang, Field, f64, f64)] = &[
        (Lang::En, Figures, 1.0, 0.88),
        (Lang::De, EventType, 1.0, 0.89),
        (Lang::Fr, EventType, 0.89, 1.0),
        (Lang::Fr, Figures, 1.0, 0.74),
        (Lang::Sl, EventType, 0.92, 1.0),
        (Lang::Uk, EventType, 0.88, 1.0),
        (Lang::Ja, EventType, 1.0, 0.9),
        (Lang::Zh, EventType, 1.0, 0.85),
    ];
    assert_floors(&report, below);
    assert_total(&report, EventType, 0.97, 0.97);
}

/// The seventh blind corpus (`eval-blind7/`, 10 articles per language, written by others),
/// scored blind first (docs/watch.md, "Seventh and eighth blind corpora") and used for fixes
/// since: these floors guard against regressions.
#[test]
fn blind7_scores() {
    let items = load("eval-blind7");
    let report = eval::evaluate(&items);
    assert_ten_per_language(&report);
    print_misses(&report);
    use Field::{Countries, EventType, Figures};
    let below: &[(Lang, Field, f64, f64)] = &[
        (Lang::En, EventType, 0.74, 0.85),
        (Lang::De, EventType, 1.0, 0.91),
        (Lang::It, Countries, 0.95, 1.0),
        (Lang::It, EventType, 1.0, 0.93),
        (Lang::Sl, Figures, 1.0, 0.82),
        (Lang::Uk, EventType, 0.84, 0.78),
        (Lang::Ru, EventType, 0.93, 1.0),
        (Lang::Ja, Countries, 1.0, 0.94),
        (Lang::Ja, EventType, 0.93, 1.0),
        (Lang::Zh, EventType, 0.9, 0.9),
    ];
    assert_floors(&report, below);
    assert_total(&report, EventType, 0.94, 0.95);
}

/// The eighth blind corpus (`eval-blind8/`, 10 articles per language, written by others),
/// scored blind first (event type 0.890/0.917, dates 0.942 at c699148; docs/watch.md, "Ninth
/// and tenth blind corpora") and used for fixes since: these floors guard against regressions.
#[test]
fn blind8_scores() {
    let items = load("eval-blind8");
    let report = eval::evaluate(&items);
    assert_ten_per_language(&report);
    print_misses(&report);
    use Field::{Countries, EventDate, EventType, Figures, Minerals};
    let below: &[(Lang, Field, f64, f64)] = &[
        (Lang::En, EventType, 0.92, 1.0),
        (Lang::En, EventDate, 0.92, 0.92),
        (Lang::De, EventType, 0.92, 1.0),
        (Lang::Fr, EventType, 0.92, 1.0),
        (Lang::Es, Countries, 0.95, 1.0),
        (Lang::Es, EventType, 0.92, 1.0),
        (Lang::It, Countries, 0.96, 1.0),
        (Lang::It, EventType, 1.0, 0.88),
        (Lang::Ro, EventType, 0.91, 1.0),
        (Lang::Bg, EventType, 0.92, 1.0),
        (Lang::Ru, Countries, 0.96, 0.96),
        (Lang::Ru, Minerals, 0.94, 0.94),
        (Lang::Ru, EventType, 0.87, 0.93),
        (Lang::Ru, Figures, 1.0, 0.79),
        (Lang::Ja, Countries, 1.0, 0.95),
        (Lang::Ja, Minerals, 1.0, 0.94),
        (Lang::Zh, Countries, 0.94, 1.0),
        (Lang::Zh, EventType, 0.93, 1.0),
        (Lang::Zh, EventDate, 0.79, 0.79),
    ];
    assert_floors(&report, below);
    assert_total(&report, EventType, 0.94, 0.98);
    assert_total(&report, EventDate, 0.97, 0.0);
}

/// The ninth blind corpus (`eval-blind9/`, 10 articles per language, written by others),
/// scored blind first (event type 0.925/0.930, dates 0.930 at f9b4e79) and used for the
/// effective-date rule since: these floors guard against regressions.
#[test]
fn blind9_scores() {
    let items = load("eval-blind9");
    let report = eval::evaluate(&items);
    assert_ten_per_language(&report);
    print_misses(&report);
    use Field::{Countries, EventDate, EventType, Minerals};
    let below: &[(Lang, Field, f64, f64)] = &[
        (Lang::En, EventType, 0.88, 0.93),
        (Lang::De, EventType, 0.91, 0.91),
        (Lang::De, EventDate, 0.81, 0.81),
        (Lang::Fr, Minerals, 0.94, 1.0),
        (Lang::Fr, EventType, 0.92, 0.92),
        (Lang::Es, EventType, 1.0, 0.81),
        (Lang::Es, EventDate, 0.92, 0.92),
        (Lang::It, Countries, 1.0, 0.96),
        (Lang::It, Minerals, 1.0, 0.93),
        (Lang::It, EventType, 1.0, 0.87),
        (Lang::Ro, EventDate, 0.88, 0.88),
        (Lang::Bg, EventType, 0.93, 1.0),
        (Lang::Sl, Minerals, 0.93, 1.0),
        (Lang::Sl, EventType, 0.87, 0.81),
        (Lang::Uk, Minerals, 0.94, 1.0),
        (Lang::Ru, EventType, 0.83, 0.93),
        (Lang::Ru, EventDate, 0.93, 0.93),
        (Lang::Ja, EventType, 0.9, 1.0),
        (Lang::Ja, EventDate, 0.94, 0.94),
        (Lang::Zh, EventType, 0.92, 0.87),
    ];
    assert_floors(&report, below);
    assert_total(&report, EventType, 0.93, 0.92);
    assert_total(&report, EventDate, 0.96, 0.0);
}

/// The tenth blind corpus (`eval-blind10/`, 10 articles per language, written by others),
/// scored once unseen at 387b437 (event type 0.896/0.896, dates 0.907) and then fitted by class
/// (event type 0.958/0.943, dates 0.978): floors per language where a field stays below 1.
#[test]
fn blind10_scores() {
    let items = load("eval-blind10");
    let report = eval::evaluate(&items);
    assert_ten_per_language(&report);
    print_misses(&report);
    use Field::{Countries, EventDate, EventType, Figures};
    let below: &[(Lang, Field, f64, f64)] = &[
        (Lang::En, EventType, 0.88, 1.0),
        (Lang::De, EventType, 1.0, 0.8),
        (Lang::De, EventDate, 0.84, 0.84),
        (Lang::Fr, EventType, 1.0, 0.82),
        (Lang::Fr, EventDate, 0.92, 0.92),
        (Lang::Fr, Figures, 1.0, 0.82),
        (Lang::Es, EventType, 0.93, 0.88),
        (Lang::Es, EventDate, 0.93, 0.93),
        (Lang::It, Countries, 1.0, 0.96),
        (Lang::It, EventType, 1.0, 0.93),
        (Lang::Ro, EventType, 0.93, 1.0),
        (Lang::Bg, Countries, 1.0, 0.95),
        (Lang::Sl, EventType, 1.0, 0.93),
        (Lang::Uk, EventType, 0.81, 0.92),
        (Lang::Ru, EventType, 0.92, 1.0),
    ];
    assert_floors(&report, below);
    assert_total(&report, EventType, 0.95, 0.94);
    assert_total(&report, EventDate, 0.97, 0.0);
}

/// The eleventh blind corpus (`eval-blind11/`, 10 articles per language, written by others) is
/// the latest honest measure: its articles and misses have not been read. Only its totals are
/// guarded (event type 0.932/0.960, dates 0.979 when first scored, at the commit that added
/// this test), so that a change that loses ground on unseen text fails without the corpus being
/// fitted.
#[test]
fn blind11_totals() {
    let items = load("eval-blind11");
    let report = eval::evaluate(&items);
    assert_ten_per_language(&report);
    assert_total(&report, Field::EventType, 0.93, 0.95);
    assert_total(&report, Field::EventDate, 0.97, 0.0);
    for f in [Field::Countries, Field::Minerals] {
        assert_total(&report, f, 0.99, 0.99);
    }
}

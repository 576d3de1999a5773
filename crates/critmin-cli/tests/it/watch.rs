//! `critmin watch`: ingesting a folder with bad files, CSV output, a scenario draft, the
//! evaluation table and its thresholds.

use super::{critmin, fails, ok, stderr};

#[test]
fn ingest_a_folder_with_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("a.txt"),
        " date 2025-11-02\nChina suspends gallium export ban\nChina suspended its export ban on gallium yesterday.",
    )
    .unwrap();
    std::fs::write(d.join("empty.txt"), "").unwrap();
    std::fs::write(d.join("bin.txt"), [0u8, 159, 146, 150]).unwrap();
    std::fs::write(d.join("weather.txt"), "date 2025-11-02\nSunny all week.").unwrap();
    let draft = d.join("draft.toml");
    let o = critmin(&["watch", "ingest", d.to_str().unwrap(), "--scenario-draft", draft.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let events: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(events[0]["type"], "restriction_postponed");
    assert_eq!(events[0]["date"], "2025-11-01");
    assert_eq!(events[0]["countries"][0], "CHN");
    let err = stderr(&o);
    assert!(err.contains("empty.txt: empty file: skipped"), "{err}");
    assert!(err.contains("bin.txt: binary data"), "{err}");
    assert!(err.contains("weather.txt: article 'weather': no country, bloc or mineral named: skipped"), "{err}");
    let toml = std::fs::read_to_string(draft).unwrap();
    assert!(toml.contains("mineral = \"Gallium\"") && toml.contains("illustrative"), "{toml}");
}

#[test]
fn ingest_csv_and_missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("n.jsonl");
    std::fs::write(&f, "{\"id\":\"x1\",\"date\":\"2023-10-21\",\"text\":\"China will require export permits for graphite from 1 December 2023.\"}\n").unwrap();
    let out = ok(&["watch", "ingest", f.to_str().unwrap(), "--format", "csv"]);
    assert!(out.starts_with("article_id,type,date,"), "{out}");
    assert!(out.contains("x1,restriction_imposed,2023-12-01,explicit,CHN,,graphite,"), "{out}");
    let err = fails(&["watch", "ingest", "/no/such/file.txt"], 2);
    assert!(err.contains("no such file or folder: /no/such/file.txt"), "{err}");
}

#[test]
fn eval_prints_the_table_and_checks_thresholds() {
    let out = ok(&["watch", "eval"]);
    assert!(out.contains("countries P") && out.contains("event_date R"), "{out}");
    for lang in ["en", "de", "fr", "es", "it", "ro", "bg", "sl", "uk", "ru", "ja", "zh", "all"] {
        assert!(out.lines().any(|l| l.contains(&format!("│ {lang} "))), "{lang} missing in {out}");
    }
    let err = fails(&["watch", "eval", "--min-event-type", "0.99"], 1);
    assert!(err.contains("below the thresholds") && err.contains("event_type"), "{err}");
    ok(&["watch", "eval", "--min-entities", "0.9"]);
}

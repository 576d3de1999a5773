//! Input handling: date lines, JSON Lines, bad files skipped with diagnostics naming file and
//! line, and property tests that arbitrary bytes never panic.

use critmin_watch::input::{ingest_file, parse_jsonl, parse_text};
use proptest::prelude::*;

#[test]
fn date_line_with_or_without_leading_space() {
    for head in [" date 2025-11-02", "date 2025-11-02"] {
        let a = parse_text(format!("{head}\nChina bans gallium exports.").as_bytes(), "x/a1.txt").unwrap();
        assert_eq!(a.id, "a1");
        assert_eq!(a.date.unwrap().to_string(), "2025-11-02");
        assert_eq!(a.text, "China bans gallium exports.");
    }
    let e = parse_text(b" date 2025-13-40\nText", "b.txt").unwrap_err();
    assert_eq!(
        e.to_string(),
        "b.txt:1: date line 'date 2025-13-40': expected ' date YYYY-MM-DD' (e.g. ' date 2025-11-02')"
    );
}

#[test]
fn bad_files_are_skipped_with_a_diagnostic() {
    let (r, d) = ingest_file(b"", "empty.txt");
    assert!(r.is_empty());
    assert_eq!(d[0].to_string(), "empty.txt: empty file: skipped");
    let (r, d) = ingest_file(b"\x00\x01\x02binary", "bin.txt");
    assert!(r.is_empty());
    assert!(d[0].to_string().starts_with("bin.txt: binary data"), "{}", d[0]);
    let (r, d) = ingest_file(b"Caf\xe9 in Ch\xefna", "latin1.txt");
    assert!(r.is_empty());
    assert!(d[0].to_string().contains("not UTF-8"), "{}", d[0]);
    let (r, d) = ingest_file(b" date 2025-01-01\nThe weather was sunny all week.", "weather.txt");
    assert!(r.is_empty());
    assert_eq!(d[0].to_string(), "weather.txt: article 'weather': no country, bloc or mineral named: skipped");
}

#[test]
fn jsonl_bad_lines_do_not_stop_the_others() {
    let text = "{\"id\":\"a\",\"date\":\"2025-11-02\",\"text\":\"China bans gallium exports.\"}\nnot json\n\n{\"id\":\"c\",\"text\":\"\"}\n{\"id\":\"d\",\"date\":\"2025-02-30\",\"text\":\"Japan stockpiles cobalt.\"}\n";
    let (arts, diags) = parse_jsonl(text.as_bytes(), "in.jsonl");
    assert_eq!(arts.len(), 2);
    let msgs: Vec<String> = diags.iter().map(ToString::to_string).collect();
    assert!(msgs[0].starts_with("in.jsonl:2: not a JSON object"), "{msgs:?}");
    assert_eq!(msgs[1], "in.jsonl:4: field 'text' missing or empty: skipped");
    assert_eq!(msgs[2], "in.jsonl:5: field 'date' is '2025-02-30': expected YYYY-MM-DD; read without a date");
    let (res, _) = ingest_file(text.as_bytes(), "in.jsonl");
    assert_eq!(res[0].events[0].event_type, critmin_watch::EventType::RestrictionImposed);
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = ingest_file(&bytes, "p.txt");
        let _ = ingest_file(&bytes, "p.jsonl");
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,300}", y in 1990i32..2030, m in 1u32..13, d in 1u32..29) {
        let date = chrono::NaiveDate::from_ymd_opt(y, m, d);
        let r = critmin_watch::ingest_text("p", &text, date);
        for e in &r.events {
            prop_assert!(e.confidence > 0.0 && e.confidence < 1.0);
        }
        for men in &r.mentions {
            prop_assert!(text.get(men.start..men.end).is_some());
        }
    }

    #[test]
    fn mixed_script_text_never_panics(parts in proptest::collection::vec(prop_oneof![
        Just("China "), Just("Германия "), Just("германия. "), Just("9. Oktober "), Just("2025年10月9日"),
        Just("$4 bn "), Just("1,2 Mrd. Euro "), Just("ieri "), Just("luni "), Just("\n"), Just("50亿元"), Just("。"),
        Just("ş"), Just("İ"), Just("ẞ"), Just("%"), Just("U.S."),
        Just("二十億ドル"), Just("百分之"), Just("九十"), Just("上周五"), Just("3.3.2025 "), Just("half a "),
        Just("billion dollars "), Just("півмільярда "), Just("quatre-vingt-"), Just("и пет "), Just(" and "),
    ], 0..30)) {
        let text: String = parts.concat();
        let _ = critmin_watch::ingest_text("p", &text, chrono::NaiveDate::from_ymd_opt(2025, 11, 2));
    }
}

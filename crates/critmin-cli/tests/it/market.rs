//! `critmin market`: the NdPr contract, the G7+ floors, offtake coverage and certified suppliers
//! through the command line, and bad input with its exit code.

use super::{critmin, fails, ok, stderr};

fn example(name: &str) -> String {
    format!("{}/../../examples/market/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn ndpr_cfd_pays_50_million_usd_a_year() {
    let out = ok(&["market", "cfd", &example("ndpr-cfd.toml"), "--as-of", "2026", "--no-report"]);
    assert!(out.contains("strike 110.00 USD/kg, 1,000 t a year, 2025-2034"), "{out}");
    assert_eq!(out.lines().filter(|l| l.starts_with("│ 20") && l.ends_with(" 50.0 │")).count(), 10, "{out}");
    assert!(out.contains("Total over the 10 priced years of 10: 500.0 million USD."), "{out}");
    assert!(out.contains("illustrative figures: tonnes_per_year"), "{out}");
    let csv = ok(&["market", "cfd", &example("ndpr-cfd.toml"), "--as-of", "2026", "--format", "csv"]);
    assert_eq!(csv.lines().count(), 11, "{csv}");
    assert!(csv.lines().nth(1).unwrap().ends_with(",2025,110,60,1000,50000"), "{csv}");
}

#[test]
fn ndpr_cfd_budget_at_risk_over_a_stress_ensemble() {
    let scenario = format!("{}/../../scenarios/rare-earth-ban-g7plus.toml", env!("CARGO_MANIFEST_DIR"));
    let json = ok(&[
        "market",
        "cfd",
        &example("ndpr-cfd.toml"),
        "--as-of",
        "2026",
        "--reference",
        "stress",
        "--scenario",
        &scenario,
        "--runs",
        "50",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let b = &v["budget_at_risk"];
    assert_eq!(b["runs"], 50);
    assert!(b["total_p95_kusd"].as_f64().unwrap() >= b["total_p50_kusd"].as_f64().unwrap());
}

#[test]
fn g7plus_floor_table_json_and_report() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("floor.html");
    let out = ok(&["market", "floor", &example("g7plus-floors.toml"), "--report", report.to_str().unwrap()]);
    assert!(out.contains("Border adjustment collected by G7+ (35 members) in 2024"), "{out}");
    assert!(out.contains("Rare earth") && out.contains("Graphite"), "{out}");
    assert!(out.contains("illustrative"), "{out}");
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.contains("<svg") && html.contains("adjustment paid on exports of"), "{html}");
    let json = ok(&["market", "floor", &example("g7plus-floors.toml"), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let total = v["adjustment_kusd"].as_f64().unwrap();
    let sum: f64 =
        v["minerals"].as_array().unwrap().iter().map(|m| m["total"]["adjustment_kusd"].as_f64().unwrap()).sum();
    assert!(total > 0.0 && (total - sum).abs() < 1e-6 * total, "{total} vs {sum}");
}

#[test]
fn offtake_and_standards_tables() {
    let out = ok(&["market", "offtake", &example("offtakes.toml"), "--no-report"]);
    assert!(out.contains("Offtake coverage of G7+ imports in 2024"), "{out}");
    assert!(out.contains("share from China"), "{out}");
    let out = ok(&["market", "standards", &example("certified.toml"), "--no-report"]);
    assert!(out.contains("could cover"), "{out}");
    assert!(out.contains("is illustrative"), "{out}");
}

#[test]
fn bad_input_is_a_usage_error_naming_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("bad.toml");
    std::fs::write(&f, "[[floor]]\nmineral = \"graphite\"\nhs = 250410\nprice = 1.5\nillustrative = true\n").unwrap();
    let e = fails(&["market", "floor", f.to_str().unwrap()], 2);
    assert!(e.contains("bad.toml, line 1, column 1: unit: missing"), "{e}");
    std::fs::write(
        &f,
        "[[floor]]\nmineral = \"graphite\"\nhs = 123456\nprice = 1.5\nunit = \"USD/kg\"\nillustrative = true\n",
    )
    .unwrap();
    let e = fails(&["market", "floor", f.to_str().unwrap()], 2);
    assert!(e.contains("line 3, column 6: hs: unknown HS code 123456 for Graphite"), "{e}");
    let e = fails(&["market", "cfd", &example("ndpr-cfd.toml"), "--as-of", "2040"], 2);
    assert!(e.contains("is wholly in the past (before 2040)"), "{e}");
    let o = critmin(&["market", "offtake", &example("offtakes.toml"), "--supplier", "Chna"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--supplier: unknown country 'Chna'; did you mean one of: 'China'"), "{}", stderr(&o));
}

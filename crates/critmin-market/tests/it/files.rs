//! Bad input in market files: one clear error each, naming the file, line, field and what was expected.

use std::path::Path;

use critmin_core::Dataset;

fn ds() -> &'static Dataset {
    crate::bundled::ds()
}

fn floor_err(text: &str) -> String {
    critmin_data::parse_floors(ds(), text, Path::new("f.toml")).unwrap_err().to_string()
}

#[test]
fn a_floor_with_no_unit() {
    let e =
        floor_err("club = \"G7+\"\n[[floor]]\nmineral = \"graphite\"\nhs = 250410\nprice = 1.5\nillustrative = true\n");
    assert_eq!(
        e,
        "f.toml, line 2, column 1: unit: missing; price needs a unit, expected unit = \"USD/kg\" (also \"USD/t\" or \"kUSD/t\")"
    );
}

#[test]
fn an_unknown_hs_code() {
    let e = floor_err(
        "[[floor]]\nmineral = \"graphite\"\nhs = 284690\nprice = 1.5\nunit = \"USD/kg\"\nillustrative = true\n",
    );
    assert_eq!(
        e,
        "f.toml, line 3, column 6: hs: unknown HS code 284690 for Graphite (HS 284690 is Rare earth's); expected one of 250410, 250490"
    );
    let e = floor_err(
        "[[floor]]\nmineral = \"graphite\"\nhs = 999999\nprice = 1.5\nunit = \"USD/kg\"\nillustrative = true\n",
    );
    assert!(e.contains("HS 999999 is not in the dataset's trade codes"), "{e}");
}

#[test]
fn unknown_names_get_suggestions() {
    let e = floor_err(
        "club = \"G7 pluss\"\n[[floor]]\nmineral = \"grafite\"\nprice = 1\nunit = \"USD/kg\"\nillustrative = true\n",
    );
    assert!(e.starts_with("f.toml, line 3, column 11: mineral: unknown mineral 'grafite'; did you mean"), "{e}");
    let e = floor_err(
        "club = \"G7 pluss\"\n[[floor]]\nmineral = \"graphite\"\nprice = 1\nunit = \"USD/kg\"\nillustrative = true\n",
    );
    assert!(
        e.starts_with("f.toml, line 1, column 8: club: unknown country or coalition 'G7 pluss'; did you mean"),
        "{e}"
    );
}

#[test]
fn a_figure_without_source_or_illustrative_mark() {
    let e = floor_err("[[floor]]\nmineral = \"graphite\"\nprice = 1.5\nunit = \"USD/kg\"\n");
    assert!(
        e.contains(
            "source: missing; give source = \"...\" (a cited public source) or mark the figures illustrative = true"
        ),
        "{e}"
    );
}

const CONTRACT: &str = "[[contract]]\nname = \"old\"\nproducer = \"USA\"\nmineral = \"REE\"\nstrike = 110\nunit = \"USD/kg\"\n\
                        tonnes_per_year = 1000\nstart = 2010\nyears = 5\nillustrative = true\n";

#[test]
fn a_contract_term_in_the_past() {
    let e = critmin_data::parse_contracts(ds(), CONTRACT, Path::new("c.toml"), 2026).unwrap_err().to_string();
    assert_eq!(
        e,
        "c.toml, line 8, column 9: start: the term 2010-2014 of contract 'old' is wholly in the past (before 2026); \
         expected a term that runs to 2026 or later"
    );
    assert!(critmin_data::parse_contracts(ds(), CONTRACT, Path::new("c.toml"), 2014).is_ok());
}

#[test]
fn a_cap_below_the_strike_and_an_unknown_unit() {
    let text = CONTRACT.replace("start = 2010", "start = 2025\ncap = 100");
    let e = critmin_data::parse_contracts(ds(), &text, Path::new("c.toml"), 2026).unwrap_err().to_string();
    assert!(e.contains("cap: expected a price at or above the strike (110), got 100"), "{e}");
    let text = CONTRACT.replace("USD/kg", "EUR/kg").replace("start = 2010", "start = 2025");
    let e = critmin_data::parse_contracts(ds(), &text, Path::new("c.toml"), 2026).unwrap_err().to_string();
    assert!(e.contains("line 6, column 8: unit: unknown unit 'eur/kg'"), "{e}");
}

#[test]
fn offtake_and_certified_errors() {
    let text = "[[offtake]]\nname = \"x\"\nbuyer = \"Japan\"\nseller = \"Japan\"\nmineral = \"REE\"\n\
                tonnes_per_year = 1\nstart = 2025\nyears = 1\nillustrative = true\n";
    let e = critmin_data::parse_offtakes(ds(), text, Path::new("o.toml")).unwrap_err().to_string();
    assert_eq!(e, "o.toml, line 4, column 10: seller: expected a country other than the buyer");
    let e = critmin_data::parse_certified(ds(), "suppliers = [\"Atlantis\"]\n", Path::new("s.toml"))
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("s.toml, line 1, column 14: suppliers: unknown country or coalition 'Atlantis'"), "{e}");
}

//! Integration tests of critmin-data: the bundled folder, a write/read round trip, and errors
//! that name the file, line or row and field.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

use std::path::Path;

use critmin_core::{
    Coalition, Country, CountryId, Dataset, Governance, KiloUsd, Mineral, MineralId, Parts, Production,
    ProductionRecord, ProductionUnit, Tonnes, Trade, TradeRecord,
};
use critmin_data::{DataError, Provenance, load, write_dataset};

fn bundled() -> std::path::PathBuf {
    critmin_data::bundled_data_dir().expect("the repository's data/ folder is found")
}

#[test]
fn bundled_folder_matches_its_provenance() {
    let dir = bundled();
    let loaded = load(&dir).unwrap();
    let ds = &loaded.dataset;
    let rows = |name: &str| loaded.provenance.files.iter().find(|f| f.name == name).unwrap().rows;
    assert_eq!(ds.trade.len(), rows("trade.parquet"));
    assert_eq!(ds.trade.len(), 1_264_888, "DATA.md: 1,264,888 BACI rows");
    assert_eq!(ds.countries.len(), rows("countries.parquet"));
    assert_eq!(ds.minerals.len(), 65);
    assert_eq!(ds.production.records().len(), rows("production.parquet"));
    assert_eq!(ds.trade.years().first(), Some(&1995));
    assert_eq!(ds.trade.years().last(), Some(&2024));
    assert_eq!(ds.trade.hs_codes().len(), 74);
    assert_eq!(ds.production.years(), (2018..=2024).collect::<Vec<_>>());
    let wgi_years = ds.governance.years_with_data();
    assert_eq!((wgi_years.first(), wgi_years.last()), (Some(&1996), Some(&2024)));
    // Missing quantities stay missing (about 5% of rows), never 0.
    assert_eq!(ds.trade.n_missing_quantity(), 61_682);
    assert!(loaded.provenance.sources.iter().any(|s| s.licence.contains("Etalab")));
    assert!(loaded.provenance.sources.iter().all(|s| !s.sha256.is_empty()));
}

#[test]
fn bundled_quirks_are_repaired() {
    let ds = load(&bundled()).unwrap().dataset;
    let country = |q: &str| ds.country(ds.resolve_country(q).unwrap()).clone();
    assert_eq!(country("Taiwan").code, 490);
    assert_eq!(country("TWN").baci_name, "Other Asia, nes");
    assert!(ds.governance.estimate(ds.resolve_country("Taiwan").unwrap(), 2022).is_some());
    assert_eq!(country("Namibia").iso2, "NA");
    assert_eq!(country("Turkey").name, "Türkiye");
    assert_eq!(country("Curacao").baci_name, "Curaçao");
    assert_eq!(country("USA").code, 842);
    assert_eq!(country("Korea").iso3, "KOR");
    assert_eq!(country("BEL").code, 56, "current Belgium, not Belgium-Luxembourg (...1998)");
    // Minerals: names, symbols, aliases.
    for (q, name) in
        [("REE", "Rare earth"), ("rare earths", "Rare earth"), ("co", "Cobalt"), ("Lithium (Li2O)", "Lithium")]
    {
        assert_eq!(ds.mineral(ds.resolve_mineral(q).unwrap()).name, name, "{q}");
    }
    let gallium = ds.mineral(ds.resolve_mineral("Gallium").unwrap());
    assert_eq!(gallium.hs_primary, None);
    let cobalt = ds.mineral(ds.resolve_mineral("Cobalt").unwrap());
    assert_eq!(cobalt.hs_codes().collect::<Vec<_>>(), vec![282200, 810510]);
    assert_eq!(cobalt.unit, ProductionUnit::Tonnes);
    assert_eq!(ds.mineral(ds.resolve_mineral("Gold").unwrap()).unit, ProductionUnit::Kilograms);
    // Coalitions.
    assert_eq!(ds.resolve_economy("EU27").unwrap().members.len(), 27);
    assert_eq!(ds.resolve_economy("g7+").unwrap().members.len(), 35);
    assert_eq!(ds.resolve_economy("Central Asia").unwrap().members.len(), 5);
}

fn tiny() -> Dataset {
    let countries = vec![Country::new(4, "AFG", "AF", "Afghanistan"), Country::new(842, "USA", "US", "United States")];
    let mineral = Mineral {
        name: "Testium".into(),
        wmd_sheet: "Testium (T2O)".into(),
        symbol: "Tt".into(),
        aliases: vec!["test metal".into(), "tm".into()],
        hs_primary: Some(123456),
        hs_complementary: vec![654321],
        hs_description: "Testium ores".into(),
        stage: "Extraction".into(),
        category: "Non-Ferrous Metals".into(),
        unit: ProductionUnit::Kilograms,
        eol_rir: Some(0.25),
    };
    let trade = Trade::from_records(vec![
        TradeRecord {
            year: 2020,
            exporter: CountryId(0),
            importer: CountryId(1),
            hs6: 123456,
            value: KiloUsd(1.5),
            quantity: None,
        },
        TradeRecord {
            year: 2019,
            exporter: CountryId(1),
            importer: CountryId(0),
            hs6: 654321,
            value: KiloUsd(2.25),
            quantity: Some(Tonnes(0.125)),
        },
    ]);
    let production = Production::from_records(vec![
        ProductionRecord { mineral: MineralId(0), country: CountryId(0), year: 2020, value: Some(1000.0) },
        ProductionRecord { mineral: MineralId(0), country: CountryId(1), year: 2020, value: None },
    ]);
    let mut governance = Governance::new(2, 2019, 2020);
    governance.set(CountryId(0), 2020, -2.25);
    Dataset::new(Parts {
        countries,
        minerals: vec![mineral],
        trade,
        production,
        governance,
        coalitions: Vec::<Coalition>::new(),
    })
    .unwrap()
}

fn write_folder(dir: &Path, ds: &Dataset, coalitions: &str) {
    write_dataset(dir, ds).unwrap();
    std::fs::write(dir.join("coalitions.toml"), coalitions).unwrap();
    Provenance { dataset_version: "test".into(), ..Provenance::default() }.write(&dir.join("provenance.toml")).unwrap();
}

#[test]
fn write_then_read_gives_the_same_dataset() {
    let tmp = tempfile::tempdir().unwrap();
    let ds = tiny();
    write_folder(tmp.path(), &ds, "[[coalition]]\nname = \"Pair\"\nmembers = [\"AFG\", \"842\"]\n");
    let back = load(tmp.path()).unwrap().dataset;
    assert_eq!(back.countries, ds.countries);
    assert_eq!(back.minerals, ds.minerals);
    assert_eq!(back.trade.records().collect::<Vec<_>>(), ds.trade.records().collect::<Vec<_>>());
    assert_eq!(back.production.records(), ds.production.records());
    assert_eq!(back.governance.estimate(CountryId(0), 2020), Some(-2.25));
    assert_eq!(back.governance.estimate(CountryId(1), 2020), None);
    assert_eq!(back.trade.quantity(back.trade.rows(123456, 2020).start), None, "missing stays missing");
    assert_eq!(back.resolve_economy("pair").unwrap().members, vec![CountryId(0), CountryId(1)]);
    assert!(!tmp.path().read_dir().unwrap().any(|e| e.unwrap().file_name().to_string_lossy().ends_with(".tmp")));
}

#[test]
fn unknown_coalition_member_names_the_line_and_suggests() {
    let tmp = tempfile::tempdir().unwrap();
    write_folder(
        tmp.path(),
        &tiny(),
        "[[coalition]]\nname = \"Pair\"\nmembers = [\n  \"AFG\",\n  \"Unted States\",\n]\n",
    );
    let err = load(tmp.path()).unwrap_err().to_string();
    assert!(err.contains("coalitions.toml, line 5"), "{err}");
    assert!(err.contains("unknown country 'Unted States'; did you mean 'United States'?"), "{err}");
}

#[test]
fn malformed_coalition_file_names_the_line() {
    let tmp = tempfile::tempdir().unwrap();
    write_folder(tmp.path(), &tiny(), "[[coalition]]\nname = \"Pair\"\nmembrs = [\"AFG\"]\n");
    let err = load(tmp.path()).unwrap_err().to_string();
    assert!(err.contains("coalitions.toml, line 3"), "{err}");
    assert!(err.contains("membrs"), "{err}");
}

#[test]
fn corrupt_or_missing_tables_name_the_file_and_column() {
    let tmp = tempfile::tempdir().unwrap();
    write_folder(tmp.path(), &tiny(), "");
    std::fs::write(tmp.path().join("trade.parquet"), b"not parquet").unwrap();
    let err = load(tmp.path()).unwrap_err();
    assert!(matches!(err, DataError::Parquet { .. }), "{err:?}");
    assert!(err.to_string().contains("trade.parquet"), "{err}");

    // A table written with a column missing.
    write_folder(tmp.path(), &tiny(), "");
    let other = tempfile::tempdir().unwrap();
    write_folder(other.path(), &tiny(), "");
    std::fs::copy(other.path().join("wgi.parquet"), tmp.path().join("countries.parquet")).unwrap();
    let err = load(tmp.path()).unwrap_err().to_string();
    assert!(err.contains("countries.parquet: column 'code' is missing"), "{err}");

    std::fs::remove_file(tmp.path().join("provenance.toml")).unwrap();
    let err = load(tmp.path()).unwrap_err().to_string();
    assert!(err.contains("provenance.toml"), "{err}");
}

mod respond_files {
    //! Rapid-response declarations: a full file resolves; each bad input names line and field.

    use std::path::Path;

    use critmin_core::CountryId;
    use critmin_data::parse_declarations;
    use critmin_respond::{Contribution, Form};

    const GOOD: &str = r#"
illustrative = true
note = "test"

[[stockpile]]
holder = "United States"
agency = "DLA"
mineral = "test metal"
form = "oxide"
tonnes = 100
contained = 0.8
releasable = 0.5
reserve_floor = { tonnes = 10 }
max_release_per_month = 5

[[stockpile]]
holder = "AFG"
mineral = "Testium"
form = "metal"
tonnes = 40
reserve_floor = { days = 30 }

[[agreement]]
name = "pair"
members = ["USA", "Afghanistan"]
contribution = "holdings"

[[lead_time]]
from = "USA"
to = "AFG"
months = 2
both_ways = true

[[need]]
partner = "AFG"
mineral = "Testium"
start = "2026-01"
tonnes = [1, 2]
"#;

    fn parse(text: &str) -> Result<critmin_data::Declarations, String> {
        parse_declarations(&super::tiny(), text, Path::new("d.toml")).map_err(|e| e.to_string())
    }

    #[test]
    fn a_full_file_resolves() {
        let d = parse(GOOD).unwrap();
        assert!(d.illustrative);
        let us = &d.stockpiles[0].holding;
        assert_eq!(us.holder, CountryId(1));
        assert_eq!(us.form, Form::Oxide);
        assert_eq!(us.contained_t, 80.0);
        // min(80 × 0.5, 80 − 10) = 40
        assert_eq!(us.available_t(), 40.0);
        assert!(us.illustrative, "inherits the file's flag");
        assert_eq!(d.stockpiles[1].holding.contained_t, 40.0);
        assert_eq!(d.stockpiles[1].floor_days, Some(30.0));
        assert_eq!(d.agreements[0].contribution, Contribution::Holdings);
        assert_eq!(d.lead_overrides, vec![(CountryId(1), CountryId(0), 2), (CountryId(0), CountryId(1), 2)]);
        assert_eq!(d.needs[0].monthly_t, vec![1.0, 2.0]);
        // 30 days of 6.0875 t/month consumption = 6 t
        let h = d.holdings(|_, _| 6.0875).unwrap();
        assert!((h[1].reserve_floor_t - 6.0).abs() < 1e-12);
        // a floor in days with no known consumption is an error naming the line
        let e = d.holdings(|_, _| 0.0).unwrap_err().to_string();
        assert!(e.contains("d.toml, line 17") && e.contains("give the floor in tonnes"), "{e}");
    }

    fn fails(text: &str, expected: &[&str]) {
        let e = parse(text).unwrap_err();
        for x in expected {
            assert!(e.contains(x), "expected {x:?} in: {e}");
        }
    }

    #[test]
    fn bad_inputs_name_line_field_and_expectation() {
        fails(
            "[[stockpile]]\nholder = \"USA\"\nmineral = \"Testium\"\nform = \"metal\"\ntonnes = -5\n",
            &["d.toml, line 5", "tonnes must be a non-negative number"],
        );
        fails(
            "[[stockpile]]\nholder = \"USA\"\nmineral = \"Testium\"\nform = \"metal\"\ntonnes = 5\nreserve_floor = { tonnes = 9 }\n",
            &["line 6", "reserve_floor: 9 t kept back is more than the 5 contained t held"],
        );
        fails(
            "[[stockpile]]\nholder = \"Untied States\"\nmineral = \"Testium\"\nform = \"metal\"\ntonnes = 5\n",
            &["line 2", "holder:", "United States"],
        );
        fails(
            "[[stockpile]]\nholder = \"USA\"\nmineral = \"Testium\"\nform = \"ore\"\ntonnes = 5\n",
            &["line 4", "needs `contained`"],
        );
        fails(
            "[[stockpile]]\nholder = \"USA\"\nmineral = \"Testium\"\nform = \"powder\"\ntonnes = 5\n",
            &["line 4", "expected one of ore, oxide, compound, metal, magnet, other"],
        );
        fails("[[agreement]]\nname = \"x\"\nmembers = [\"USA\", \"Atlantis\"]\n", &["line 3", "members:", "Atlantis"]);
        fails(
            "[[agreement]]\nname = \"x\"\nmembers = [\"USA\", \"AFG\"]\ncontribution = \"fair\"\n",
            &["line 4", "expected \"consumption\", \"holdings\" or \"none\""],
        );
        fails("[[agreement]]\nname = \"x\"\nmembers = [\"USA\"]\n", &["line 2", "at least two member countries"]);
        fails(
            "[[need]]\npartner = \"USA\"\nmineral = \"Testium\"\nstart = \"2026-13\"\ntonnes = [1]\n",
            &["line 4", "not a month"],
        );
        fails("colour = 1\n", &["line 1", "unknown field", "docs/respond.md"]);
    }
}

//! The example scenarios in `scenarios/` run on the bundled data and tell the story they should.

use std::path::PathBuf;
use std::sync::OnceLock;

use critmin_core::Dataset;
use critmin_sim::{Baseline, simulate};

fn ds() -> &'static Dataset {
    static DS: OnceLock<Dataset> = OnceLock::new();
    DS.get_or_init(|| critmin_data::load(&critmin_data::bundled_data_dir().unwrap()).unwrap().dataset)
}

fn run(file: &str) -> (critmin_sim::Scenario, critmin_sim::Run) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scenarios").join(file);
    let (s, _) = critmin_data::read_scenario(ds(), &path).unwrap();
    let base = Baseline::from_dataset(ds(), s.mineral, s.baseline_year).unwrap();
    let run = simulate(&base, &s).unwrap();
    (s, run)
}

#[test]
fn rare_earth_ban_bites_only_after_the_suspension_and_only_the_targets() {
    let (_, run) = run("rare-earth-ban-g7plus.toml");
    // Suspended for the first 13 months (Oct 2025 start, suspended Nov 2025 - Oct 2026).
    assert!((0..13).all(|t| run.price_targets[t] == 1.0));
    assert!(run.price_targets[13] > 2.0, "{}", run.price_targets[13]);
    let usa = ds().resolve_country("USA").unwrap();
    let k_usa = run.importers.iter().position(|&c| c == usa).unwrap();
    assert!(run.at(13, k_usa).targeted && run.at(13, k_usa).shortfall > 0.0);
    let china_partner = ds().resolve_country("Viet Nam").unwrap();
    if let Some(k) = run.importers.iter().position(|&c| c == china_partner) {
        assert!(!run.at(13, k).targeted);
        assert_eq!(run.at(13, k).shortfall, 0.0, "non-targets do not run short");
    }
}

#[test]
fn every_example_runs_with_finite_outputs() {
    for file in [
        "rare-earth-ban-g7plus.toml",
        "graphite-licensing.toml",
        "cobalt-outage-drc.toml",
        "nickel-ore-ban-indonesia-2014.toml",
    ] {
        let (_, run) = run(file);
        assert!(run.totals.unmet_t.is_finite() && run.totals.unmet_t > 0.0, "{file}");
        assert!(run.months.iter().all(|m| m.stock >= 0.0 && m.shortfall.is_finite()), "{file}");
    }
}

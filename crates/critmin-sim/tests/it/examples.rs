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
    // Non-targets feel it only through arbitrage, and much less than the targets.
    let share = |k: usize| run.at(13, k).shortfall / run.at(13, k).demand;
    let vietnam = ds().resolve_country("Viet Nam").unwrap();
    let k_vn = run.importers.iter().position(|&c| c == vietnam).unwrap();
    assert!(!run.at(13, k_vn).targeted);
    assert!(share(k_vn) < 0.25 * share(k_usa), "{} vs {}", share(k_vn), share(k_usa));
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

#[test]
fn indonesia_2014_backtest_beats_the_naive_forecast() {
    let (s, run) = run("nickel-ore-ban-indonesia-2014.toml");
    let base = Baseline::from_dataset(ds(), s.mineral, s.baseline_year).unwrap();
    let recorded: Vec<_> =
        [2014, 2015].iter().map(|&y| (y, Baseline::from_dataset(ds(), s.mineral, y).unwrap())).collect();
    let results = critmin_sim::backtest(&base, &s, &run, &recorded);
    assert_eq!(results.len(), 2);
    for (exporters, importers) in &results {
        assert!(
            exporters.model.tonnes < 0.5 * exporters.naive.tonnes,
            "{} {:?} {:?}",
            exporters.year,
            exporters.model,
            exporters.naive
        );
        assert!(exporters.model.share_points < exporters.naive.share_points);
        assert!(
            importers.model.tonnes < importers.naive.tonnes,
            "{} {:?} {:?}",
            importers.year,
            importers.model,
            importers.naive
        );
        assert!(
            importers.model.share_points < importers.naive.share_points,
            "{} {:?}",
            importers.year,
            importers.model
        );
        let indonesia = ds().resolve_country("Indonesia").unwrap();
        let line = exporters.lines.iter().find(|l| l.country == indonesia).unwrap();
        assert!(line.predicted < 0.2 * line.baseline, "the ban stops most exports: {line:?}");
    }
}

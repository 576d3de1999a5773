//! Benchmarks: one run of the rare-earth example (one mineral, every country in the trade data,
//! 36 months; target under 2 ms) and a 1,000-run Monte Carlo of it.

use std::path::PathBuf;

use critmin_sim::{Baseline, Scenario, simulate};

fn main() {
    divan::main();
}

fn setup() -> (Baseline, Scenario) {
    let dir = critmin_data::bundled_data_dir().expect("bundled data");
    let ds = critmin_data::load(&dir).expect("loads").dataset;
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scenarios/rare-earth-ban-g7plus.toml");
    let (scenario, _) = critmin_data::read_scenario(&ds, &path).expect("scenario");
    let base = Baseline::from_dataset(&ds, scenario.mineral, scenario.baseline_year).expect("baseline");
    (base, scenario)
}

#[divan::bench(sample_count = 200)]
fn one_run_rare_earth_36_months(bencher: divan::Bencher) {
    let (base, scenario) = setup();
    bencher.bench(|| simulate(&base, &scenario));
}

#[divan::bench(sample_count = 3)]
fn monte_carlo_1000_runs_rare_earth(bencher: divan::Bencher) {
    let (base, scenario) = setup();
    bencher.bench(|| critmin_sim::monte_carlo(&base, &scenario, 1000, 42, &[], &|_, _| {}));
}
